package org.jifen.adapters.db.catalogue;

import java.time.LocalDate;

/** One row of {@code catalogue} (public only because JDBI binds the methods of public types alone). */
public record CatalogueRow(String versionId, String jurisdiction, String tier, String title, LocalDate publishedOn,
        LocalDate effectiveTo) {
}
