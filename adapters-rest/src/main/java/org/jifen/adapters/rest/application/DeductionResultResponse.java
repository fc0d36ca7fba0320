package org.jifen.adapters.rest.application;

import org.jifen.adapters.rest.ledger.LedgerEntryResponse;

/**
 * A penalty event recorded or a decision approved by a second reviewer: the application as it now stands,
 * and the ledger entry posted at once ({@code null} while a deduction waits for its second approval, and for
 * claims, which post on publication).
 */
public record DeductionResultResponse(PointsApplicationResponse application,
        PointsApplicationResponse.DeductionResponse deduction, LedgerEntryResponse posted) {
}
