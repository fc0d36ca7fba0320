package org.jifen.application.port.in.appeal;

/** Where an application stands between submission and finality (终局). */
public enum ApplicationStanding {
    /** 审核中: not yet published. */
    UNDER_REVIEW,
    /** 公示中: published, the appeal window is still open and no appeal is open. */
    IN_PUBLICATION,
    /** 复核中: an appeal waits for the department's decision. */
    UNDER_APPEAL,
    /** 终局: the publication period has passed with no open appeal. */
    FINAL
}
