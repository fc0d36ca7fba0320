package org.jifen.domain.ledger;

import org.jifen.domain.shared.DomainException;

/** An entry whose idempotency key is already in the ledger: the posting was made before. */
public final class DuplicateEntryException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final transient IdempotencyKey key;

    public DuplicateEntryException(IdempotencyKey key) {
        super("DUPLICATE_ENTRY", "an entry with idempotency key " + key + " is already in the ledger");
        this.key = key;
    }

    public IdempotencyKey key() {
        return key;
    }
}
