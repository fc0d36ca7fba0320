package org.jifen.domain.application;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jifen.domain.catalogue.Department;
import org.jifen.domain.catalogue.Facts;
import org.jifen.domain.catalogue.ScoringMethod;
import org.jifen.domain.ledger.IndicatorRef;
import org.jifen.domain.shared.Points;

/**
 * One claim of an application: the indicator, the cumulative facts declared, the evidence
 * references, its status and the decision. The points it carries are the target balance of the
 * indicator once approved, zero once rejected.
 */
public record Claim(
        IndicatorRef indicator,
        ScoringMethod method,
        Department department,
        Facts declared,
        List<String> evidence,
        ClaimStatus status,
        Optional<ClaimDecision> decision) {

    public Claim {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(declared, "declared");
        evidence = List.copyOf(evidence);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(decision, "decision");
        if ((status == ClaimStatus.PENDING) != decision.isEmpty()) {
            throw new IllegalArgumentException("a pending claim has no decision, a decided one has");
        }
    }

    public static Claim pending(IndicatorRef indicator, ScoringMethod method, Department department, Facts declared,
            List<String> evidence) {
        return new Claim(indicator, method, department, declared, evidence, ClaimStatus.PENDING, Optional.empty());
    }

    /** The target balance this claim gives: the approved target, or zero. */
    public Points points() {
        return status == ClaimStatus.APPROVED ? decision.map(ClaimDecision::target).orElse(Points.ZERO) : Points.ZERO;
    }

    public Claim decided(ClaimStatus newStatus, ClaimDecision newDecision) {
        return new Claim(indicator, method, department, declared, evidence, newStatus, Optional.of(newDecision));
    }
}
