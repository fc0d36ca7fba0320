package org.jifen.adapters.db.credit;

import org.jifen.adapters.db.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresCreditOutboxStorageTest extends CreditOutboxStorageCases {

    @RegisterExtension
    final TestDatabase db = TestDatabase.postgres();

    @Override
    protected TestDatabase db() {
        return db;
    }
}
