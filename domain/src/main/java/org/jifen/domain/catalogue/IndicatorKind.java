package org.jifen.domain.catalogue;

/** Whether an indicator adds (加分) or deducts (扣分) points. */
public enum IndicatorKind {
    /** 加分: balance within [0, cap]. */
    BONUS("加分"),
    /** 扣分: balance within [−cap, 0]; each deduction also freezes the account (扣分冻结). */
    DEDUCTION("扣分");

    private final String chineseName;

    IndicatorKind(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
