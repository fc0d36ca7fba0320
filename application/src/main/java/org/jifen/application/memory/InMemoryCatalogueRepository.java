package org.jifen.application.memory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jifen.application.port.out.catalogue.CatalogueRepository;
import org.jifen.domain.catalogue.Catalogue;
import org.jifen.domain.catalogue.CatalogueProblem;
import org.jifen.domain.catalogue.CatalogueVersionId;
import org.jifen.domain.catalogue.InvalidCatalogueException;

/** Catalogue versions in memory. */
public final class InMemoryCatalogueRepository implements CatalogueRepository, Snapshotting {

    private volatile Map<CatalogueVersionId, Catalogue> versions = Map.of();

    @Override
    public List<Catalogue> findAll() {
        return List.copyOf(versions.values());
    }

    @Override
    public Optional<Catalogue> find(CatalogueVersionId version) {
        return Optional.ofNullable(versions.get(version));
    }

    @Override
    public synchronized void add(Catalogue catalogue) {
        if (versions.containsKey(catalogue.version())) {
            throw new InvalidCatalogueException(List.of(new CatalogueProblem(catalogue.version().value(), null,
                    "DUPLICATE_VERSION", "version " + catalogue.version() + " is already loaded")));
        }
        Map<CatalogueVersionId, Catalogue> more = new LinkedHashMap<>(versions);
        more.put(catalogue.version(), catalogue);
        versions = java.util.Collections.unmodifiableMap(more);
    }

    @Override
    public Object snapshot() {
        return versions;
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        versions = (Map<CatalogueVersionId, Catalogue>) snapshot;
    }
}
