package org.jifen.domain.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jifen.domain.shared.Points;

/** {@code FIXED(points)}: the qualification is held or not (e.g. veteran 退役军人). */
public record FixedRule(Points points) implements Rule {

    public FixedRule {
        Objects.requireNonNull(points, "points");
    }

    @Override
    public RuleKind kind() {
        return RuleKind.FIXED;
    }

    @Override
    public Points evaluate(Facts facts, LocalDate on) {
        if (facts instanceof Facts.Holding holding) {
            return holding.held() ? points : Points.ZERO;
        }
        if (facts instanceof Facts.Quantity quantity) {
            if (quantity.amount().compareTo(BigDecimal.ONE) == 0) {
                return points;
            }
            if (quantity.amount().signum() == 0) {
                return Points.ZERO;
            }
            throw new InvalidFactsException("a FIXED rule takes quantity 1 (held) or 0 (not held), got "
                    + quantity.amount().toPlainString());
        }
        throw Rule.mismatch(kind(), facts);
    }

    @Override
    public Optional<Points> largestMagnitude() {
        return Optional.of(points.abs());
    }

    @Override
    public Points smallestStep() {
        return points.abs();
    }

    @Override
    public List<Points> values() {
        return List.of(points);
    }

    @Override
    public boolean fits(ScoringMethod method) {
        return true;
    }
}
