package org.jifen.adapters.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The admin CLI ({@code ./jifen COMMAND}): every command of INTERFACES.md that drives use cases.
 * The composition root adds the commands that need the adapters themselves ({@code serve},
 * {@code db migrate}) with {@link CommandLine#addSubcommand}. Exit codes: 0 success, 1 a refused
 * operation, 2 bad usage.
 */
@Command(name = "jifen", mixinStandardHelpOptions = true,
        description = "积分 Jifen — quantified points management for the migrant population")
public final class JifenCli {

    /** Exit code of a refused operation (bad input, a rule refused it). */
    public static final int REFUSED = 1;
    /** Exit code of bad usage (unknown command, a missing or malformed option). */
    public static final int USAGE = 2;

    private JifenCli() {
    }

    /** The command line with every command of this module, on that backend. */
    public static CommandLine commandLine(CliBackend backend) {
        CommandLine line = new CommandLine(new JifenCli());
        line.setExitCodeExceptionMapper(e -> REFUSED);
        return line;
    }
}
