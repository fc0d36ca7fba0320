package org.jifen.domain.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jifen.domain.ledger.Actor;
import org.jifen.domain.ledger.EntrySource;
import org.jifen.domain.ledger.Freeze;
import org.jifen.domain.ledger.IdempotencyKey;
import org.jifen.domain.ledger.IndicatorRef;
import org.jifen.domain.ledger.Posting;
import org.jifen.domain.ledger.SourceKind;
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

    /** The freeze (扣分冻结) this penalty imposes: {@link Freeze#DEFAULT_MONTHS} months from the event date. */
    public Freeze freeze() {
        return Freeze.forMonths(eventDate, Freeze.DEFAULT_MONTHS);
    }

    /**
     * How the penalty is posted once approved: source and idempotency key {@code PENALTY:<application>/<eventRef>},
     * by the reviewer who recorded it, recorded at {@code postedAt}, effective on the event date.
     */
    public Posting posting(ApplicationId application, Instant postedAt) {
        String reference = application + "/" + eventRef;
        return new Posting(IdempotencyKey.of("PENALTY:" + reference), new EntrySource(SourceKind.PENALTY, reference),
                new Actor(recordedBy), postedAt, eventDate);
    }

    public Deduction approvedBy(String approver) {
        return new Deduction(indicator, level, eventRef, eventDate, method, points, ClaimStatus.APPROVED, recordedBy,
                recordedAt, Optional.of(approver));
    }
}
