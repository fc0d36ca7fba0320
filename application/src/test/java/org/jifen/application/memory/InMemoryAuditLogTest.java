package org.jifen.application.memory;

import java.time.LocalDate;
import org.jifen.application.port.out.audit.AuditLog;
import org.jifen.application.port.out.audit.AuditLogContract;

/** The in-memory adapter against its port contract, on a fresh {@link InMemoryAdapters} per test. */
class InMemoryAuditLogTest extends AuditLogContract {

    private final InMemoryAdapters adapters = new InMemoryAdapters(SettableClock.at(LocalDate.of(2024, 5, 2)));

    @Override
    protected AuditLog auditLog() {
        return adapters.auditLog();
    }
}
