package org.jifen.adapters.cli.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.jifen.adapters.cli.CliBackend;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * A command acting for the operator on a database: {@code --db} and {@code --jurisdiction}, the context
 * to print to, and a session opened and closed around the work. Returns the exit code.
 */
public abstract class OperatorCommand implements Callable<Integer> {

    @Mixin
    protected OperatorOptions operator;

    @Spec
    protected CommandSpec spec;

    protected final CliContext context;

    protected OperatorCommand(CliContext context) {
        this.context = context;
    }

    /** Runs the work on a session of the operator's database. */
    protected <T> T onDatabase(Function<CliBackend.Session, T> work) {
        try (CliBackend.Session session = context.backend().open(operator.db())) {
            return work.apply(session);
        }
    }

    /** The file must exist and be readable, or the command is bad usage (exit 2). */
    protected Path existing(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ParameterException(spec.commandLine(), "FILE_NOT_FOUND: " + file + ": no such file");
        }
        if (!Files.isReadable(file)) {
            throw new ParameterException(spec.commandLine(), "FILE_NOT_FOUND: " + file + ": not readable");
        }
        return file;
    }

    protected java.io.PrintWriter out() {
        return context.out();
    }

    protected java.io.PrintWriter err() {
        return context.err();
    }
}
