package org.jifen.application.port.in.audit;

import java.util.List;
import org.jifen.domain.audit.AuditEvent;

/** Reads the audit log (AUDITOR only; details are stored masked). */
public interface ReadAuditLogUseCase {

    List<AuditEvent> events(AuditEventsQuery query);
}
