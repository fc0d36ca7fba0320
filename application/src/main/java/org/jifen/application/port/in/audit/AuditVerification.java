package org.jifen.application.port.in.audit;

import java.util.Optional;

/** The result of verifying the audit chain: valid, how many events, and the first broken link. */
public record AuditVerification(boolean valid, long events, Optional<Long> firstBrokenSequence,
        Optional<String> problem) {
}
