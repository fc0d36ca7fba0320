package org.jifen.adapters.db.entitlement;

import org.jifen.adapters.db.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresEntitlementStorageTest extends EntitlementStorageCases {

    @RegisterExtension
    final TestDatabase db = TestDatabase.postgres();

    @Override
    protected TestDatabase db() {
        return db;
    }
}
