package org.jifen.adapters.db.catalogue;

import org.jifen.adapters.db.TestDatabase;
import org.jifen.application.port.out.catalogue.CatalogueRepository;
import org.jifen.application.port.out.catalogue.CatalogueRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The CatalogueRepository contract on H2 in memory. */
class H2CatalogueRepositoryTest extends CatalogueRepositoryContract {

    @RegisterExtension
    final TestDatabase db = TestDatabase.h2();

    @Override
    protected CatalogueRepository catalogueRepository() {
        return db.get(JdbiCatalogueRepository.class, JdbiCatalogueRepository::new);
    }
}
