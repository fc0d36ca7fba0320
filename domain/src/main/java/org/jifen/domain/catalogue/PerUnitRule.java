package org.jifen.domain.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jifen.domain.shared.FullPeriods;
import org.jifen.domain.shared.Points;

/**
 * {@code PER_UNIT(pointsPerUnit, unitSize, unit)}: points for each <em>full</em> unit; partial units
 * count nothing (e.g. 0.5 per full month of social insurance, 2 per full 10,000 yuan of tax).
 */
public record PerUnitRule(Points pointsPerUnit, BigDecimal unitSize, Unit unit) implements Rule {

    public PerUnitRule {
        Objects.requireNonNull(pointsPerUnit, "pointsPerUnit");
        Objects.requireNonNull(unitSize, "unitSize");
        Objects.requireNonNull(unit, "unit");
        if (unitSize.signum() <= 0) {
            throw new IllegalArgumentException("unit size must be positive, got " + unitSize.toPlainString());
        }
    }

    @Override
    public RuleKind kind() {
        return RuleKind.PER_UNIT;
    }

    @Override
    public Points evaluate(Facts facts, LocalDate on) {
        BigDecimal quantity;
        if (facts instanceof Facts.Quantity q) {
            quantity = q.amount();
        } else if (facts instanceof Facts.Span span && unit == Unit.MONTH) {
            LocalDate end = span.to().isAfter(on) ? on : span.to();
            quantity = BigDecimal.valueOf(FullPeriods.fullMonths(span.from(), end));
        } else {
            throw Rule.mismatch(kind(), facts);
        }
        try {
            return pointsPerUnit.times(fullUnits(quantity));
        } catch (ArithmeticException beyondRange) {
            throw new InvalidFactsException("a quantity of " + quantity + " is too large to score ("
                    + pointsPerUnit + " per " + unitSize.toPlainString() + " " + unit + ")");
        }
    }

    /**
     * {@code quantity ÷ unitSize} rounded down (both are at least zero): in {@code long} arithmetic when both
     * are whole numbers of at most 18 digits (the usual months, hours and counts), else in BigDecimal.
     */
    private long fullUnits(BigDecimal quantity) {
        if (quantity.scale() == 0 && unitSize.scale() == 0 && quantity.precision() <= 18
                && unitSize.precision() <= 18) {
            return quantity.longValue() / unitSize.longValue();
        }
        return quantity.divideToIntegralValue(unitSize).longValueExact();
    }

    @Override
    public Optional<Points> largestMagnitude() {
        return Optional.empty();
    }

    @Override
    public Points smallestStep() {
        return pointsPerUnit.abs();
    }

    @Override
    public List<Points> values() {
        return List.of(pointsPerUnit);
    }

    @Override
    public boolean fits(ScoringMethod method) {
        return method != ScoringMethod.MANUAL;
    }
}
