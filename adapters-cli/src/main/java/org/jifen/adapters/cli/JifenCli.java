package org.jifen.adapters.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.jifen.adapters.cli.audit.VerifyAuditCliCommand;
import org.jifen.adapters.cli.calendar.LoadCalendarCliCommand;
import org.jifen.adapters.cli.catalogue.ImportCatalogueCliCommand;
import org.jifen.adapters.cli.catalogue.ShowCatalogueCliCommand;
import org.jifen.adapters.cli.catalogue.ValidateCatalogueCliCommand;
import org.jifen.adapters.cli.demo.DemoCliCommand;
import org.jifen.adapters.cli.generate.GenerateCliCommand;
import org.jifen.adapters.cli.household.ImportHouseholdsCliCommand;
import org.jifen.adapters.cli.ledger.ClearPointsCliCommand;
import org.jifen.adapters.cli.ledger.ScoreDistrictCliCommand;
import org.jifen.adapters.cli.ledger.ShowScoreCliCommand;
import org.jifen.adapters.cli.person.ImportPersonsCliCommand;
import org.jifen.adapters.cli.programme.RunRoundCliCommand;
import org.jifen.adapters.cli.shell.CliContext;
import org.jifen.adapters.cli.shell.CommandGroup;
import org.jifen.adapters.cli.shell.ErrorReport;
import org.jifen.adapters.cli.systemdata.ImportSystemDataCliCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The admin CLI ({@code ./jifen COMMAND}): every command of INTERFACES.md that drives use cases.
 * The composition root adds the commands that need the adapters themselves ({@code serve},
 * {@code db migrate}) with {@link CommandLine#addSubcommand}. Exit codes: 0 success, 1 a refused
 * operation, 2 bad usage. Errors go to stderr as {@code CODE: message}, never as a stack trace.
 */
@Command(name = "jifen", mixinStandardHelpOptions = true, version = "jifen 0.1.0",
        description = {"积分 Jifen — quantified points management for the migrant population.",
                "Every command acts as the operator cli:<OS user name> (ADMIN; AUDITOR for audit verify) in the "
                        + "jurisdiction given by --jurisdiction (default 330000, Zhejiang), on the database given "
                        + "by --db (default: the embedded H2 database under ./data/)."},
        footer = {"", "Exit codes: 0 success, 1 refused (CODE: message on stderr), 2 bad usage."})
public final class JifenCli {

    /** Exit code of a refused operation (bad input, a rule refused it). */
    public static final int REFUSED = 1;
    /** Exit code of bad usage (unknown command, a missing or malformed option). */
    public static final int USAGE = 2;

    private JifenCli() {
    }

    /** The command line with every command of this module, on that backend, printing to stdout and stderr. */
    public static CommandLine commandLine(CliBackend backend) {
        boolean terminal = System.console() != null;
        return commandLine(backend, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), terminal);
    }

    /** The same, printing data to {@code out} and messages to {@code err}, never as on a terminal (tests). */
    public static CommandLine commandLine(CliBackend backend, PrintWriter out, PrintWriter err) {
        return commandLine(backend, out, err, false);
    }

    /** The same; {@code terminal} shows progress bars instead of a line per 10 %. */
    public static CommandLine commandLine(CliBackend backend, PrintWriter out, PrintWriter err, boolean terminal) {
        CliContext context = new CliContext(backend, out, err, terminal);
        CommandLine line = new CommandLine(new JifenCli());
        line.addSubcommand("catalogue", group("Show, validate and import indicator catalogues (指标体系).")
                .addSubcommand("show", new CommandLine(new ShowCatalogueCliCommand(context)))
                .addSubcommand("validate", new CommandLine(new ValidateCatalogueCliCommand(context)))
                .addSubcommand("import", new CommandLine(new ImportCatalogueCliCommand(context))));
        line.addSubcommand("calendar", group("The working-day calendar (工作日历).")
                .addSubcommand("load", new CommandLine(new LoadCalendarCliCommand(context))));
        line.addSubcommand("persons", group("Persons (流动人口).")
                .addSubcommand("import", new CommandLine(new ImportPersonsCliCommand(context))));
        line.addSubcommand("households", group("Household members (家庭成员).")
                .addSubcommand("import", new CommandLine(new ImportHouseholdsCliCommand(context))));
        line.addSubcommand("system-data", group("System data from other government systems (系统数据).")
                .addSubcommand("import", new CommandLine(new ImportSystemDataCliCommand(context))));
        line.addSubcommand("score", group("Score statements (积分明细) and district auto-scoring (批量自动评分).")
                .addSubcommand("show", new CommandLine(new ShowScoreCliCommand(context)))
                .addSubcommand("district", new CommandLine(new ScoreDistrictCliCommand(context))));
        line.addSubcommand("rounds", group("Allocation rounds of points-based programmes (积分应用).")
                .addSubcommand("run", new CommandLine(new RunRoundCliCommand(context))));
        line.addSubcommand("clear", new CommandLine(new ClearPointsCliCommand(context)));
        line.addSubcommand("audit", group("The audit log (审计日志).")
                .addSubcommand("verify", new CommandLine(new VerifyAuditCliCommand(context))));
        line.addSubcommand("generate", new CommandLine(new GenerateCliCommand(context)));
        line.addSubcommand("demo", new CommandLine(new DemoCliCommand(context)));
        withHelpOptions(line);
        line.setOut(out);
        line.setErr(err);
        line.setExecutionExceptionHandler(new ErrorReport());
        line.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : REFUSED);
        return line;
    }

    /** {@code -h, --help} (and {@code -V}) on every command, so that {@code jifen persons import --help} works. */
    private static void withHelpOptions(CommandLine line) {
        if (!line.getCommandSpec().mixinStandardHelpOptions()) {
            line.getCommandSpec().mixinStandardHelpOptions(true);
        }
        line.getSubcommands().values().forEach(JifenCli::withHelpOptions);
    }

    private static CommandLine group(String description) {
        CommandLine group = new CommandLine(new CommandGroup());
        group.getCommandSpec().usageMessage().description(description);
        return group;
    }
}
