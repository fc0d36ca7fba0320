package org.jifen.domain.catalogue;

import java.time.LocalDate;
import java.util.Objects;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.shared.Points;

/**
 * One indicator (积分指标) of a tier catalogue: code, names, tier and defining jurisdiction, kind,
 * scoring method, responsible department, cap and rule.
 */
public record Indicator(
        IndicatorCode code,
        String chineseName,
        String englishName,
        Tier tier,
        DivisionCode jurisdiction,
        IndicatorKind kind,
        ScoringMethod method,
        Department department,
        Points cap,
        Rule rule) {

    public Indicator {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(cap, "cap");
        Objects.requireNonNull(rule, "rule");
        if (chineseName == null || chineseName.isBlank()) {
            throw new IllegalArgumentException("indicator " + code + " needs a Chinese name");
        }
        englishName = englishName == null ? "" : englishName;
    }

    /** The lowest balance allowed: 0 for a bonus, −cap for a deduction. */
    public Points lowerBound() {
        return kind == IndicatorKind.BONUS ? Points.ZERO : cap.negate();
    }

    /** The highest balance allowed: cap for a bonus, 0 for a deduction. */
    public Points upperBound() {
        return kind == IndicatorKind.BONUS ? cap : Points.ZERO;
    }

    /** Cumulative facts → the balance this indicator should hold on {@code on}: rule, then cap. */
    public Points targetBalance(Facts facts, LocalDate on) {
        return clamp(rule.evaluate(facts, on));
    }

    /** Any value limited to the indicator's bounds. */
    public Points clamp(Points value) {
        return value.clamp(lowerBound(), upperBound());
    }
}
