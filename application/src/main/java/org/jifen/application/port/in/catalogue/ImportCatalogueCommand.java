package org.jifen.application.port.in.catalogue;

import java.util.List;
import java.util.Objects;
import org.jifen.domain.access.Caller;
import org.jifen.domain.catalogue.Catalogue;

/** Load one or more tier catalogue versions, all or none (ADMIN). */
public record ImportCatalogueCommand(Caller caller, List<Catalogue> catalogues) {

    public ImportCatalogueCommand {
        Objects.requireNonNull(caller, "caller");
        if (catalogues == null || catalogues.isEmpty()) {
            throw new IllegalArgumentException("at least one catalogue version to import");
        }
        catalogues = List.copyOf(catalogues);
    }
}
