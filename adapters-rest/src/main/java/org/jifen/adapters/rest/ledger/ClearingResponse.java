package org.jifen.adapters.rest.ledger;

import java.util.List;
import org.jifen.adapters.rest.entitlement.EntitlementResponse;
import org.jifen.application.port.in.ledger.ClearingResult;

/** 积分清零: the clearing entries posted, the entitlements revoked, whether the credit record went out. */
public record ClearingResponse(String personId, String caseNumber, List<LedgerEntryResponse> entries,
        List<EntitlementResponse> revoked, boolean creditRecordSent) {

    public static ClearingResponse of(ClearingResult result) {
        return new ClearingResponse(result.person().value(), result.caseNumber(),
                result.entries().stream().map(LedgerEntryResponse::of).toList(),
                result.revoked().stream().map(EntitlementResponse::of).toList(), result.creditRecordSent());
    }
}
