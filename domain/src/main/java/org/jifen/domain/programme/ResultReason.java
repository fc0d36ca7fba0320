package org.jifen.domain.programme;

/**
 * Why a candidate of a round got no place: excluded before the ranking (below the minimum, frozen,
 * not eligible: such a candidate takes no part and has no rank), or ranked but left without a place
 * (统筹安排: listed for coordinated placement). The code is the constant's name.
 */
public enum ResultReason {
    /** 低于最低分: the usable score is under the programme's minimum. */
    BELOW_MINIMUM("积分低于最低分数线", true),
    /** 扣分冻结: a deduction's freeze is in force on the cut-off date. */
    FROZEN("积分冻结期内，不参与本轮", true),
    /** 不符合条件: the applicant is unknown or does not live in the programme's district. */
    NOT_ELIGIBLE("不符合参与条件", true),
    /** 统筹安排: ranked, but every place wanted is taken. */
    UNPLACED("统筹安排", false);

    private final String chineseText;
    private final boolean exclusion;

    ResultReason(String chineseText, boolean exclusion) {
        this.chineseText = chineseText;
        this.exclusion = exclusion;
    }

    /** The stable machine code, e.g. {@code FROZEN}. */
    public String code() {
        return name();
    }

    public String chineseText() {
        return chineseText;
    }

    /** Whether the candidate took no part in the ranking (rank 0). */
    public boolean isExclusion() {
        return exclusion;
    }
}
