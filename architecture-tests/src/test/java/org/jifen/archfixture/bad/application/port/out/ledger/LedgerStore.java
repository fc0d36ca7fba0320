package org.jifen.archfixture.bad.application.port.out.ledger;

/** Bad: an implementation (abstract class) in port.out. */
public abstract class LedgerStore implements LedgerRepository {
    @Override
    public long balance(String person) {
        return 0;
    }
}
