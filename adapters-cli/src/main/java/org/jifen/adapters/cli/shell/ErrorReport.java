package org.jifen.adapters.cli.shell;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.jifen.adapters.cli.JifenCli;
import org.jifen.adapters.cli.file.FileProblem;
import org.jifen.adapters.cli.file.InvalidFileException;
import org.jifen.domain.shared.DomainException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The one table mapping failures to what the operator sees: {@code CODE: message} on stderr and exit 1
 * (refused). A refused file prints one line per problem ({@code CODE: file:line: field: message}); a rule
 * the domain refused prints its stable code; anything unexpected prints {@code INTERNAL_ERROR} with the
 * kind of failure only — never a stack trace (personal data could be in it).
 */
public final class ErrorReport implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        print(e, commandLine.getErr());
        return JifenCli.REFUSED;
    }

    /** Prints the failure as the operator sees it. */
    public static void print(Throwable e, PrintWriter err) {
        if (e instanceof InvalidFileException file) {
            for (FileProblem problem : file.problems()) {
                err.println(problem.code() + ": " + problem);
            }
        } else if (e instanceof RefusedException refused) {
            err.println(refused.code() + ": " + refused.getMessage());
        } else if (e instanceof DomainException domain) {
            err.println(domain.code() + ": " + domain.getMessage());
        } else if (e instanceof UncheckedIOException io) {
            err.println("FILE_UNREADABLE: " + io.getMessage() + (io.getCause() == null ? ""
                    : " (" + io.getCause().getClass().getSimpleName() + ")"));
        } else {
            err.println("INTERNAL_ERROR: the command stopped on an unexpected " + e.getClass().getSimpleName()
                    + "; nothing more is shown because the details may hold personal data");
        }
        err.flush();
    }
}
