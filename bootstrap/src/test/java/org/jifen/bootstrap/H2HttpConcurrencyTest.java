package org.jifen.bootstrap;

import org.jifen.adapters.db.TestDatabase;

class H2HttpConcurrencyTest extends HttpConcurrencyCases {

    @Override
    TestDatabase database() {
        return TestDatabase.h2();
    }
}
