package org.jifen.bootstrap;

import org.jifen.adapters.db.TestDatabase;

class PostgresHttpConcurrencyTest extends HttpConcurrencyCases {

    @Override
    TestDatabase database() {
        return TestDatabase.postgres();
    }
}
