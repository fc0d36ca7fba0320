package org.jifen.archfixture.bad.domain.ledger;

import org.jifen.archfixture.bad.application.port.out.ledger.LedgerRepository;

/** Bad: the domain reaches out to the application ring. */
public final class RingBreakingEntry {
    private final LedgerRepository repository;

    public RingBreakingEntry(LedgerRepository repository) {
        this.repository = repository;
    }

    public long balance() {
        return repository.balance("p");
    }
}
