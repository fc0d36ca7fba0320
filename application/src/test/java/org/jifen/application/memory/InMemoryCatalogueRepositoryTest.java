package org.jifen.application.memory;

import java.time.LocalDate;
import org.jifen.application.port.out.catalogue.CatalogueRepository;
import org.jifen.application.port.out.catalogue.CatalogueRepositoryContract;

/** The in-memory adapter against its port contract, on a fresh {@link InMemoryAdapters} per test. */
class InMemoryCatalogueRepositoryTest extends CatalogueRepositoryContract {

    private final InMemoryAdapters adapters = new InMemoryAdapters(SettableClock.at(LocalDate.of(2024, 5, 2)));

    @Override
    protected CatalogueRepository catalogueRepository() {
        return adapters.catalogues();
    }
}
