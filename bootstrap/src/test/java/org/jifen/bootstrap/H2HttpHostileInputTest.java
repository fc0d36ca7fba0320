package org.jifen.bootstrap;

import org.jifen.adapters.db.TestDatabase;

class H2HttpHostileInputTest extends HttpHostileInputCases {

    @Override
    TestDatabase database() {
        return TestDatabase.h2();
    }
}
