package org.jifen.archfixture.bad.domain.ledger;

import java.util.Random;

/** Bad: randomness in the domain. */
public final class Lottery {
    public boolean draw() {
        return new Random().nextBoolean();
    }
}
