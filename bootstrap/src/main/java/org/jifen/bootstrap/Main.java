package org.jifen.bootstrap;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.jifen.adapters.cli.JifenCli;
import org.jifen.application.port.out.shared.Clock;
import picocli.CommandLine;

/**
 * {@code ./jifen COMMAND} and {@code java -jar jifen.jar COMMAND}: the CLI of the adapters-cli module on the
 * database backend, with the two commands that need the adapters themselves, {@code serve} and
 * {@code db migrate}. Exits with the command's code: 0 done, 1 refused, 2 bad usage; errors are
 * {@code CODE: message} on stderr.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Logging.install();
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = run(args, System.getenv(), out, err, System.console() != null);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs one command line with that environment, printing data to {@code out} and messages to {@code err}
     * (progress as plain lines, never as a terminal's bar); returns the exit code.
     */
    public static int run(String[] args, Map<String, String> environment, PrintWriter out, PrintWriter err) {
        return run(args, environment, out, err, false);
    }

    private static int run(String[] args, Map<String, String> environment, PrintWriter out, PrintWriter err,
            boolean terminal) {
        CommandLine line;
        try {
            line = commandLine(environment, out, err, terminal);
        } catch (StartupException e) {
            err.println(e.code() + ": " + e.getMessage());
            err.flush();
            return JifenCli.REFUSED;
        }
        line.setOut(out);
        line.setErr(err);
        try {
            return line.execute(args);
        } catch (Error fatal) {
            // picocli lets errors through (a class missing from a broken jar, memory exhausted): still no trace
            err.println("INTERNAL_ERROR: " + fatal.getClass().getSimpleName() + " — the command could not run");
            err.flush();
            return JifenCli.REFUSED;
        }
    }

    /**
     * Every command: the CLI adapter's, then {@code serve} and {@code db migrate}, printing to those writers
     * ({@code terminal}: progress bars on stderr instead of a line per 10 %).
     */
    public static CommandLine commandLine(Map<String, String> environment, PrintWriter out, PrintWriter err,
            boolean terminal) {
        DatabaseSettings settings = new DatabaseSettings(environment);
        Clock clock = SystemClock.configured(Optional.ofNullable(environment.get(SystemClock.ZONE_VARIABLE)));
        CommandLine line = JifenCli.commandLine(new DatabaseCliBackend(settings, clock), out, err, terminal);
        line.addSubcommand("serve", new CommandLine(new ServeCommand(settings, clock)));
        CommandLine db = new CommandLine(new DbCommand());
        db.addSubcommand("migrate", new CommandLine(new DbCommand.Migrate(settings)));
        line.addSubcommand("db", db);
        line.setExecutionExceptionHandler(new ErrorReport(line.getExecutionExceptionHandler()));
        // bad usage is exit 2 whatever the exit code mapper says (it maps every exception to 1)
        CommandLine.IParameterExceptionHandler usage = line.getParameterExceptionHandler();
        line.setParameterExceptionHandler((failure, args) -> {
            usage.handleParseException(failure, args);
            return JifenCli.USAGE;
        });
        return line;
    }
}
