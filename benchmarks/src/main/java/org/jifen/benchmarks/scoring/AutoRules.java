package org.jifen.benchmarks.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jifen.domain.catalogue.AgeBand;
import org.jifen.domain.catalogue.AgeRule;
import org.jifen.domain.catalogue.Catalogue;
import org.jifen.domain.catalogue.FixedRule;
import org.jifen.domain.catalogue.Indicator;
import org.jifen.domain.catalogue.IndicatorKind;
import org.jifen.domain.catalogue.PerUnitRule;
import org.jifen.domain.catalogue.ScoringMethod;

/**
 * The {@code AUTO} indicators of the catalogues in force, as the peers need them: the rule of each, with
 * its numbers in hundredths, for writing the same rules in DRL and in SQL. Only the rule kinds the AUTO
 * indicators of the default catalogue use (AGE, PER_UNIT over whole quantities, FIXED) are written; any
 * other is refused, so a catalogue the peers cannot express is never benchmarked half.
 */
public record AutoRules(List<Auto> indicators) {

    /** One AUTO bonus indicator: code, cap in hundredths and its rule. */
    public record Auto(String code, long cap, Kind kind, long pointsPerUnit, long unitSize, long fixedPoints,
            List<AgeBand> bands) {
    }

    public enum Kind { AGE, PER_UNIT, FIXED }

    public AutoRules {
        indicators = List.copyOf(indicators);
    }

    public static AutoRules of(List<Catalogue> applicable) {
        List<Auto> autos = new ArrayList<>();
        for (Catalogue catalogue : applicable) {
            for (Indicator indicator : catalogue.indicators()) {
                if (indicator.method() != ScoringMethod.AUTO) {
                    continue;
                }
                if (indicator.kind() != IndicatorKind.BONUS) {
                    throw new IllegalArgumentException("AUTO deduction " + indicator.code() + " is not written for the peers");
                }
                String code = indicator.code().value();
                long cap = indicator.cap().hundredths();
                if (indicator.rule() instanceof AgeRule age) {
                    autos.add(new Auto(code, cap, Kind.AGE, 0, 0, 0, age.bands()));
                } else if (indicator.rule() instanceof PerUnitRule perUnit) {
                    BigDecimal size = perUnit.unitSize();
                    if (size.stripTrailingZeros().scale() > 0) {
                        throw new IllegalArgumentException(code + ": a fractional unit size is not written for the peers");
                    }
                    autos.add(new Auto(code, cap, Kind.PER_UNIT, perUnit.pointsPerUnit().hundredths(),
                            size.longValueExact(), 0, List.of()));
                } else if (indicator.rule() instanceof FixedRule fixed) {
                    autos.add(new Auto(code, cap, Kind.FIXED, 0, 0, fixed.points().hundredths(), List.of()));
                } else {
                    throw new IllegalArgumentException(code + ": rule " + indicator.rule().kind()
                            + " is not written for the peers");
                }
            }
        }
        return new AutoRules(autos);
    }
}
