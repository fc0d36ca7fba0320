package org.jifen.application.port.in.review;

/** A reviewer's outcome for one claim. */
public enum ClaimOutcome {
    /** 审核通过: the facts found score their target balance. */
    APPROVED,
    /** 不予认定: zero points, with the reason ({@code MISSING_EVIDENCE}, {@code NON_CONFORMING} or text). */
    REJECTED
}
