package org.jifen.domain.access;

/** Roles (DOMAIN.md §7). */
public enum Role {
    /** 申请人: own data only. */
    APPLICANT,
    /** 窗口工作人员: submits for applicants. */
    CLERK,
    /** 审核人员: decides claims of their department within their jurisdiction. */
    REVIEWER,
    /** 主管: publishes, gives second approvals, decides appeals. */
    SUPERVISOR,
    /** 管理员: catalogues, programmes, rounds, clearing. */
    ADMIN,
    /** 审计: reads the audit log, changes nothing. */
    AUDITOR,
    /** 系统: other government systems sending system data. */
    SYSTEM
}
