package org.jifen.domain.appeal;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The department's decision on an appeal. */
public record AppealDecision(AppealStatus outcome, List<Correction> corrections, String reason, String decidedBy,
        Instant decidedAt) {

    public AppealDecision {
        Objects.requireNonNull(outcome, "outcome");
        corrections = List.copyOf(corrections);
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
        if (outcome == AppealStatus.FILED) {
            throw new IllegalArgumentException("a decision upholds or dismisses");
        }
        if (outcome == AppealStatus.DISMISSED && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("a dismissal needs a reason");
        }
        if (outcome == AppealStatus.UPHELD && corrections.isEmpty()) {
            throw new IllegalArgumentException("an upheld appeal names its corrections");
        }
        reason = reason == null ? "" : reason;
    }
}
