package org.jifen.adapters.rest.entitlement;

import java.time.Instant;
import org.jifen.adapters.rest.programme.BeneficiaryResponse;
import org.jifen.domain.entitlement.Entitlement;

/** 积分应用所得权益: the place obtained, for whom (ID number masked), and its revocation once revoked. */
public record EntitlementResponse(String entitlementId, String holder, BeneficiaryResponse beneficiary,
        String programme, String place, Instant grantedAt, boolean active, RevocationResponse revocation) {

    /** Why, on which case and by whom it was revoked. */
    public record RevocationResponse(String reason, String caseNumber, String revokedBy, Instant revokedAt) {
    }

    public static EntitlementResponse of(Entitlement entitlement) {
        return new EntitlementResponse(entitlement.id().value(), entitlement.holder().value(),
                new BeneficiaryResponse(entitlement.beneficiary().masked(), entitlement.beneficiaryName()),
                entitlement.programme(), entitlement.place(), entitlement.grantedAt(), entitlement.active(),
                entitlement.revocation().map(r -> new RevocationResponse(r.reason(), r.caseNumber(), r.revokedBy(),
                        r.revokedAt())).orElse(null));
    }
}
