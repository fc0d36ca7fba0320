package org.jifen.adapters.db.entitlement;

import org.jifen.adapters.db.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class H2EntitlementStorageTest extends EntitlementStorageCases {

    @RegisterExtension
    final TestDatabase db = TestDatabase.h2();

    @Override
    protected TestDatabase db() {
        return db;
    }
}
