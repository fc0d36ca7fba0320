package org.jifen.application.port.out.catalogue;

import java.util.List;
import java.util.Optional;
import org.jifen.domain.catalogue.Catalogue;
import org.jifen.domain.catalogue.CatalogueSet;
import org.jifen.domain.catalogue.CatalogueVersionId;

/** The loaded catalogue versions (指标体系). Versions are added, never changed or removed. */
public interface CatalogueRepository {

    /** Every loaded version. */
    List<Catalogue> findAll();

    Optional<Catalogue> find(CatalogueVersionId version);

    /** Stores a new version; a version id already stored is refused with {@code DUPLICATE_VERSION}. */
    void add(Catalogue catalogue);

    /** Every loaded version as a set that answers which is in force where. */
    default CatalogueSet catalogueSet() {
        return CatalogueSet.of(findAll());
    }
}
