package org.jifen.application.port.in.audit;

import java.util.Objects;
import org.jifen.application.port.out.audit.AuditQuery;
import org.jifen.domain.access.Caller;

/** Audit events by subject, actor and time range. */
public record AuditEventsQuery(Caller caller, AuditQuery filter) {

    public AuditEventsQuery {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(filter, "filter");
    }
}
