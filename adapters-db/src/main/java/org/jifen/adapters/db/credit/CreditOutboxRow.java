package org.jifen.adapters.db.credit;

import java.time.OffsetDateTime;

/**
 * One row of {@code credit_outbox}: the person's ID number as a keyed hash (what makes a case and person
 * unique) and a ciphertext (public only because JDBI binds the methods of public types alone).
 */
public record CreditOutboxRow(
        long outboxSeq,
        String caseNumber,
        String idNumberHash,
        String idNumberCipher,
        String name,
        String reason,
        String reportedBy,
        OffsetDateTime reportedAt,
        OffsetDateTime forwardedAt) {
}
