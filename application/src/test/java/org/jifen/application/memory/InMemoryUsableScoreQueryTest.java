package org.jifen.application.memory;

import java.time.LocalDate;
import org.jifen.application.port.out.catalogue.CatalogueRepository;
import org.jifen.application.port.out.ledger.LedgerRepository;
import org.jifen.application.port.out.ledger.UsableScoreQuery;
import org.jifen.application.port.out.ledger.UsableScoreQueryContract;
import org.jifen.application.port.out.person.PersonRepository;

/** The in-memory ranking (the domain's statements) against the port contract. */
class InMemoryUsableScoreQueryTest extends UsableScoreQueryContract {

    private final InMemoryAdapters adapters = new InMemoryAdapters(SettableClock.at(LocalDate.of(2025, 1, 2)));

    @Override
    protected UsableScoreQuery usableScoreQuery() {
        return adapters.usableScores();
    }

    @Override
    protected CatalogueRepository catalogueRepository() {
        return adapters.catalogues();
    }

    @Override
    protected PersonRepository personRepository() {
        return adapters.persons();
    }

    @Override
    protected LedgerRepository ledgerRepository() {
        return adapters.ledgers();
    }
}
