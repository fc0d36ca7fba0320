package org.jifen.adapters.cli.catalogue;

import java.time.LocalDate;
import java.util.List;
import org.jifen.domain.catalogue.Tier;

/**
 * One tier catalogue version as written in the file. Every field may be absent here: the reader
 * reports missing ones with their line, all at once.
 */
record CatalogueYaml(
        String version,
        String jurisdiction,
        Tier tier,
        String title,
        LocalDate publishedOn,
        LocalDate effectiveTo,
        List<IndicatorYaml> indicators) {
}
