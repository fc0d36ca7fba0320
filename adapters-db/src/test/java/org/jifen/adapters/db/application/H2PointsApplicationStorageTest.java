package org.jifen.adapters.db.application;

import org.jifen.adapters.db.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class H2PointsApplicationStorageTest extends PointsApplicationStorageCases {

    @RegisterExtension
    final TestDatabase db = TestDatabase.h2();

    @Override
    protected TestDatabase db() {
        return db;
    }
}
