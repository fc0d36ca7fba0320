package org.jifen.adapters.db.catalogue;

import java.math.BigDecimal;

/** One row of {@code catalogue_rule_age_band}: a band of an AGE rule (public for JDBI). */
public record AgeBandRow(String versionId, int indicatorPosition, int positionNo, int fromAge, int toAge,
        BigDecimal points, BigDecimal perYear) {
}
