package org.jifen.domain.catalogue;

import java.util.Objects;

/** An indicator together with the catalogue version it belongs to. */
public record CatalogueIndicator(CatalogueVersionId version, Indicator indicator) {

    public CatalogueIndicator {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(indicator, "indicator");
    }
}
