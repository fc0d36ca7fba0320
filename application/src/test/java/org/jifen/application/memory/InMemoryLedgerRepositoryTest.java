package org.jifen.application.memory;

import java.time.LocalDate;
import org.jifen.application.port.out.ledger.LedgerRepository;
import org.jifen.application.port.out.ledger.LedgerRepositoryContract;
import org.jifen.application.port.out.shared.TransactionRunner;

/** The in-memory adapter against its port contract, on a fresh {@link InMemoryAdapters} per test. */
class InMemoryLedgerRepositoryTest extends LedgerRepositoryContract {

    private final InMemoryAdapters adapters = new InMemoryAdapters(SettableClock.at(LocalDate.of(2024, 5, 2)));

    @Override
    protected LedgerRepository ledgerRepository() {
        return adapters.ledgers();
    }

    @Override
    protected TransactionRunner transactions() {
        return adapters.transactions();
    }
}
