package org.jifen.domain.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.shared.Points;

/**
 * One immutable entry of the score ledger (积分台账). Bitemporal: {@code effectiveOn} is the date from
 * which it counts, {@code recordedAt} when we learnt it. Nothing is updated or deleted; a correction
 * is a new entry. A deduction carries the freeze it imposes.
 */
public record LedgerEntry(
        IdempotencyKey key,
        PersonId person,
        IndicatorRef indicator,
        Points points,
        EntryReason reason,
        EntrySource source,
        Actor actor,
        Instant recordedAt,
        LocalDate effectiveOn,
        Optional<Freeze> freeze) {

    public LedgerEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(points, "points");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(effectiveOn, "effectiveOn");
        Objects.requireNonNull(freeze, "freeze");
        if (freeze.isPresent() && reason != EntryReason.DEDUCTION) {
            throw new IllegalArgumentException("only a deduction freezes the account");
        }
    }

    /** Whether the entry counts for "effective on {@code on}, as known at {@code knownAt}". */
    public boolean counts(LocalDate on, Instant knownAt) {
        return !effectiveOn.isAfter(on) && !recordedAt.isAfter(knownAt);
    }
}
