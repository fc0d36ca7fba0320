package org.jifen.adapters.db.systemdata;

import org.jifen.adapters.db.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class H2SystemDataStorageTest extends SystemDataStorageCases {

    @RegisterExtension
    final TestDatabase db = TestDatabase.h2();

    @Override
    protected TestDatabase db() {
        return db;
    }
}
