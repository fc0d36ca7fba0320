package org.jifen.domain.entitlement;

import java.time.Instant;
import java.util.Objects;

/** Why and by whom an entitlement was revoked (e.g. fraud clearing, with the case number). */
public record Revocation(String reason, String caseNumber, String revokedBy, Instant revokedAt) {

    public Revocation {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(revokedBy, "revokedBy");
        Objects.requireNonNull(revokedAt, "revokedAt");
    }
}
