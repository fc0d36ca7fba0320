package org.jifen.bootstrap;

import org.jifen.adapters.db.TestDatabase;

class H2HttpAuthorizationMatrixTest extends HttpAuthorizationMatrixCases {

    @Override
    TestDatabase database() {
        return TestDatabase.h2();
    }
}
