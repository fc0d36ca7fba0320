package org.jifen.adapters.cli.catalogue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jifen.domain.catalogue.LevelFamily;
import org.jifen.domain.catalogue.RuleKind;
import org.jifen.domain.catalogue.Unit;

/**
 * A rule as written in the file: its kind and the parameters of that kind. Which parameters a kind
 * needs, and that no other is given, is checked when it is turned into a domain rule.
 */
record RuleYaml(
        RuleKind kind,
        BigDecimal points,
        BigDecimal pointsPerUnit,
        BigDecimal unitSize,
        Unit unit,
        LevelFamily family,
        Map<String, BigDecimal> table,
        BigDecimal min,
        BigDecimal max,
        List<AgeBandYaml> bands) {
}
