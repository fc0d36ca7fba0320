package org.jifen.domain.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jifen.domain.shared.FullPeriods;
import org.jifen.domain.shared.Points;

/**
 * The age rule of P01 (年龄): points by age in full years (周岁) on the scoring date, read from
 * the birth date in the ID number; ages in no band score nothing.
 */
public record AgeRule(List<AgeBand> bands) implements Rule {

    public AgeRule {
        bands = List.copyOf(bands);
    }

    @Override
    public RuleKind kind() {
        return RuleKind.AGE;
    }

    @Override
    public Points evaluate(Facts facts, LocalDate on) {
        if (!(facts instanceof Facts.BirthDate birth)) {
            throw Rule.mismatch(kind(), facts);
        }
        int age = FullPeriods.fullYears(birth.date(), on);
        for (AgeBand band : bands) {
            if (band.covers(age)) {
                return band.pointsAt(age);
            }
        }
        return Points.ZERO;
    }

    @Override
    public Optional<Points> largestMagnitude() {
        return values().stream().map(Points::abs).max(Points::compareTo);
    }

    @Override
    public Points smallestStep() {
        return Rule.smallestPositiveMagnitude(values());
    }

    @Override
    public List<Points> values() {
        List<Points> values = new ArrayList<>();
        for (AgeBand band : bands) {
            values.add(band.pointsAt(band.fromAge()));
            values.add(band.pointsAt(band.toAge()));
        }
        return values;
    }

    @Override
    public boolean fits(ScoringMethod method) {
        return method == ScoringMethod.AUTO;
    }

    @Override
    public List<RuleProblem> problems() {
        List<RuleProblem> problems = new ArrayList<>();
        if (bands.isEmpty()) {
            problems.add(new RuleProblem("EMPTY_TABLE", "the age rule has no band"));
        }
        for (int i = 0; i < bands.size(); i++) {
            for (int j = i + 1; j < bands.size(); j++) {
                AgeBand a = bands.get(i);
                AgeBand b = bands.get(j);
                if (a.fromAge() <= b.toAge() && b.fromAge() <= a.toAge()) {
                    problems.add(new RuleProblem("OVERLAPPING_BANDS", "age bands " + a.fromAge() + "–" + a.toAge() + " and " + b.fromAge() + "–"
                            + b.toAge() + " overlap"));
                }
            }
        }
        return problems;
    }
}
