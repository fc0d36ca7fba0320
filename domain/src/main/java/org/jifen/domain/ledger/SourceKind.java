package org.jifen.domain.ledger;

/** What an entry came from. */
public enum SourceKind {
    /** System data of another government system, scored automatically (系统自动评分). */
    SYSTEM_DATA,
    /** An application (积分申请) when it is published. */
    APPLICATION,
    /** One claim of an application. */
    CLAIM,
    /** A penalty event recorded by a reviewer. */
    PENALTY,
    /** An appeal (复核) upheld. */
    APPEAL,
    /** A fraud clearing case. */
    CLEARING_CASE
}
