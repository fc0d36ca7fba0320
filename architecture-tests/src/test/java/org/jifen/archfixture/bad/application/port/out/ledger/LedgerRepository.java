package org.jifen.archfixture.bad.application.port.out.ledger;

public interface LedgerRepository {
    long balance(String person);
}
