package org.jifen.adapters.db.audit;

import org.jifen.adapters.db.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class H2AuditStorageTest extends AuditStorageCases {

    @RegisterExtension
    final TestDatabase db = TestDatabase.h2();

    @Override
    protected TestDatabase db() {
        return db;
    }
}
