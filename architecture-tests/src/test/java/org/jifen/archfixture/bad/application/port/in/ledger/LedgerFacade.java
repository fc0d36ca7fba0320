package org.jifen.archfixture.bad.application.port.in.ledger;

/** Bad: an interface in port.in that is not a use case. */
public interface LedgerFacade {
    long post(String person, long hundredths);
}
