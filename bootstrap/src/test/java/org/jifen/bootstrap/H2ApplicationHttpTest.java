package org.jifen.bootstrap;

import org.jifen.adapters.db.TestDatabase;

class H2ApplicationHttpTest extends ApplicationHttpCases {

    @Override
    TestDatabase database() {
        return TestDatabase.h2();
    }
}
