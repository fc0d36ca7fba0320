package org.jifen.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.jifen.domain.shared.Points;

/** {@code PER_UNIT} counts full units alike whether quantity and unit size are whole (long arithmetic) or not,
 * and overflow alike. */
class PerUnitRuleProperties {

    private static final LocalDate ON = LocalDate.of(2024, 6, 30);

    @Property
    void fullUnits_areTheIntegralQuotient_forWholeAndDecimalQuantities(
            @ForAll @LongRange(min = 0, max = 999_999_999_999_999_999L) long unscaled,
            @ForAll @IntRange(min = 0, max = 3) int scale,
            @ForAll @LongRange(min = 1, max = 100_000) long unitUnscaled,
            @ForAll @IntRange(min = 0, max = 1) int unitScale) {
        BigDecimal quantity = BigDecimal.valueOf(unscaled, scale);
        BigDecimal unitSize = BigDecimal.valueOf(unitUnscaled, unitScale);
        PerUnitRule rule = new PerUnitRule(new Points(1), unitSize, Unit.MONTH);

        Object expected;
        try {
            expected = new Points(1).times(quantity.divideToIntegralValue(unitSize).longValueExact());
        } catch (ArithmeticException e) {
            expected = "too large to score";
        }
        Object actual;
        try {
            actual = rule.evaluate(new Facts.Quantity(quantity), ON);
        } catch (InvalidFactsException e) {
            actual = e.getMessage().contains("is too large to score") ? "too large to score" : e.getMessage();
        }
        assertThat(actual).isEqualTo(expected);
    }
}
