package org.jifen.archfixture.bad.domain.ledger;

import java.util.UUID;

/** Bad: random ids minted in the domain. */
public final class RandomEntryIds {
    public String next() {
        return UUID.randomUUID().toString();
    }
}
