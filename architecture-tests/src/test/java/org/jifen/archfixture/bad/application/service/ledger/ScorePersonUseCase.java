package org.jifen.archfixture.bad.application.service.ledger;

/** Bad: a class named like a use case, outside port.in. */
public final class ScorePersonUseCase {
    public long score(String person) {
        return person.length();
    }
}
