package org.jifen.adapters.db.audit;

import java.time.OffsetDateTime;

/** One row of {@code audit_event} (public only because JDBI binds the methods of public types alone). */
public record AuditEventRow(
        long sequenceNo,
        OffsetDateTime occurredAt,
        String actor,
        String actorRole,
        String auditAction,
        String subject,
        String details,
        String previousHash,
        String eventHash) {
}
