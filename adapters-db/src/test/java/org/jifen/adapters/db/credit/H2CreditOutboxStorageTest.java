package org.jifen.adapters.db.credit;

import org.jifen.adapters.db.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class H2CreditOutboxStorageTest extends CreditOutboxStorageCases {

    @RegisterExtension
    final TestDatabase db = TestDatabase.h2();

    @Override
    protected TestDatabase db() {
        return db;
    }
}
