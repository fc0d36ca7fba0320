package org.jifen.adapters.db.catalogue;

import java.math.BigDecimal;

/** One row of {@code catalogue_rule_level}: a level of a LEVEL or PER_EVENT table (public for JDBI). */
public record RuleLevelRow(String versionId, int indicatorPosition, int positionNo, String levelCode,
        BigDecimal points) {
}
