package org.jifen.adapters.cli.shell;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * A command that only groups subcommands ({@code catalogue}, {@code persons}…): named and described where
 * it is added; run without a subcommand it is bad usage (exit 2).
 */
@Command(mixinStandardHelpOptions = true)
public final class CommandGroup implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand of '" + spec.qualifiedName()
                + "': one of " + String.join(", ", spec.subcommands().keySet()));
    }
}
