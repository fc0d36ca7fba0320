package org.jifen.domain.statement;

/** Whether a tier's points count in the district a statement is for, and if not, why. */
public enum Recognition {
    /** 认可: counted in the total. */
    RECOGNISED,
    /** 不在认可范围: defined by a jurisdiction that does not contain the district. */
    OUTSIDE_JURISDICTION,
    /** 无生效指标体系: no catalogue of this tier is loaded and in force there on that date. */
    NO_CATALOGUE_IN_FORCE,
    /** 版本不在有效期: the entries belong to a catalogue version not in force on that date. */
    VERSION_NOT_IN_FORCE
}
