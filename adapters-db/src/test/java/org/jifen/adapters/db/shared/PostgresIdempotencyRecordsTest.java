package org.jifen.adapters.db.shared;

import org.jifen.adapters.db.TestDatabase;
import org.jifen.application.port.out.shared.IdempotencyRecords;
import org.jifen.application.port.out.shared.IdempotencyRecordsContract;
import org.jifen.application.port.out.shared.TransactionRunner;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The IdempotencyRecords contract on PostgreSQL. */
class PostgresIdempotencyRecordsTest extends IdempotencyRecordsContract {

    @RegisterExtension
    final TestDatabase db = TestDatabase.postgres();

    @Override
    protected IdempotencyRecords idempotencyRecords() {
        return db.get(JdbiIdempotencyRecords.class, JdbiIdempotencyRecords::new);
    }

    @Override
    protected TransactionRunner transactions() {
        return db.transactions();
    }
}
