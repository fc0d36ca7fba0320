package org.jifen.archfixture.bad.adapters.rest.ledger;

import org.jdbi.fixture.Jdbi;

/** Bad: JDBI in the rest adapter. */
public final class DirectSqlRoutes {
    private final Jdbi jdbi;

    public DirectSqlRoutes(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public int count() {
        return jdbi.open().execute("select count(*) from ledger");
    }
}
