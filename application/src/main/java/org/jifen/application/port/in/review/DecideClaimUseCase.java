package org.jifen.application.port.in.review;

import org.jifen.domain.application.PointsApplication;

/**
 * 审核: a reviewer of the indicator's department (WRONG_DEPARTMENT) whose jurisdiction covers the
 * application (OUT_OF_JURISDICTION), never for their own household (CONFLICT_OF_INTEREST), decides
 * a pending claim (ALREADY_DECIDED). Rejections give zero with a reason (REASON_REQUIRED); MANUAL
 * decisions record the verification method (METHOD_REQUIRED); a MANUAL decision above the four-eyes
 * threshold waits for a second reviewer (AWAITING_SECOND_APPROVAL). Nothing is posted to the ledger
 * until publication. Returns the application as decided.
 */
public interface DecideClaimUseCase {

    PointsApplication decide(DecideClaimCommand command);
}
