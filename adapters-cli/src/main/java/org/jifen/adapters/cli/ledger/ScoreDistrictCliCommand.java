package org.jifen.adapters.cli.ledger;

import java.time.LocalDate;
import org.jifen.adapters.cli.shell.CliContext;
import org.jifen.adapters.cli.shell.Converters;
import org.jifen.adapters.cli.shell.OperatorCommand;
import org.jifen.adapters.cli.shell.Progress;
import org.jifen.application.port.in.ledger.ScoreDistrictCommand;
import org.jifen.application.port.in.ledger.ScoreDistrictProgress;
import org.jifen.application.port.in.ledger.ScoreDistrictResult;
import org.jifen.domain.access.Role;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.jurisdiction.DivisionRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code score district --district D [--on DATE]} (an extension of INTERFACES.md): 辖区批量自动评分 — every
 * resident's {@code AUTO} indicators scored from the system data on record, through
 * {@code ScoreDistrictUseCase} (in slices of persons, one transaction), with progress; what an operator runs
 * after {@code system-data import}. Scoring again posts only what changed.
 */
@Command(name = "district", description = {"Auto-score every resident of a district from system data (AUTO "
        + "indicators), as on a date.", "Run it after system-data import; running it again posts only what changed."})
public final class ScoreDistrictCliCommand extends OperatorCommand {

    @Option(names = "--district", required = true, paramLabel = "D", converter = Converters.Division.class,
            description = "the district whose residents are scored")
    DivisionCode district;

    @Option(names = "--on", paramLabel = "DATE", converter = Converters.Date.class,
            description = "the entries take effect on this date, from the system data as of it (yyyy-mm-dd; "
                    + "default: today in China; not after today)")
    LocalDate on;

    public ScoreDistrictCliCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        ScoreDistrictResult result = onDatabase(session -> {
            LocalDate day = on != null ? on : session.clock().today();
            ProgressOnceKnown progress = new ProgressOnceKnown();
            try {
                return session.useCases().scoreDistrict().score(new ScoreDistrictCommand(
                        operator.caller(Role.ADMIN), district, day), progress::report);
            } finally {
                progress.close();
            }
        });
        out().println("scored " + DivisionRegistry.standard().chineseName(district) + " (" + district + ") on "
                + result.on() + ": " + result.persons() + " resident" + (result.persons() == 1 ? "" : "s") + ", "
                + result.personsPosted() + " with new entries, " + result.entriesPosted() + " entr"
                + (result.entriesPosted() == 1 ? "y" : "ies") + " posted");
        out().flush();
        return 0;
    }

    /** The progress display, opened when the use case says how many residents there are. */
    private final class ProgressOnceKnown implements AutoCloseable {

        private Progress progress;
        private int shown;

        void report(ScoreDistrictProgress step) {
            if (progress == null) {
                progress = context.progress("score district", step.persons());
            }
            if (step.scored() > shown) { // a transaction run again reports from 0 again: show no step back
                progress.step(step.scored() - shown);
                shown = step.scored();
            }
        }

        @Override
        public void close() {
            if (progress != null) {
                progress.close();
            }
        }
    }
}
