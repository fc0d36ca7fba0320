package org.jifen.domain.programme;

/** Points-based public services (积分应用). */
public enum ProgrammeKind {
    /** 义务教育入学: schools with seats, catchment priority, deferred acceptance. */
    SCHOOL_ENROLMENT("义务教育入学"),
    /** 公租房保障: an eligibility threshold, then ranking for the available units. */
    PUBLIC_RENTAL_HOUSING("公租房保障"),
    /** 积分落户: a threshold and an annual quota, by ranking. */
    HOUSEHOLD_REGISTRATION("积分落户");

    private final String chineseName;

    ProgrammeKind(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
