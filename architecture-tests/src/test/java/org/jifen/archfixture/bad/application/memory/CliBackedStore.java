package org.jifen.archfixture.bad.application.memory;

import org.jifen.archfixture.bad.adapters.cli.ledger.PostPointsCliCommand;

/** Bad: the application reaches out to an adapter. */
public final class CliBackedStore {
    private final PostPointsCliCommand command;

    public CliBackedStore(PostPointsCliCommand command) {
        this.command = command;
    }

    public int store(String person) {
        return command.run(person);
    }
}
