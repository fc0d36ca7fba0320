package org.jifen.adapters.db;

import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresTransactionLocksTest extends TransactionLocksCases {

    @RegisterExtension
    final TestDatabase db = TestDatabase.postgres();

    @Override
    protected TestDatabase db() {
        return db;
    }
}
