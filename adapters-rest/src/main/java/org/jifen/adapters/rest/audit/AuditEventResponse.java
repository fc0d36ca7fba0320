package org.jifen.adapters.rest.audit;

import java.time.Instant;
import org.jifen.domain.audit.AuditEvent;

/** One audit event as stored (details already masked), with its place in the hash chain. */
public record AuditEventResponse(long sequence, Instant at, String actor, String role, String action, String subject,
        String details, String previousHash, String hash) {

    public static AuditEventResponse of(AuditEvent event) {
        return new AuditEventResponse(event.sequence(), event.at(), event.actor(), event.role(), event.action().name(),
                event.subject(), event.details(), event.previousHash(), event.hash());
    }
}
