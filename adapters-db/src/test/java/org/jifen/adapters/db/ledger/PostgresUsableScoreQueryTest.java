package org.jifen.adapters.db.ledger;

import org.jifen.adapters.db.TestDatabase;
import org.jifen.adapters.db.catalogue.JdbiCatalogueRepository;
import org.jifen.adapters.db.person.JdbiPersonRepository;
import org.jifen.application.port.out.catalogue.CatalogueRepository;
import org.jifen.application.port.out.ledger.LedgerRepository;
import org.jifen.application.port.out.ledger.UsableScoreQuery;
import org.jifen.application.port.out.ledger.UsableScoreQueryContract;
import org.jifen.application.port.out.person.PersonRepository;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The ranking of usable scores in SQL on PostgreSQL: the same answers as the domain's statements. */
class PostgresUsableScoreQueryTest extends UsableScoreQueryContract {

    @RegisterExtension
    final TestDatabase db = TestDatabase.postgres();

    @Override
    protected UsableScoreQuery usableScoreQuery() {
        return db.get(JdbiUsableScoreQuery.class, JdbiUsableScoreQuery::new);
    }

    @Override
    protected CatalogueRepository catalogueRepository() {
        return db.get(JdbiCatalogueRepository.class, JdbiCatalogueRepository::new);
    }

    @Override
    protected PersonRepository personRepository() {
        return db.get(JdbiPersonRepository.class, JdbiPersonRepository::new);
    }

    @Override
    protected LedgerRepository ledgerRepository() {
        return db.get(JdbiLedgerRepository.class, JdbiLedgerRepository::new);
    }
}
