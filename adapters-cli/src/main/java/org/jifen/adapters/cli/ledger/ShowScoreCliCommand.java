package org.jifen.adapters.cli.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jifen.adapters.cli.shell.CliContext;
import org.jifen.adapters.cli.shell.Converters;
import org.jifen.adapters.cli.shell.CsvOut;
import org.jifen.adapters.cli.shell.Json;
import org.jifen.adapters.cli.shell.OperatorCommand;
import org.jifen.adapters.cli.shell.OutputFormat;
import org.jifen.adapters.cli.shell.PersonIds;
import org.jifen.application.JifenUseCases;
import org.jifen.application.port.in.ledger.ScoreStatementQuery;
import org.jifen.application.port.in.person.PersonQuery;
import org.jifen.application.port.in.person.PersonView;
import org.jifen.domain.access.Caller;
import org.jifen.domain.access.Role;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.person.IdNumber;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.statement.IndicatorLine;
import org.jifen.domain.statement.ScoreStatement;
import org.jifen.domain.statement.TierStatement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code score show}: a person's score statement (积分明细) in a district on a date, through
 * {@code GetScoreStatementUseCase}; the person named by ID number and shown masked.
 */
@Command(name = "show", description = "Show a person's score statement in a district on a date.")
public final class ShowScoreCliCommand extends OperatorCommand {

    @Option(names = "--id-number", required = true, paramLabel = "N", description = "the person's ID number")
    String idNumber;

    @Option(names = "--district", required = true, paramLabel = "D", converter = Converters.Division.class,
            description = "the district where the score is used")
    DivisionCode district;

    @Option(names = "--on", paramLabel = "DATE", converter = Converters.Date.class,
            description = "effective on this date (yyyy-mm-dd; default: today in China)")
    LocalDate on;

    @Option(names = "--format", paramLabel = "table|json|csv", defaultValue = "table",
            description = "table (default), json or csv")
    OutputFormat format;

    public ShowScoreCliCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        IdNumber number = IdNumber.parse(idNumber);
        Caller caller = operator.caller(Role.ADMIN);
        List<String> lines = onDatabase(session -> {
            JifenUseCases jifen = session.useCases();
            PersonId person = PersonIds.require(jifen, caller, number);
            PersonView view = jifen.getPerson().get(PersonQuery.masked(caller, person));
            LocalDate day = on != null ? on : session.clock().today();
            ScoreStatement statement = jifen.scoreStatement().statement(new ScoreStatementQuery(caller, person,
                    district, day, Optional.empty()));
            String name = ScoreStatementText.maskName(view.name());
            return switch (format) {
                case json -> List.of(Json.write(ScoreStatementText.json(statement, name, view.idNumber())));
                case csv -> csv(statement);
                default -> ScoreStatementText.table(statement, name, view.idNumber());
            };
        });
        lines.forEach(format == OutputFormat.csv ? out()::print : out()::println);
        out().flush();
        return 0;
    }

    private static List<String> csv(ScoreStatement statement) {
        List<String> lines = new java.util.ArrayList<>();
        lines.add(CsvOut.line(List.of("tier", "jurisdiction", "recognised", "code", "name", "balance", "cap")));
        for (TierStatement tier : statement.tiers()) {
            for (IndicatorLine line : tier.indicators()) {
                lines.add(CsvOut.line(List.of(tier.tier().name(), tier.jurisdiction().value(),
                        String.valueOf(tier.recognised()), line.code().value(), line.chineseName(),
                        line.balance().toString(), line.cap().toString())));
            }
        }
        lines.add(CsvOut.line(List.of("TOTAL", statement.district().value(), "true", "", "总分",
                statement.total().toString(), statement.maxTotal().toString())));
        return lines;
    }
}
