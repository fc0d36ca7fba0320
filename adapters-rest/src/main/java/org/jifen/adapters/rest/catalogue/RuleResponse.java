package org.jifen.adapters.rest.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jifen.domain.catalogue.AgeRule;
import org.jifen.domain.catalogue.FixedRule;
import org.jifen.domain.catalogue.LevelRule;
import org.jifen.domain.catalogue.PerEventRule;
import org.jifen.domain.catalogue.PerUnitRule;
import org.jifen.domain.catalogue.RangeRule;
import org.jifen.domain.catalogue.Rule;
import org.jifen.domain.shared.Points;

/**
 * An indicator's rule as JSON, only the members of its kind: {@code FIXED {points}}, {@code PER_UNIT
 * {pointsPerUnit, unitSize, unit}}, {@code LEVEL / PER_EVENT {family, table}}, {@code RANGE {min, max}},
 * {@code AGE {bands:[{fromAge, toAge, points, perYear}]}}. Points are decimal strings.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuleResponse(String kind, String points, String pointsPerUnit, String unitSize, String unit,
        String family, Map<String, String> table, String min, String max, List<AgeBandResponse> bands) {

    /** One age band of P01. */
    public record AgeBandResponse(int fromAge, int toAge, String points, String perYear) {
    }

    public static RuleResponse of(Rule rule) {
        String kind = rule.kind().name();
        if (rule instanceof FixedRule fixed) {
            return new RuleResponse(kind, fixed.points().toString(), null, null, null, null, null, null, null, null);
        }
        if (rule instanceof PerUnitRule perUnit) {
            return new RuleResponse(kind, null, perUnit.pointsPerUnit().toString(), perUnit.unitSize().toPlainString(),
                    perUnit.unit().name(), null, null, null, null, null);
        }
        if (rule instanceof LevelRule level) {
            return new RuleResponse(kind, null, null, null, null, level.family().name(), table(level.table()), null,
                    null, null);
        }
        if (rule instanceof PerEventRule perEvent) {
            return new RuleResponse(kind, null, null, null, null, perEvent.family().name(), table(perEvent.table()),
                    null, null, null);
        }
        if (rule instanceof RangeRule range) {
            return new RuleResponse(kind, null, null, null, null, null, null, range.min().toString(),
                    range.max().toString(), null);
        }
        AgeRule age = (AgeRule) rule;
        return new RuleResponse(kind, null, null, null, null, null, null, null, null, age.bands().stream()
                .map(b -> new AgeBandResponse(b.fromAge(), b.toAge(), b.points().toString(), b.perYear().toString()))
                .toList());
    }

    private static Map<String, String> table(Map<String, Points> table) {
        Map<String, String> json = new LinkedHashMap<>();
        table.forEach((level, points) -> json.put(level, points.toString()));
        return json;
    }
}
