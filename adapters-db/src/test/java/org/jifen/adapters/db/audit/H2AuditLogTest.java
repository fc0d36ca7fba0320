package org.jifen.adapters.db.audit;

import org.jifen.adapters.db.TestDatabase;
import org.jifen.application.port.out.audit.AuditLog;
import org.jifen.application.port.out.audit.AuditLogContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The AuditLog contract on H2 in memory. */
class H2AuditLogTest extends AuditLogContract {

    @RegisterExtension
    final TestDatabase db = TestDatabase.h2();

    @Override
    protected AuditLog auditLog() {
        return db.get(JdbiAuditLog.class, JdbiAuditLog::new);
    }
}
