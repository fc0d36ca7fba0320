package org.jifen.archfixture.bad.application.memory;

import org.jifen.archfixture.bad.application.port.out.ledger.LedgerRepository;

/** Bad: *Impl. */
public final class LedgerRepositoryImpl implements LedgerRepository {
    @Override
    public long balance(String person) {
        return 0;
    }
}
