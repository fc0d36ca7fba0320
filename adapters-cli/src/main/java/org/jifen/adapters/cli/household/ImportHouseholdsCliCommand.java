package org.jifen.adapters.cli.household;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jifen.adapters.cli.file.Cells;
import org.jifen.adapters.cli.file.CsvFile;
import org.jifen.adapters.cli.file.CsvFormats;
import org.jifen.adapters.cli.file.FileProblem;
import org.jifen.adapters.cli.file.LineResults;
import org.jifen.adapters.cli.shell.CliContext;
import org.jifen.adapters.cli.shell.OperatorCommand;
import org.jifen.adapters.cli.shell.PersonIds;
import org.jifen.adapters.cli.shell.Progress;
import org.jifen.application.JifenUseCases;
import org.jifen.application.port.in.person.AddHouseholdMemberCommand;
import org.jifen.application.port.in.person.PersonLookup;
import org.jifen.domain.access.Caller;
import org.jifen.domain.access.Role;
import org.jifen.domain.person.IdNumber;
import org.jifen.domain.person.Relation;
import org.jifen.domain.shared.DomainException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code households import FILE.csv} (an extension of INTERFACES.md): adds spouses and children to the
 * households of registered applicants (一人参评、家庭应用) through {@code AddHouseholdMemberUseCase}, so that a
 * round can seat a child on a parent's score. Every line is checked first (syntax, applicant registered);
 * a bad line refuses the file before anything is added. A member already in the household is left as it
 * is, so the file can be imported again.
 */
@Command(name = "import", description = {"Add household members from a CSV file (UTF-8, header "
        + "applicant_id_number,relation,member_id_number,member_name; relation SPOUSE or CHILD).",
        "Every line is checked before any member is added."})
public final class ImportHouseholdsCliCommand extends OperatorCommand {

    record Line(IdNumber applicant, Relation relation, IdNumber member, String name) {
    }

    @Parameters(index = "0", paramLabel = "FILE.csv", description = "the households file")
    Path file;

    public ImportHouseholdsCliCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        existing(file);
        CsvFile csv = new CsvFile(file, CsvFormats.HOUSEHOLDS);
        LineResults<Line> lines = new LineResults<>();
        csv.read(line -> {
            Cells cells = new Cells(line);
            Optional<IdNumber> applicant = cells.idNumber("applicant_id_number");
            Optional<Relation> relation = cells.text("relation").flatMap(text -> {
                try {
                    return Optional.of(Relation.valueOf(text));
                } catch (IllegalArgumentException e) {
                    cells.problem("relation", "INVALID_RELATION", "'" + text + "' is not SPOUSE or CHILD");
                    return Optional.empty();
                }
            });
            Optional<IdNumber> member = cells.idNumber("member_id_number");
            Optional<String> name = cells.text("member_name");
            if (cells.ok()) {
                lines.good(line.line(), new Line(applicant.get(), relation.get(), member.get(), name.get()));
            } else {
                cells.problems().forEach(lines::bad);
            }
        });
        lines.requireAllGood(false);
        Caller caller = operator.caller(Role.ADMIN);
        int[] counts = onDatabase(session -> {
            JifenUseCases jifen = session.useCases();
            List<IdNumber> numbers = new ArrayList<>();
            lines.values().forEach(l -> {
                numbers.add(l.applicant());
                numbers.add(l.member());
            });
            PersonLookup persons = PersonIds.lookUp(jifen, caller, numbers);
            lines.recheck(line -> persons.personOf(line.value().applicant()).isPresent() ? Optional.empty()
                    : Optional.of(new FileProblem(file.toString(), line.line(), "applicant_id_number",
                            "PERSON_NOT_FOUND", "no person is registered with ID number "
                                    + line.value().applicant().masked())));
            lines.requireAllGood(false);
            int added = 0;
            int present = 0;
            try (Progress progress = context.progress("households import", lines.good().size())) {
                for (LineResults.Good<Line> good : lines.good()) {
                    Line line = good.value();
                    try {
                        jifen.addHouseholdMember().addMember(new AddHouseholdMemberCommand(caller,
                                persons.personOf(line.applicant()).orElseThrow(), line.relation(), line.member(),
                                line.name(), persons.personOf(line.member())));
                        added++;
                    } catch (DomainException e) {
                        if (!e.code().equals("DUPLICATE_MEMBER")) {
                            throw new org.jifen.adapters.cli.file.CsvFileException(List.of(new FileProblem(
                                    file.toString(), good.line(), "", e.code(), e.getMessage())));
                        }
                        present++;
                    }
                    progress.step(1);
                }
            }
            return new int[] {added, present};
        });
        out().println("added " + counts[0] + " household member" + (counts[0] == 1 ? "" : "s") + " from " + file
                + (counts[1] == 0 ? "" : "; " + counts[1] + " already in their household"));
        out().flush();
        return 0;
    }
}
