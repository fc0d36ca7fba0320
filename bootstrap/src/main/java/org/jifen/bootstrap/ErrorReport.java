package org.jifen.bootstrap;

import java.io.PrintWriter;
import java.util.UUID;
import org.jifen.adapters.db.DatabaseConfigurationException;
import org.jifen.adapters.cli.JifenCli;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * How a failed command ends: {@code CODE: message} on stderr and exit 1, never a stack trace. Start-up
 * failures of the composition root ({@link StartupException}) and of the database
 * ({@link DatabaseConfigurationException}) are reported here; anything else goes to the CLI's own handler
 * first, and what that leaves is {@code INTERNAL_ERROR} with a reference, its detail in the log at DEBUG.
 */
final class ErrorReport implements IExecutionExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorReport.class);

    private final IExecutionExceptionHandler next;

    ErrorReport(IExecutionExceptionHandler next) {
        this.next = next;
    }

    @Override
    public int handleExecutionException(Exception failure, CommandLine command, ParseResult parsed) {
        PrintWriter err = command.getErr();
        if (failure instanceof StartupException startup) {
            err.println(startup.code() + ": " + startup.getMessage());
            err.flush();
            return JifenCli.REFUSED;
        }
        if (failure instanceof DatabaseConfigurationException database) {
            err.println(database.code() + ": " + database.getMessage() + reason(database));
            err.flush();
            return JifenCli.REFUSED;
        }
        try {
            return next.handleExecutionException(failure, command, parsed);
        } catch (Exception unhandled) {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("internal error {}: {}", reference, unhandled.getClass().getName());
            LOG.debug("internal error " + reference, unhandled);
            err.println("INTERNAL_ERROR: the command failed unexpectedly (reference " + reference
                    + "; run with -Dorg.slf4j.simpleLogger.defaultLogLevel=debug for the detail)");
            err.flush();
            return JifenCli.REFUSED;
        }
    }

    /** Why the database refused, from the driver (a connection refused, a role unknown…), without a password. */
    private static String reason(DatabaseConfigurationException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root == e || root.getMessage() == null || !"DATABASE_UNAVAILABLE".equals(e.code())) {
            return "";
        }
        String message = root.getMessage().replaceAll("(?i)(password=)[^&;\\s]*", "$1***");
        return " (" + root.getClass().getSimpleName() + ": " + message.lines().findFirst().orElse("") + ")";
    }
}
