package org.jifen.archfixture.bad.adapters.cli.ledger;

import org.flywaydb.fixture.Flyway;

/** Bad: Flyway in the cli adapter. */
public final class MigrateCliCommand {
    public int run(Flyway flyway) {
        return flyway.migrate();
    }
}
