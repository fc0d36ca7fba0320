package org.jifen.application.memory;

import org.jifen.application.port.out.shared.Clock;

/**
 * Every driven port in memory, wired to one transaction runner: the whole domain runs without a
 * database (for embedding, tests and demos).
 */
public final class InMemoryAdapters {

    private final InMemoryTransactionRunner transactions = new InMemoryTransactionRunner();
    private final InMemoryCatalogueRepository catalogues = new InMemoryCatalogueRepository();
    private final InMemoryLedgerRepository ledgers = new InMemoryLedgerRepository();
    private final InMemoryPersonRepository persons = new InMemoryPersonRepository();
    private final InMemorySystemDataRepository systemData = new InMemorySystemDataRepository();
    private final Clock clock;

    public InMemoryAdapters(Clock clock) {
        this.clock = clock;
        transactions.register(catalogues);
        transactions.register(ledgers);
        transactions.register(persons);
        transactions.register(systemData);
    }

    public InMemoryTransactionRunner transactions() {
        return transactions;
    }

    public InMemoryCatalogueRepository catalogues() {
        return catalogues;
    }

    public InMemoryLedgerRepository ledgers() {
        return ledgers;
    }

    public InMemoryPersonRepository persons() {
        return persons;
    }

    public InMemorySystemDataRepository systemData() {
        return systemData;
    }

    public Clock clock() {
        return clock;
    }
}
