package org.jifen.application.service.audit;

import java.util.List;
import org.jifen.application.port.in.audit.AuditEventsQuery;
import org.jifen.application.port.in.audit.ReadAuditLogUseCase;
import org.jifen.application.port.out.audit.AuditLog;
import org.jifen.domain.access.AccessPolicy;
import org.jifen.domain.access.Role;
import org.jifen.domain.audit.AuditEvent;

/** Reads audit events for an auditor. */
public final class ReadAuditLogService implements ReadAuditLogUseCase {

    private final AuditLog log;

    public ReadAuditLogService(AuditLog log) {
        this.log = log;
    }

    @Override
    public List<AuditEvent> events(AuditEventsQuery query) {
        AccessPolicy.requireRole(query.caller(), Role.AUDITOR);
        return log.query(query.filter());
    }
}
