package org.jifen.adapters.cli.catalogue;

import org.jifen.adapters.cli.file.YamlLines;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jifen.domain.catalogue.AgeBand;
import org.jifen.domain.catalogue.AgeRule;
import org.jifen.domain.catalogue.FixedRule;
import org.jifen.domain.catalogue.LevelFamily;
import org.jifen.domain.catalogue.LevelRule;
import org.jifen.domain.catalogue.PerEventRule;
import org.jifen.domain.catalogue.PerUnitRule;
import org.jifen.domain.catalogue.RangeRule;
import org.jifen.domain.catalogue.Rule;
import org.jifen.domain.catalogue.RuleKind;
import org.jifen.domain.shared.Points;

/**
 * A file rule → a domain {@link Rule}. Each kind takes exactly its own parameters: a missing one and
 * one that belongs to another kind are both reported, as is a level outside the rule's family.
 */
final class RuleYamlConverter {

    private static final Map<RuleKind, List<String>> PARAMETERS = new EnumMap<>(Map.of(
            RuleKind.FIXED, List.of("points"),
            RuleKind.PER_UNIT, List.of("pointsPerUnit", "unitSize", "unit"),
            RuleKind.LEVEL, List.of("family", "table"),
            RuleKind.PER_EVENT, List.of("family", "table"),
            RuleKind.RANGE, List.of("min", "max"),
            RuleKind.AGE, List.of("bands")));

    private static final int MAX_UNIT_SIZE_PLACES = 4;

    private final ValueConverter values;

    RuleYamlConverter(ValueConverter values) {
        this.values = values;
    }

    /** The rule, or {@code null} when a problem was recorded. */
    Rule rule(RuleYaml yaml, String path) {
        if (values.required(yaml, path) == null) {
            return null;
        }
        RuleKind kind = values.required(yaml.kind(), YamlLines.join(path, "kind"));
        if (kind == null) {
            return null;
        }
        if (!parametersFit(kind, yaml, path)) {
            return null;
        }
        return switch (kind) {
            case FIXED -> fixed(yaml, path);
            case PER_UNIT -> perUnit(yaml, path);
            case LEVEL, PER_EVENT -> table(kind, yaml, path);
            case RANGE -> range(yaml, path);
            case AGE -> age(yaml, path);
        };
    }

    private boolean parametersFit(RuleKind kind, RuleYaml yaml, String path) {
        int before = values.problems().count();
        List<String> wanted = PARAMETERS.get(kind);
        given(yaml).forEach((name, value) -> {
            String at = YamlLines.join(path, name);
            if (value == null && wanted.contains(name)) {
                values.problems().add(at, "MISSING_PARAMETER", "a " + kind + " rule needs " + name
                        + " (it takes " + String.join(", ", wanted) + ")");
            } else if (value != null && !wanted.contains(name)) {
                values.problems().add(at, "PARAMETER_NOT_OF_KIND", "not a parameter of a " + kind
                        + " rule (it takes " + String.join(", ", wanted) + ")");
            }
        });
        return values.problems().count() == before;
    }

    private static Map<String, Object> given(RuleYaml yaml) {
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("points", yaml.points());
        given.put("pointsPerUnit", yaml.pointsPerUnit());
        given.put("unitSize", yaml.unitSize());
        given.put("unit", yaml.unit());
        given.put("family", yaml.family());
        given.put("table", yaml.table());
        given.put("min", yaml.min());
        given.put("max", yaml.max());
        given.put("bands", yaml.bands());
        return given;
    }

    private Rule fixed(RuleYaml yaml, String path) {
        Points points = values.points(yaml.points(), YamlLines.join(path, "points"));
        return points == null ? null : new FixedRule(points);
    }

    private Rule perUnit(RuleYaml yaml, String path) {
        Points points = values.points(yaml.pointsPerUnit(), YamlLines.join(path, "pointsPerUnit"));
        BigDecimal unitSize = yaml.unitSize();
        if (unitSize.signum() <= 0 || ValueConverter.integerDigits(unitSize) > ValueConverter.MAX_INTEGER_DIGITS
                || unitSize.stripTrailingZeros().scale() > MAX_UNIT_SIZE_PLACES) {
            values.problems().add(YamlLines.join(path, "unitSize"), "INVALID_UNIT_SIZE",
                    "expected a positive number with at most " + ValueConverter.MAX_INTEGER_DIGITS
                            + " digits before and " + MAX_UNIT_SIZE_PLACES + " after the decimal point, got " + unitSize);
            return null;
        }
        return points == null ? null : new PerUnitRule(points, unitSize, yaml.unit());
    }

    private Rule table(RuleKind kind, RuleYaml yaml, String path) {
        LevelFamily family = yaml.family();
        String tablePath = YamlLines.join(path, "table");
        int before = values.problems().count();
        Map<String, Points> table = new LinkedHashMap<>();
        yaml.table().forEach((level, value) -> {
            String at = YamlLines.join(tablePath, level);
            if (!family.has(level)) {
                values.problems().add(at, "UNKNOWN_LEVEL", "level " + level + " is not a " + family
                        + " level (" + String.join(", ", family.levels()) + ")");
            }
            table.put(level, values.points(value, at));
        });
        if (values.problems().count() > before) {
            return null;
        }
        return kind == RuleKind.LEVEL ? new LevelRule(family, table) : new PerEventRule(family, table);
    }

    private Rule range(RuleYaml yaml, String path) {
        Points min = values.points(yaml.min(), YamlLines.join(path, "min"));
        Points max = values.points(yaml.max(), YamlLines.join(path, "max"));
        if (min == null || max == null) {
            return null;
        }
        if (min.compareTo(max) > 0) {
            values.problems().add(YamlLines.join(path, "min"), "EMPTY_RANGE", "min " + min
                    + " is above max " + max);
            return null;
        }
        return new RangeRule(min, max);
    }

    private Rule age(RuleYaml yaml, String path) {
        String bandsPath = YamlLines.join(path, "bands");
        int before = values.problems().count();
        List<AgeBand> bands = new ArrayList<>();
        for (int i = 0; i < yaml.bands().size(); i++) {
            AgeBand band = band(yaml.bands().get(i), YamlLines.index(bandsPath, i));
            if (band != null) {
                bands.add(band);
            }
        }
        return values.problems().count() > before ? null : new AgeRule(bands);
    }

    private AgeBand band(AgeBandYaml yaml, String path) {
        if (values.entry(yaml, path) == null) {
            return null;
        }
        Integer from = values.required(yaml.from(), YamlLines.join(path, "from"));
        Integer to = values.required(yaml.to(), YamlLines.join(path, "to"));
        Points points = values.points(yaml.points(), YamlLines.join(path, "points"));
        Points perYear = yaml.perYear() == null ? Points.ZERO
                : values.points(yaml.perYear(), YamlLines.join(path, "perYear"));
        if (from == null || to == null || points == null || perYear == null) {
            return null;
        }
        if (from < 0 || to < from) {
            values.problems().add(YamlLines.join(path, "from"), "INVALID_AGE_BAND", "ages " + from + " to " + to
                    + " are not a band (0 ≤ from ≤ to)");
            return null;
        }
        return new AgeBand(from, to, points, perYear);
    }
}
