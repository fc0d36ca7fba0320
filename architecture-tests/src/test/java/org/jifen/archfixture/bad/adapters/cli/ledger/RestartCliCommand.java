package org.jifen.archfixture.bad.adapters.cli.ledger;

import org.jifen.archfixture.bad.bootstrap.Main;

/** Bad: an adapter reaches back into the composition root. */
public final class RestartCliCommand {
    public void run(String... args) {
        Main.main(args);
    }
}
