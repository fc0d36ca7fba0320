package org.jifen.domain.person;

/** A household member's relation to the applicant (一人参评、家庭应用). */
public enum Relation {
    /** 配偶. */
    SPOUSE,
    /** 子女. */
    CHILD
}
