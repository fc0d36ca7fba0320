package org.jifen.domain.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jifen.domain.shared.Points;

/**
 * {@code PER_EVENT(table)}: each event scores by its level and events add up (awards, patents,
 * penalties). A level absent from the table does not score and is refused.
 */
public record PerEventRule(LevelFamily family, Map<String, Points> table) implements Rule {

    public PerEventRule {
        Objects.requireNonNull(family, "family");
        table = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(table));
    }

    @Override
    public RuleKind kind() {
        return RuleKind.PER_EVENT;
    }

    @Override
    public Points evaluate(Facts facts, LocalDate on) {
        if (!(facts instanceof Facts.Events events)) {
            throw Rule.mismatch(kind(), facts);
        }
        Points sum = Points.ZERO;
        for (Facts.Event event : events.events()) {
            sum = sum.plus(pointsOf(event.level()));
        }
        return sum;
    }

    /** The points one event of this level gives. */
    public Points pointsOf(String level) {
        Points points = table.get(level);
        if (points == null) {
            throw new InvalidFactsException("event level " + level + " is not one of " + table.keySet());
        }
        return points;
    }

    @Override
    public Optional<Points> largestMagnitude() {
        return Optional.empty();
    }

    @Override
    public Points smallestStep() {
        return Rule.smallestPositiveMagnitude(table.values());
    }

    @Override
    public List<Points> values() {
        return List.copyOf(table.values());
    }

    @Override
    public boolean fits(ScoringMethod method) {
        return method != ScoringMethod.AUTO;
    }

    @Override
    public List<RuleProblem> problems() {
        List<RuleProblem> problems = new ArrayList<>();
        if (table.isEmpty()) {
            problems.add(new RuleProblem("EMPTY_TABLE", "the event table is empty"));
        }
        for (String level : table.keySet()) {
            if (!family.has(level)) {
                problems.add(new RuleProblem("UNKNOWN_LEVEL", "level " + level + " is not a " + family + " level " + family.levels()));
            }
        }
        return problems;
    }
}
