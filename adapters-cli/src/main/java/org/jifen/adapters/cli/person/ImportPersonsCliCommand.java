package org.jifen.adapters.cli.person;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jifen.adapters.cli.file.Cells;
import org.jifen.adapters.cli.file.CsvFile;
import org.jifen.adapters.cli.file.CsvFormats;
import org.jifen.adapters.cli.file.FileProblem;
import org.jifen.adapters.cli.file.LineResults;
import org.jifen.adapters.cli.shell.CliContext;
import org.jifen.adapters.cli.shell.ImportReport;
import org.jifen.adapters.cli.shell.OperatorCommand;
import org.jifen.adapters.cli.shell.Progress;
import org.jifen.application.JifenUseCases;
import org.jifen.application.port.in.person.ImportPersonsCommand;
import org.jifen.application.port.in.person.PersonLookup;
import org.jifen.application.port.in.person.PersonLookupQuery;
import org.jifen.application.port.in.person.PersonRegistration;
import org.jifen.domain.access.Caller;
import org.jifen.domain.access.Role;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.person.IdNumber;
import org.jifen.domain.person.PhoneNumber;
import org.jifen.domain.person.ResidencePermit;
import org.jifen.domain.shared.DomainException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code persons import FILE.csv}: registers the persons of a CSV file (批量导入流动人口) through
 * {@code ImportPersonsUseCase}, all or none — or, with {@code --skip-bad}, the good lines, reporting the
 * skipped ones. ID numbers already registered are refused as {@code PERSON_EXISTS} on their line.
 */
@Command(name = "import", description = {"Register the persons of a CSV file (UTF-8, header "
        + "id_number,name,phone,permit_number,permit_issuer,permit_valid_from,permit_valid_to,residence_district).",
        "All lines or none, unless --skip-bad."})
public final class ImportPersonsCliCommand extends OperatorCommand {

    @Parameters(index = "0", paramLabel = "FILE.csv", description = "the persons file")
    Path file;

    @Option(names = "--skip-bad", description = "import the good lines and report the bad ones instead of refusing "
            + "the whole file")
    boolean skipBad;

    public ImportPersonsCliCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        existing(file);
        LineResults<PersonRegistration> lines = read(new CsvFile(file, CsvFormats.PERSONS), context);
        lines.requireAllGood(skipBad);
        Caller caller = operator.caller(Role.ADMIN);
        int imported = onDatabase(session -> {
            JifenUseCases jifen = session.useCases();
            PersonLookup existing = jifen.lookUpPersons().lookUp(PersonLookupQuery.of(caller,
                    lines.values().stream().map(PersonRegistration::idNumber).toList()));
            lines.recheck(line -> existing.personOf(line.value().idNumber()).map(person -> new FileProblem(
                    file.toString(), line.line(), "id_number", "PERSON_EXISTS", "ID number "
                            + line.value().idNumber().masked() + " is already registered as " + person)));
            lines.requireAllGood(skipBad);
            return ImportReport.run(lines, skipBad, file.toString(),
                    values -> jifen.importPersons().importPersons(new ImportPersonsCommand(caller, values)).imported());
        });
        ImportReport.printSkipped(lines.problems(), context);
        out().println("imported " + imported + " person" + (imported == 1 ? "" : "s") + " from " + file
                + (lines.problems().isEmpty() ? "" : "; skipped " + lines.problems().size() + " bad line"
                        + (lines.problems().size() == 1 ? "" : "s")));
        out().flush();
        return 0;
    }

    /** Parses every line; the ID numbers given twice are refused on the later line. */
    static LineResults<PersonRegistration> read(CsvFile csv, CliContext context) {
        LineResults<PersonRegistration> lines = new LineResults<>();
        Map<IdNumber, Integer> seen = new HashMap<>();
        try (Progress progress = context.progress("persons import", csv.countLines())) {
            csv.read(line -> {
                progress.step(1);
                Cells cells = new Cells(line);
                Optional<IdNumber> id = cells.idNumber("id_number");
                Optional<String> name = cells.text("name");
                Optional<PhoneNumber> phone = cells.parseOptional("phone", PhoneNumber::parse);
                Optional<ResidencePermit> permit = permit(cells);
                Optional<DivisionCode> district = cells.division("residence_district");
                if (id.isPresent()) {
                    Integer earlier = seen.putIfAbsent(id.get(), line.line());
                    if (earlier != null) {
                        cells.problem("id_number", "DUPLICATE_ID_NUMBER", "ID number " + id.get().masked()
                                + " is also on line " + earlier);
                    }
                }
                if (!cells.ok()) {
                    cells.problems().forEach(lines::bad);
                    return;
                }
                try {
                    lines.good(line.line(), new PersonRegistration(id.get(), name.get(), phone, permit,
                            district.get()));
                } catch (DomainException e) {
                    lines.bad(line.problem("", e.code(), e.getMessage()));
                }
            });
        }
        return lines;
    }

    /** The four permit cells: all given, or all empty (no permit on record). */
    private static Optional<ResidencePermit> permit(Cells cells) {
        var line = cells.line();
        boolean any = line.optional("permit_number").isPresent() || line.optional("permit_issuer").isPresent()
                || line.optional("permit_valid_from").isPresent() || line.optional("permit_valid_to").isPresent();
        if (!any) {
            return Optional.empty();
        }
        Optional<String> number = cells.text("permit_number");
        Optional<DivisionCode> issuer = cells.division("permit_issuer");
        Optional<java.time.LocalDate> from = cells.date("permit_valid_from");
        Optional<java.time.LocalDate> to = cells.date("permit_valid_to");
        if (number.isEmpty() || issuer.isEmpty() || from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        return cells.parse("permit_number", n -> new ResidencePermit(n, issuer.get(), from.get(), to.get()));
    }
}
