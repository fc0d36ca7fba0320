package org.jifen.archfixture.bad.application.port.in.ledger;

/** Bad: a use case that is an abstract class, not an interface. */
public abstract class RecordFactsUseCase {
    public abstract void record(String person, String facts);
}
