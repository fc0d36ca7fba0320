package org.jifen.domain.catalogue;

/** The closed set of rule kinds; the catalogue is data, not code. */
public enum RuleKind {
    FIXED, PER_UNIT, LEVEL, PER_EVENT, RANGE, AGE
}
