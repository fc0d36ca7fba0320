package org.jifen.archfixture.good.domain.ledger;

import org.jifen.archfixture.good.domain.shared.Points;

/** A sealed family of records: exercises the java.lang.runtime bootstrap methods of records. */
public sealed interface Posting permits Posting.Credit, Posting.Debit {
    Points points();

    record Credit(Points points) implements Posting {}

    record Debit(Points points) implements Posting {}
}
