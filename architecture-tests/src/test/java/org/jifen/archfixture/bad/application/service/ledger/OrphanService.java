package org.jifen.archfixture.bad.application.service.ledger;

/** Bad: a service that implements no use case. */
public final class OrphanService {
    public long post(String person, long hundredths) {
        return hundredths;
    }
}
