package org.jifen.adapters.db;

import org.jifen.adapters.db.catalogue.JdbiCatalogueRepository;
import org.jifen.adapters.db.ledger.JdbiLedgerRepository;
import org.jifen.adapters.db.person.JdbiPersonRepository;
import org.jifen.adapters.db.systemdata.JdbiSystemDataRepository;
import org.jifen.application.port.out.catalogue.CatalogueRepository;
import org.jifen.application.port.out.ledger.LedgerRepository;
import org.jifen.application.port.out.person.PersonRepository;
import org.jifen.application.port.out.shared.TransactionRunner;
import org.jifen.application.port.out.shared.TransactionRunnerContract;
import org.jifen.application.port.out.systemdata.SystemDataRepository;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The transaction runner contract on H2 in memory, over every repository of this module. */
class H2TransactionRunnerTest extends TransactionRunnerContract {

    @RegisterExtension
    final TestDatabase db = TestDatabase.h2();

    @Override
    protected TransactionRunner transactions() {
        return db.transactions();
    }

    @Override
    protected LedgerRepository ledgerRepository() {
        return db.get(JdbiLedgerRepository.class, JdbiLedgerRepository::new);
    }

    @Override
    protected PersonRepository personRepository() {
        return db.get(JdbiPersonRepository.class, JdbiPersonRepository::new);
    }

    @Override
    protected SystemDataRepository systemDataRepository() {
        return db.get(JdbiSystemDataRepository.class, JdbiSystemDataRepository::new);
    }

    @Override
    protected CatalogueRepository catalogueRepository() {
        return db.get(JdbiCatalogueRepository.class, JdbiCatalogueRepository::new);
    }
}
