package org.jifen.domain.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jifen.domain.ledger.IndicatorRef;
import org.jifen.domain.shared.Points;

/**
 * A penalty event (扣分事件) recorded by a reviewer on an application: the deduction indicator, the
 * event's level, reference and date, the verification method and its points. Posted to the ledger
 * (with its freeze) once approved — at once, or after a second approval when it is large.
 */
public record Deduction(
        IndicatorRef indicator,
        String level,
        String eventRef,
        LocalDate eventDate,
        VerificationMethod method,
        Points points,
        ClaimStatus status,
        String recordedBy,
        Instant recordedAt,
        Optional<String> secondApprovedBy) {

    public Deduction {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(eventRef, "eventRef");
        Objects.requireNonNull(eventDate, "eventDate");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(secondApprovedBy, "secondApprovedBy");
        if (status != ClaimStatus.APPROVED && status != ClaimStatus.AWAITING_SECOND_APPROVAL) {
            throw new IllegalArgumentException("a deduction is approved or awaits a second approval");
        }
    }

    public Deduction approvedBy(String approver) {
        return new Deduction(indicator, level, eventRef, eventDate, method, points, ClaimStatus.APPROVED, recordedBy,
                recordedAt, Optional.of(approver));
    }
}
