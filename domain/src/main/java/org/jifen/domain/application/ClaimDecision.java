package org.jifen.domain.application;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jifen.domain.catalogue.Facts;
import org.jifen.domain.shared.Points;

/**
 * A reviewer's decision on a claim: approved with the facts found (and the target balance they
 * give) or rejected with a reason; the verification method of a MANUAL indicator; the second
 * approval when four eyes are needed.
 */
public record ClaimDecision(
        boolean approved,
        Optional<Facts> facts,
        Points target,
        Optional<String> reason,
        Optional<VerificationMethod> method,
        String decidedBy,
        Instant decidedAt,
        Optional<String> secondApprovedBy,
        Optional<Instant> secondApprovedAt) {

    public ClaimDecision {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(secondApprovedBy, "secondApprovedBy");
        Objects.requireNonNull(secondApprovedAt, "secondApprovedAt");
        if (!approved && reason.filter(r -> !r.isBlank()).isEmpty()) {
            throw new IllegalArgumentException("a rejection needs a reason");
        }
        if (approved && facts.isEmpty()) {
            throw new IllegalArgumentException("an approval records the facts found");
        }
    }

    public static ClaimDecision approved(Facts facts, Points target, Optional<VerificationMethod> method,
            String decidedBy, Instant decidedAt) {
        return new ClaimDecision(true, Optional.of(facts), target, Optional.empty(), method, decidedBy, decidedAt,
                Optional.empty(), Optional.empty());
    }

    public static ClaimDecision rejected(String reason, Optional<VerificationMethod> method, String decidedBy,
            Instant decidedAt) {
        return new ClaimDecision(false, Optional.empty(), Points.ZERO, Optional.of(reason), method, decidedBy,
                decidedAt, Optional.empty(), Optional.empty());
    }

    public ClaimDecision withSecondApproval(String approver, Instant at) {
        return new ClaimDecision(approved, facts, target, reason, method, decidedBy, decidedAt, Optional.of(approver),
                Optional.of(at));
    }
}
