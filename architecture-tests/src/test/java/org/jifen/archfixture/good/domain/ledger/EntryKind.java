package org.jifen.archfixture.good.domain.ledger;

public enum EntryKind {
    POSTING,
    CORRECTION
}
