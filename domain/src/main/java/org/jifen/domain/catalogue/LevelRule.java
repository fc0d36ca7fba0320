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
 * {@code LEVEL(table)}: the highest level held counts; levels do not add up (e.g. education 文化程度).
 * The table must grade every level of its {@link LevelFamily}.
 */
public record LevelRule(LevelFamily family, Map<String, Points> table) implements Rule {

    public LevelRule {
        Objects.requireNonNull(family, "family");
        table = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(table));
    }

    @Override
    public RuleKind kind() {
        return RuleKind.LEVEL;
    }

    @Override
    public Points evaluate(Facts facts, LocalDate on) {
        if (!(facts instanceof Facts.LevelHeld held)) {
            throw Rule.mismatch(kind(), facts);
        }
        Points points = table.get(held.level());
        if (points == null) {
            throw new InvalidFactsException("level " + held.level() + " is not one of " + table.keySet());
        }
        return points;
    }

    @Override
    public Optional<Points> largestMagnitude() {
        return table.values().stream().map(Points::abs).max(Points::compareTo);
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
        for (String level : family.levels()) {
            if (!table.containsKey(level)) {
                problems.add(new RuleProblem("LEVEL_MISSING", "level " + level + " of " + family + " is missing from the table"));
            }
        }
        for (String level : table.keySet()) {
            if (!family.has(level)) {
                problems.add(new RuleProblem("UNKNOWN_LEVEL", "level " + level + " is not a " + family + " level " + family.levels()));
            }
        }
        return problems;
    }
}
