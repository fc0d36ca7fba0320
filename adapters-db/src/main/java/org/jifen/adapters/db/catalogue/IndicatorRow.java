package org.jifen.adapters.db.catalogue;

import java.math.BigDecimal;

/** One row of {@code catalogue_indicator}: an indicator and its rule's parameters (public for JDBI). */
public record IndicatorRow(
        String versionId,
        int positionNo,
        String code,
        String chineseName,
        String englishName,
        String tier,
        String jurisdiction,
        String kind,
        String scoringMethod,
        String department,
        BigDecimal cap,
        String ruleKind,
        BigDecimal rulePoints,
        String ruleUnitSize,
        String ruleUnit,
        BigDecimal ruleMin,
        BigDecimal ruleMax,
        String ruleFamily) {
}
