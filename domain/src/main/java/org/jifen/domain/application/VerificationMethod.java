package org.jifen.domain.application;

/** How a MANUAL indicator was verified (人工核查方式). */
public enum VerificationMethod {
    /** 系统核对. */
    SYSTEM_CHECK,
    /** 实地查看. */
    SITE_VISIT,
    /** 举报核实. */
    TIP_OFF
}
