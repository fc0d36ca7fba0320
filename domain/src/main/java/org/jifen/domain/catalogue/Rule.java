package org.jifen.domain.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jifen.domain.shared.Points;

/**
 * How an indicator turns cumulative facts into points, before its cap. One small closed set.
 * Points are signed: a deduction indicator's table holds negative values.
 */
public sealed interface Rule permits FixedRule, PerUnitRule, LevelRule, PerEventRule, RangeRule, AgeRule {

    RuleKind kind();

    /** The unclamped points these facts earn on {@code on}; facts of the wrong shape are refused. */
    Points evaluate(Facts facts, LocalDate on);

    /** The largest magnitude the rule can ever give, or empty when it grows without bound. */
    Optional<Points> largestMagnitude();

    /** The smallest non-zero magnitude one award of the rule gives (one unit, one event, one level). */
    Points smallestStep();

    /** Every value the rule's table or parameters hold, for sign checks. */
    List<Points> values();

    /** Whether a scoring method can feed this rule with facts. */
    boolean fits(ScoringMethod method);

    /** Problems with the rule's own data (a level missing from its table…), empty when sound. */
    default List<RuleProblem> problems() {
        return List.of();
    }

    /** The smallest non-zero magnitude among these values, zero when there is none. */
    static Points smallestPositiveMagnitude(java.util.Collection<Points> values) {
        return values.stream().map(Points::abs).filter(Points::isPositive).min(Points::compareTo).orElse(Points.ZERO);
    }

    static InvalidFactsException mismatch(RuleKind kind, Facts facts) {
        return new InvalidFactsException("a " + kind + " rule cannot score " + facts.getClass().getSimpleName()
                + " facts");
    }
}
