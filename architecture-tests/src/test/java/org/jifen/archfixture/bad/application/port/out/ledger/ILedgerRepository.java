package org.jifen.archfixture.bad.application.port.out.ledger;

/** Bad: an I-prefixed interface. */
public interface ILedgerRepository {
    long balance(String person);
}
