package org.jifen.application.service.audit;

import org.jifen.application.audit.AuditChainVerifier;
import org.jifen.application.port.in.audit.AuditVerification;
import org.jifen.application.port.in.audit.VerifyAuditChainUseCase;
import org.jifen.application.port.out.audit.AuditLog;
import org.jifen.domain.access.AccessPolicy;
import org.jifen.domain.access.Caller;
import org.jifen.domain.access.Role;

/** Verifies the audit chain from the first event to the last. */
public final class VerifyAuditChainService implements VerifyAuditChainUseCase {

    private final AuditLog log;

    public VerifyAuditChainService(AuditLog log) {
        this.log = log;
    }

    @Override
    public AuditVerification verify(Caller caller) {
        AccessPolicy.requireRole(caller, Role.AUDITOR, Role.ADMIN);
        return AuditChainVerifier.verify(log.all());
    }
}
