package org.jifen.adapters.db.programme;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One row of {@code allocation_round} (public only because JDBI binds the methods of public types alone). */
public record RoundRow(
        String roundId,
        String programmeCode,
        String kind,
        String district,
        LocalDate cutoffDate,
        OffsetDateTime knownAt,
        OffsetDateTime runAt) {
}
