package org.jifen.adapters.db.ledger;

import org.jifen.adapters.db.TestDatabase;
import org.jifen.application.port.out.ledger.LedgerRepository;
import org.jifen.application.port.out.ledger.LedgerRepositoryContract;
import org.jifen.application.port.out.shared.TransactionRunner;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The ledger contract on PostgreSQL. */
class PostgresLedgerRepositoryTest extends LedgerRepositoryContract {

    @RegisterExtension
    final TestDatabase db = TestDatabase.postgres();

    @Override
    protected LedgerRepository ledgerRepository() {
        return db.get(JdbiLedgerRepository.class, JdbiLedgerRepository::new);
    }

    @Override
    protected TransactionRunner transactions() {
        return db.transactions();
    }
}
