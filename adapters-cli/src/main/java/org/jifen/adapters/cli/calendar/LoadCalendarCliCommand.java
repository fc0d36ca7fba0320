package org.jifen.adapters.cli.calendar;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.jifen.adapters.cli.shell.CliContext;
import org.jifen.adapters.cli.shell.OperatorCommand;
import org.jifen.application.port.in.calendar.LoadCalendarCommand;
import org.jifen.application.port.in.calendar.LoadCalendarResult;
import org.jifen.domain.access.Role;
import org.jifen.domain.calendar.CalendarYear;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code calendar load [FILE]} (an extension of INTERFACES.md): loads the years of a working-day calendar
 * file (工作日历: holidays and make-up working days) through {@code LoadCalendarUseCase}; without a file, the
 * calendar shipped with Jifen. A year already loaded is replaced.
 */
@Command(name = "load", description = {"Load the working-day calendar (YAML: years with holidays and make-up "
        + "working days).", "Without FILE, the shipped calendar (china-working-days.yaml: " + LoadCalendarCliCommand.SHIPPED_YEARS
        + ") is loaded."})
public final class LoadCalendarCliCommand extends OperatorCommand {

    /** The years of the shipped calendar as the help names them (a test holds this to the file). */
    public static final String SHIPPED_YEARS = "2024, 2025, 2026";

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "the calendar file (YAML)")
    Path file;

    public LoadCalendarCliCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        List<CalendarYear> years = file == null ? DefaultCalendar.load()
                : new CalendarFileReader().read(existing(file));
        LoadCalendarResult result = onDatabase(session -> session.useCases().loadCalendar()
                .load(new LoadCalendarCommand(operator.caller(Role.ADMIN), years)));
        out().println("loaded " + join(result.loaded()) + (result.replaced().isEmpty() ? ""
                : " (replaced " + join(result.replaced()) + ")") + "; the calendar covers " + join(
                        List.copyOf(result.covered())));
        out().flush();
        return 0;
    }

    private static String join(List<Integer> years) {
        return years.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
