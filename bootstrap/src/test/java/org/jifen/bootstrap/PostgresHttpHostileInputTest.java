package org.jifen.bootstrap;

import org.jifen.adapters.db.TestDatabase;

class PostgresHttpHostileInputTest extends HttpHostileInputCases {

    @Override
    TestDatabase database() {
        return TestDatabase.postgres();
    }
}
