package org.jifen.adapters.db.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One row of {@code points_application}: the application, its submission's key and fingerprint (when it
 * came with one) and its publication (public only because JDBI binds the methods of public types alone).
 */
public record ApplicationRow(
        String applicationId,
        String personId,
        String district,
        String channel,
        OffsetDateTime submittedAt,
        LocalDate submittedOn,
        String idempotencyKey,
        String submissionFingerprint,
        LocalDate publishedOn,
        LocalDate appealUntil,
        OffsetDateTime publishedAt,
        String publishedBy) {
}
