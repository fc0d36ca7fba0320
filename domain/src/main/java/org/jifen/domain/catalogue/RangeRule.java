package org.jifen.domain.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jifen.domain.shared.Points;

/** {@code RANGE(min, max)}: a reviewer sets the value within bounds (manual verification 人工核查). */
public record RangeRule(Points min, Points max) implements Rule {

    public RangeRule {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        if (min.compareTo(max) > 0) {
            throw new IllegalArgumentException("range " + min + ".." + max + " is empty");
        }
    }

    @Override
    public RuleKind kind() {
        return RuleKind.RANGE;
    }

    @Override
    public Points evaluate(Facts facts, LocalDate on) {
        if (!(facts instanceof Facts.SetPoints set)) {
            throw Rule.mismatch(kind(), facts);
        }
        if (set.points().compareTo(min) < 0 || set.points().compareTo(max) > 0) {
            throw new InvalidFactsException("points " + set.points() + " are outside " + min + ".." + max);
        }
        return set.points();
    }

    @Override
    public Optional<Points> largestMagnitude() {
        return Optional.of(min.abs().max(max.abs()));
    }

    @Override
    public Points smallestStep() {
        return new Points(1);
    }

    @Override
    public List<Points> values() {
        return List.of(min, max);
    }

    @Override
    public boolean fits(ScoringMethod method) {
        return method == ScoringMethod.MANUAL;
    }
}
