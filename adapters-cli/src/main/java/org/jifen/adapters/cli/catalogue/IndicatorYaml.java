package org.jifen.adapters.cli.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import org.jifen.domain.catalogue.Department;
import org.jifen.domain.catalogue.IndicatorKind;
import org.jifen.domain.catalogue.ScoringMethod;

/** One indicator (积分指标) as written in the file; its tier and jurisdiction are its catalogue's. */
record IndicatorYaml(
        String code,
        @JsonProperty("name_zh") String chineseName,
        @JsonProperty("name_en") String englishName,
        IndicatorKind kind,
        ScoringMethod method,
        Department department,
        BigDecimal cap,
        RuleYaml rule) {
}
