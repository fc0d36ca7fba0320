package org.jifen.application.port.in.audit;

import org.jifen.domain.access.Caller;

/** Verifies the hash chain of the audit log and names the first broken link (AUDITOR, ADMIN). */
public interface VerifyAuditChainUseCase {

    AuditVerification verify(Caller caller);
}
