package org.jifen.domain.catalogue;

import org.jifen.domain.jurisdiction.DivisionLevel;
import org.jifen.domain.shared.Points;

/**
 * The three tiers of the indicator system (量化积分指标体系), 300 points in all.
 */
public enum Tier {
    /** 省级共性指标: defined by the province, recognised everywhere in it (跨区互认). */
    PROVINCIAL(DivisionLevel.PROVINCE, 100, "省级共性指标"),
    /** 市级共性指标: defined by the city, recognised everywhere in it. Bonus maximum 150. */
    MUNICIPAL(DivisionLevel.CITY, 150, "市级共性指标"),
    /** 区个性指标: defined by the district, recognised only for applicants living there. */
    DISTRICT(DivisionLevel.DISTRICT, 50, "区个性指标");

    /** 总分上限: the total is clamped to [0, 300]. */
    public static final Points MAX_TOTAL = Points.of(300);

    private final DivisionLevel definedAt;
    private final Points max;
    private final String chineseName;

    Tier(DivisionLevel definedAt, long max, String chineseName) {
        this.definedAt = definedAt;
        this.max = Points.of(max);
        this.chineseName = chineseName;
    }

    /** The level of the division that defines this tier's catalogue. */
    public DivisionLevel definedAt() {
        return definedAt;
    }

    /** The tier's maximum: the bonus caps of its catalogue must add up to it. */
    public Points max() {
        return max;
    }

    public String chineseName() {
        return chineseName;
    }
}
