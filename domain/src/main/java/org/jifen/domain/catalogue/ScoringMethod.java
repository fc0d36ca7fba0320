package org.jifen.domain.catalogue;

/** How an indicator is scored (赋分方式). */
public enum ScoringMethod {
    /** 系统自动评分: from system data of other government systems; no reviewer. */
    AUTO("系统自动评分"),
    /** 依证明材料审核评分: a reviewer of the responsible department checks the materials. */
    EVIDENCE("依证明材料审核评分"),
    /** 人工核查评分: verified by system check, site visit or tip-off verification. */
    MANUAL("人工核查评分");

    private final String chineseName;

    ScoringMethod(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
