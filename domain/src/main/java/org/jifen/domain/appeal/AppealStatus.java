package org.jifen.domain.appeal;

/** Where an appeal stands. */
public enum AppealStatus {
    /** 已受理: waiting for the department's decision. */
    FILED,
    /** 复核成立: corrections posted, effective on the original date. */
    UPHELD,
    /** 维持原评分: dismissed with a reason. */
    DISMISSED
}
