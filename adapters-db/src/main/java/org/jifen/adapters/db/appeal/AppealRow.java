package org.jifen.adapters.db.appeal;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One row of {@code appeal}: the indicators appealed as a JSON array, the decision in {@code decision*}
 * columns once decided (public only because JDBI binds the methods of public types alone).
 */
public record AppealRow(
        String appealId,
        String applicationId,
        String personId,
        String indicators,
        String reason,
        OffsetDateTime filedAt,
        LocalDate filedOn,
        LocalDate decideBy,
        String status,
        String decisionOutcome,
        String decisionReason,
        String decidedBy,
        OffsetDateTime decidedAt) {
}
