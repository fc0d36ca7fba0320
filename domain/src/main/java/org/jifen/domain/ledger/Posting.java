package org.jifen.domain.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** The circumstances of one posting: key, source, actor, when recorded and from when effective. */
public record Posting(
        IdempotencyKey key, EntrySource source, Actor actor, Instant recordedAt, LocalDate effectiveOn) {

    public Posting {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(effectiveOn, "effectiveOn");
    }
}
