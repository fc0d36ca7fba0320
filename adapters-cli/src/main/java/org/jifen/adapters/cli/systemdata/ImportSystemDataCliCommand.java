package org.jifen.adapters.cli.systemdata;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.jifen.adapters.cli.file.Cells;
import org.jifen.adapters.cli.file.CsvFile;
import org.jifen.adapters.cli.file.CsvFormats;
import org.jifen.adapters.cli.file.FileProblem;
import org.jifen.adapters.cli.file.LineResults;
import org.jifen.adapters.cli.shell.CliContext;
import org.jifen.adapters.cli.shell.ImportReport;
import org.jifen.adapters.cli.shell.OperatorCommand;
import org.jifen.adapters.cli.shell.PersonIds;
import org.jifen.adapters.cli.shell.Progress;
import org.jifen.application.JifenUseCases;
import org.jifen.application.port.in.person.PersonLookup;
import org.jifen.application.port.in.systemdata.RecordSystemDataCommand;
import org.jifen.application.port.out.systemdata.SystemDataRecord;
import org.jifen.domain.access.Caller;
import org.jifen.domain.access.Role;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.person.IdNumber;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code system-data import FILE.csv}: records from other government systems for {@code AUTO} indicators
 * (系统数据), through {@code RecordSystemDataUseCase}, all or none unless {@code --skip-bad}. Each line names
 * the person by ID number; a number not registered is refused on its line ({@code PERSON_NOT_FOUND}).
 */
@Command(name = "import", description = {"Record system data for AUTO indicators from a CSV file (UTF-8, header "
        + "id_number,indicator,quantity,as_of).", "All lines or none, unless --skip-bad."})
public final class ImportSystemDataCliCommand extends OperatorCommand {

    /** One parsed line, before the person is looked up. */
    record Line(IdNumber idNumber, IndicatorCode indicator, BigDecimal quantity, LocalDate asOf) {
    }

    @Parameters(index = "0", paramLabel = "FILE.csv", description = "the system-data file")
    Path file;

    @Option(names = "--skip-bad", description = "record the good lines and report the bad ones instead of refusing "
            + "the whole file")
    boolean skipBad;

    public ImportSystemDataCliCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        existing(file);
        CsvFile csv = new CsvFile(file, CsvFormats.SYSTEM_DATA);
        LineResults<Line> parsed = new LineResults<>();
        try (Progress progress = context.progress("system-data import", csv.countLines())) {
            csv.read(line -> {
                progress.step(1);
                Cells cells = new Cells(line);
                Optional<IdNumber> id = cells.idNumber("id_number");
                Optional<IndicatorCode> indicator = cells.parse("indicator", IndicatorCode::of);
                Optional<BigDecimal> quantity = cells.decimal("quantity");
                Optional<LocalDate> asOf = cells.date("as_of");
                quantity.filter(q -> q.signum() < 0).ifPresent(q -> cells.problem("quantity", "INVALID_QUANTITY",
                        "a quantity of zero or more is required, got " + q.toPlainString()));
                if (cells.ok()) {
                    parsed.good(line.line(), new Line(id.get(), indicator.get(), quantity.get(), asOf.get()));
                } else {
                    cells.problems().forEach(parsed::bad);
                }
            });
        }
        parsed.requireAllGood(skipBad);
        Caller caller = operator.caller(Role.ADMIN);
        LineResults<SystemDataRecord> records = new LineResults<>();
        parsed.problems().forEach(records::bad);
        int stored = onDatabase(session -> {
            JifenUseCases jifen = session.useCases();
            PersonLookup persons = PersonIds.lookUp(jifen, caller, parsed.values().stream().map(Line::idNumber)
                    .toList());
            for (LineResults.Good<Line> good : parsed.good()) {
                Line line = good.value();
                Optional<org.jifen.domain.person.PersonId> person = persons.personOf(line.idNumber());
                if (person.isEmpty()) {
                    records.bad(new FileProblem(file.toString(), good.line(), "id_number", "PERSON_NOT_FOUND",
                            "no person is registered with ID number " + line.idNumber().masked()));
                } else {
                    records.good(good.line(), new SystemDataRecord(person.get(), line.indicator(), line.quantity(),
                            line.asOf()));
                }
            }
            records.requireAllGood(skipBad);
            return ImportReport.run(records, skipBad, file.toString(),
                    values -> jifen.recordSystemData().record(new RecordSystemDataCommand(caller, values)));
        });
        ImportReport.printSkipped(records.problems(), context);
        out().println("recorded " + stored + " system-data record" + (stored == 1 ? "" : "s") + " from " + file
                + (records.problems().isEmpty() ? "" : "; skipped " + records.problems().size() + " bad line"
                        + (records.problems().size() == 1 ? "" : "s")));
        out().flush();
        return 0;
    }
}
