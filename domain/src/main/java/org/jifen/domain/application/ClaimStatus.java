package org.jifen.domain.application;

/** Where a claim stands in review. */
public enum ClaimStatus {
    /** 待审核. */
    PENDING,
    /** 审核通过 (AUTO claims are approved at submission). */
    APPROVED,
    /** 不予认定: zero points, with the reason. */
    REJECTED,
    /** 待复核审批: a manual decision of more than the four-eyes threshold waits for a second reviewer. */
    AWAITING_SECOND_APPROVAL
}
