package org.jifen.archfixture.bad.adapters.rest.ledger;

import picocli.fixture.CommandLine;

/** Bad: picocli in the rest adapter. */
public final class ServerOptions {
    public int parse(String... args) {
        return new CommandLine(this).execute(args);
    }
}
