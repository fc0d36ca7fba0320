package org.jifen.adapters.db.shared;

import java.time.OffsetDateTime;

/** One row of {@code idempotency_record} (public only because JDBI binds the methods of public types alone). */
public record IdempotencyRecordRow(String subject, String scope, String idempotencyKey, String fingerprint, int status,
        String location, String body, OffsetDateTime recordedAt) {
}
