package org.jifen.application.port.out.audit;

import java.util.List;
import java.util.Optional;
import org.jifen.domain.audit.AuditEvent;

/** The append-only, hash-chained audit log. There is no way to change or remove an event. */
public interface AuditLog {

    /** Appends the next event; its sequence must follow the last one ({@code AUDIT_SEQUENCE_CONFLICT}). */
    void append(AuditEvent event);

    Optional<AuditEvent> last();

    /** Every event in sequence order. */
    List<AuditEvent> all();

    /** Events matching the query, in sequence order. */
    List<AuditEvent> query(AuditQuery query);
}
