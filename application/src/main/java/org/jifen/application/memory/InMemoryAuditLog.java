package org.jifen.application.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jifen.application.port.in.shared.RuleRefusedException;
import org.jifen.application.port.out.audit.AuditLog;
import org.jifen.application.port.out.audit.AuditQuery;
import org.jifen.domain.audit.AuditEvent;

/** The audit log in memory: append only. */
public final class InMemoryAuditLog implements AuditLog, Snapshotting {

    private volatile List<AuditEvent> events = List.of();

    @Override
    public synchronized void append(AuditEvent event) {
        long expected = events.isEmpty() ? 1 : events.get(events.size() - 1).sequence() + 1;
        if (event.sequence() != expected) {
            throw new RuleRefusedException("AUDIT_SEQUENCE_CONFLICT", "audit event " + event.sequence()
                    + " does not follow " + (expected - 1));
        }
        List<AuditEvent> more = new ArrayList<>(events);
        more.add(event);
        events = List.copyOf(more);
    }

    @Override
    public Optional<AuditEvent> last() {
        List<AuditEvent> current = events;
        return current.isEmpty() ? Optional.empty() : Optional.of(current.get(current.size() - 1));
    }

    @Override
    public List<AuditEvent> all() {
        return events;
    }

    @Override
    public List<AuditEvent> query(AuditQuery query) {
        return events.stream().filter(query::matches).toList();
    }

    @Override
    public Object snapshot() {
        return events;
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        events = (List<AuditEvent>) snapshot;
    }
}
