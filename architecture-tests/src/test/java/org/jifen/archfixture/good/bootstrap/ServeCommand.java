package org.jifen.archfixture.good.bootstrap;

import picocli.fixture.CommandLine;

/** The composition root adds the commands that need the adapters themselves: picocli in bootstrap is allowed. */
public final class ServeCommand {
    private ServeCommand() {}

    public static CommandLine command() {
        return new CommandLine(new ServeCommand[0]);
    }
}
