package org.jifen.bootstrap;

import org.jifen.adapters.db.TestDatabase;

class PostgresHttpAuthorizationMatrixTest extends HttpAuthorizationMatrixCases {

    @Override
    TestDatabase database() {
        return TestDatabase.postgres();
    }
}
