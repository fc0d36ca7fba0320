package org.jifen.application.port.in.catalogue;

import java.util.List;
import org.jifen.domain.catalogue.CatalogueVersionId;

/** What an import did: versions newly loaded, and versions already loaded identically (skipped). */
public record ImportCatalogueResult(List<CatalogueVersionId> imported, List<CatalogueVersionId> alreadyLoaded) {

    public ImportCatalogueResult {
        imported = List.copyOf(imported);
        alreadyLoaded = List.copyOf(alreadyLoaded);
    }
}
