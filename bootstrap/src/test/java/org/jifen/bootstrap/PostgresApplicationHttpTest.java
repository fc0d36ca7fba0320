package org.jifen.bootstrap;

import org.jifen.adapters.db.TestDatabase;

class PostgresApplicationHttpTest extends ApplicationHttpCases {

    @Override
    TestDatabase database() {
        return TestDatabase.postgres();
    }
}
