package org.jifen.domain.ledger;

/** Why a ledger entry was posted. */
public enum EntryReason {
    /** 加分: an indicator scored (its target balance rose). */
    AWARD,
    /** 扣分: a penalty event. */
    DEDUCTION,
    /** 更正: a correction, e.g. after an upheld appeal (复核) or lower facts. */
    CORRECTION,
    /** 清零: fraud clearing (积分清零). */
    CLEARING
}
