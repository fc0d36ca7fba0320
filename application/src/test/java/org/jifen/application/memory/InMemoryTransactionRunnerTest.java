package org.jifen.application.memory;

import java.time.LocalDate;
import org.jifen.application.port.out.catalogue.CatalogueRepository;
import org.jifen.application.port.out.ledger.LedgerRepository;
import org.jifen.application.port.out.person.PersonRepository;
import org.jifen.application.port.out.shared.TransactionRunner;
import org.jifen.application.port.out.shared.TransactionRunnerContract;
import org.jifen.application.port.out.systemdata.SystemDataRepository;

/** The in-memory adapter against its port contract, on a fresh {@link InMemoryAdapters} per test. */
class InMemoryTransactionRunnerTest extends TransactionRunnerContract {

    private final InMemoryAdapters adapters = new InMemoryAdapters(SettableClock.at(LocalDate.of(2024, 5, 2)));

    @Override
    protected TransactionRunner transactions() {
        return adapters.transactions();
    }

    @Override
    protected LedgerRepository ledgerRepository() {
        return adapters.ledgers();
    }

    @Override
    protected PersonRepository personRepository() {
        return adapters.persons();
    }

    @Override
    protected SystemDataRepository systemDataRepository() {
        return adapters.systemData();
    }

    @Override
    protected CatalogueRepository catalogueRepository() {
        return adapters.catalogues();
    }
}
