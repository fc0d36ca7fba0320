package org.jifen.domain.catalogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jifen.domain.shared.Points;

/**
 * Checks a tier catalogue before it may be loaded and reports <em>every</em> problem at once:
 * the tier total (100 / 150 / 50), unique codes, caps, rules that can never reach or always
 * overshoot their cap, level tables, rule/method fit, signs, and the validity dates.
 * Checks across versions (overlap, codes shared between nested tiers) are {@link CatalogueSet}'s.
 */
public final class CatalogueValidator {

    private CatalogueValidator() {
    }

    public static List<CatalogueProblem> problems(Catalogue catalogue) {
        List<CatalogueProblem> problems = new ArrayList<>();
        String version = catalogue.version().value();
        if (catalogue.jurisdiction().level() != catalogue.tier().definedAt()) {
            problems.add(new CatalogueProblem(version, null, "WRONG_JURISDICTION_LEVEL", "a " + catalogue.tier()
                    + " catalogue is defined by a " + catalogue.tier().definedAt() + ", not by "
                    + catalogue.jurisdiction() + " (" + catalogue.jurisdiction().level() + ")"));
        }
        catalogue.effectiveTo().filter(to -> !to.isAfter(catalogue.effectiveFrom())).ifPresent(to ->
                problems.add(new CatalogueProblem(version, null, "EMPTY_VALIDITY", "effectiveTo " + to
                        + " is not after effectiveFrom " + catalogue.effectiveFrom()
                        + " (published " + catalogue.publishedOn() + " + 30 days)")));
        if (catalogue.indicators().isEmpty()) {
            problems.add(new CatalogueProblem(version, null, "EMPTY_CATALOGUE", "the catalogue has no indicator"));
        }
        Points bonusCaps = Points.ZERO;
        Set<IndicatorCode> seen = new HashSet<>();
        for (Indicator indicator : catalogue.indicators()) {
            if (!seen.add(indicator.code())) {
                problems.add(new CatalogueProblem(version, indicator.code().value(), "DUPLICATE_CODE",
                        "code " + indicator.code() + " appears more than once"));
            }
            if (indicator.kind() == IndicatorKind.BONUS) {
                bonusCaps = bonusCaps.plus(indicator.cap());
            }
            problems.addAll(indicatorProblems(catalogue, indicator));
        }
        if (!catalogue.indicators().isEmpty() && bonusCaps.compareTo(catalogue.tier().max()) != 0) {
            problems.add(new CatalogueProblem(version, null, "TIER_TOTAL", "the bonus caps of the "
                    + catalogue.tier() + " tier add up to " + bonusCaps + "; the tier's maximum is "
                    + catalogue.tier().max()));
        }
        return List.copyOf(problems);
    }

    /** The catalogue itself, or {@code INVALID_CATALOGUE} listing every problem. */
    public static Catalogue requireValid(Catalogue catalogue) {
        List<CatalogueProblem> problems = problems(catalogue);
        if (!problems.isEmpty()) {
            throw new InvalidCatalogueException(problems);
        }
        return catalogue;
    }

    private static List<CatalogueProblem> indicatorProblems(Catalogue catalogue, Indicator indicator) {
        List<CatalogueProblem> problems = new ArrayList<>();
        String version = catalogue.version().value();
        String code = indicator.code().value();
        Rule rule = indicator.rule();
        if (indicator.tier() != catalogue.tier() || !indicator.jurisdiction().equals(catalogue.jurisdiction())) {
            problems.add(new CatalogueProblem(version, code, "WRONG_TIER", "the indicator says " + indicator.tier()
                    + "/" + indicator.jurisdiction() + " but its catalogue is " + catalogue.tier() + "/"
                    + catalogue.jurisdiction()));
        }
        for (RuleProblem problem : rule.problems()) {
            problems.add(new CatalogueProblem(version, code, problem.code(), problem.message()));
        }
        if (!rule.fits(indicator.method())) {
            problems.add(new CatalogueProblem(version, code, "METHOD_DOES_NOT_FIT_RULE", "a " + rule.kind()
                    + " rule cannot be scored " + indicator.method() + " (" + fitting(rule) + ")"));
        }
        if (indicator.kind() == IndicatorKind.DEDUCTION && rule.kind() != RuleKind.PER_EVENT) {
            problems.add(new CatalogueProblem(version, code, "DEDUCTION_NOT_PER_EVENT",
                    "a deduction is recorded as penalty events: its rule must be PER_EVENT, not " + rule.kind()));
        }
        boolean bonus = indicator.kind() == IndicatorKind.BONUS;
        if (rule.values().stream().anyMatch(v -> bonus ? v.isNegative() : v.isPositive())) {
            problems.add(new CatalogueProblem(version, code, "WRONG_SIGN", bonus
                    ? "a bonus indicator's rule must not hold negative points"
                    : "a deduction indicator's rule must hold negative points"));
        }
        if (!indicator.cap().isPositive()) {
            problems.add(new CatalogueProblem(version, code, "INVALID_CAP", "the cap must be positive, got "
                    + indicator.cap()));
            return problems;
        }
        Optional<Points> largest = rule.largestMagnitude();
        if (rule.smallestStep().isZero() || largest.filter(l -> l.compareTo(indicator.cap()) < 0).isPresent()) {
            problems.add(new CatalogueProblem(version, code, "CAP_UNREACHABLE", "the rule gives at most "
                    + largest.orElse(Points.ZERO) + ", it can never reach the cap " + indicator.cap()));
        } else if (rule.smallestStep().compareTo(indicator.cap()) > 0) {
            problems.add(new CatalogueProblem(version, code, "CAP_ALWAYS_EXCEEDED", "the smallest award is "
                    + rule.smallestStep() + ", every award overshoots the cap " + indicator.cap()));
        }
        return problems;
    }

    private static String fitting(Rule rule) {
        List<String> methods = new ArrayList<>();
        for (ScoringMethod method : ScoringMethod.values()) {
            if (rule.fits(method)) {
                methods.add(method.name());
            }
        }
        return "allowed: " + String.join(", ", methods);
    }
}
