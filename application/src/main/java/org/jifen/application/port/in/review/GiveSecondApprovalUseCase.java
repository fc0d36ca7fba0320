package org.jifen.application.port.in.review;

/**
 * 双人复核: a SUPERVISOR covering the application's district, or another REVIEWER of the same
 * department covering it, approves a decision waiting for a second reviewer. The first reviewer cannot
 * (SAME_REVIEWER). A penalty event approved this way is posted to the ledger at once, with its freeze.
 */
public interface GiveSecondApprovalUseCase {

    GiveSecondApprovalResult approve(GiveSecondApprovalCommand command);
}
