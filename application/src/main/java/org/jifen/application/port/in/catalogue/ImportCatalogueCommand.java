package org.jifen.application.port.in.catalogue;

import java.util.List;
import org.jifen.domain.catalogue.Catalogue;

/** Load one or more tier catalogue versions, all or none. */
public record ImportCatalogueCommand(List<Catalogue> catalogues) {

    public ImportCatalogueCommand {
        if (catalogues == null || catalogues.isEmpty()) {
            throw new IllegalArgumentException("at least one catalogue version to import");
        }
        catalogues = List.copyOf(catalogues);
    }
}
