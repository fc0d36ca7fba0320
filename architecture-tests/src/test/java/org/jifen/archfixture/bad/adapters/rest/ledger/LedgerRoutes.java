package org.jifen.archfixture.bad.adapters.rest.ledger;

import org.jifen.archfixture.bad.adapters.cli.ledger.PostPointsCliCommand;

/** Bad: one adapter calls another. */
public final class LedgerRoutes {
    private final PostPointsCliCommand cli;

    public LedgerRoutes(PostPointsCliCommand cli) {
        this.cli = cli;
    }

    public int post(String person) {
        return cli.run(person);
    }
}
