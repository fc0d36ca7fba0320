package org.jifen.archfixture.bad.domain.ledger;

/** Bad: System.currentTimeMillis() in the domain. */
public final class MillisStamp {
    public long stamp() {
        return System.currentTimeMillis();
    }
}
