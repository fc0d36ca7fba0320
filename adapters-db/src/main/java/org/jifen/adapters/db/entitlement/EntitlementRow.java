package org.jifen.adapters.db.entitlement;

import java.time.OffsetDateTime;

/**
 * One row of {@code entitlement}: the beneficiary's ID number only as a ciphertext, the revocation in
 * {@code revocation*} / {@code revoked*} columns once revoked (public only because JDBI binds the methods
 * of public types alone).
 */
public record EntitlementRow(
        String entitlementId,
        String holderId,
        String beneficiaryIdNumberCipher,
        String beneficiaryName,
        String programme,
        String place,
        OffsetDateTime grantedAt,
        String revocationReason,
        String revocationCaseNumber,
        String revokedBy,
        OffsetDateTime revokedAt) {
}
