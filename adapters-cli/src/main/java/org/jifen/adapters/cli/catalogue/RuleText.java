package org.jifen.adapters.cli.catalogue;

import java.util.Map;
import java.util.stream.Collectors;
import org.jifen.domain.catalogue.AgeRule;
import org.jifen.domain.catalogue.FixedRule;
import org.jifen.domain.catalogue.LevelRule;
import org.jifen.domain.catalogue.PerEventRule;
import org.jifen.domain.catalogue.PerUnitRule;
import org.jifen.domain.catalogue.RangeRule;
import org.jifen.domain.catalogue.Rule;
import org.jifen.domain.shared.Points;

/** A rule in a few Chinese words for listings: {@code 每满12月2.00分}, {@code 固定5.00分}… */
public final class RuleText {

    private RuleText() {
    }

    public static String of(Rule rule) {
        if (rule instanceof FixedRule fixed) {
            return "固定" + fixed.points() + "分";
        }
        if (rule instanceof PerUnitRule perUnit) {
            return "每满" + perUnit.unitSize().stripTrailingZeros().toPlainString() + perUnit.unit().chineseName()
                    + perUnit.pointsPerUnit() + "分";
        }
        if (rule instanceof LevelRule level) {
            return "按最高等级: " + table(level.table());
        }
        if (rule instanceof PerEventRule perEvent) {
            return "按事件累计: " + table(perEvent.table());
        }
        if (rule instanceof RangeRule range) {
            return "核定" + range.min() + "–" + range.max() + "分";
        }
        AgeRule age = (AgeRule) rule;
        return "按年龄: " + age.bands().stream().map(b -> b.fromAge() + "–" + b.toAge() + "岁 " + b.points()
                + (b.perYear().isZero() ? "" : "(每岁" + b.perYear() + ")")).collect(Collectors.joining(", "));
    }

    private static String table(Map<String, Points> table) {
        return table.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
