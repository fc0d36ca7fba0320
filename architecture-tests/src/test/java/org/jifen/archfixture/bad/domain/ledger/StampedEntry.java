package org.jifen.archfixture.bad.domain.ledger;

import java.time.Instant;

/** Bad: the domain reads the clock. */
public record StampedEntry(long hundredths, Instant at) {
    public static StampedEntry now(long hundredths) {
        return new StampedEntry(hundredths, Instant.now());
    }
}
