package org.jifen.adapters.cli.programme;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jifen.adapters.cli.file.Cells;
import org.jifen.adapters.cli.file.CsvFile;
import org.jifen.adapters.cli.file.CsvFormats;
import org.jifen.adapters.cli.file.FileProblem;
import org.jifen.adapters.cli.file.LineResults;
import org.jifen.adapters.cli.shell.CliContext;
import org.jifen.adapters.cli.shell.CsvOut;
import org.jifen.adapters.cli.shell.OperatorCommand;
import org.jifen.adapters.cli.shell.PersonIds;
import org.jifen.adapters.cli.shell.TextTable;
import org.jifen.application.JifenUseCases;
import org.jifen.application.port.in.person.PersonLookup;
import org.jifen.application.port.in.programme.DefineProgrammeCommand;
import org.jifen.application.port.in.programme.RunRoundCommand;
import org.jifen.domain.access.Caller;
import org.jifen.domain.access.Role;
import org.jifen.domain.person.IdNumber;
import org.jifen.domain.person.Person;
import org.jifen.domain.programme.Beneficiary;
import org.jifen.domain.programme.PlaceCode;
import org.jifen.domain.programme.Programme;
import org.jifen.domain.programme.Round;
import org.jifen.domain.programme.RoundCandidate;
import org.jifen.domain.programme.RoundResultLine;
import org.jifen.domain.shared.DomainException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rounds run}: defines the programme of a programme file (when it is not defined yet) and runs a
 * round on the candidates of a CSV file through {@code DefineProgrammeUseCase} and {@code RunRoundUseCase},
 * then writes the results CSV ({@code rank,applicant_id_number_masked,beneficiary_name,score,place}) and
 * prints them, ID numbers masked, names masked on screen.
 */
@Command(name = "run", description = {"Run an allocation round: programme (YAML), candidates (CSV: "
        + "applicant_id_number,beneficiary_id_number,beneficiary_name,preferences,catchment; lists ';'-separated).",
        "Writes the results CSV (rank,applicant_id_number_masked,beneficiary_name,score,place)."})
public final class RunRoundCliCommand extends OperatorCommand {

    @Option(names = "--programme", required = true, paramLabel = "FILE.yaml", description = "the programme file")
    Path programmeFile;

    @Option(names = "--candidates", required = true, paramLabel = "FILE.csv", description = "the candidates file")
    Path candidatesFile;

    @Option(names = "--out", required = true, paramLabel = "results.csv", description = "where to write the results")
    Path outFile;

    /** The applicants' ID numbers by person id, for the results file (written masked). */
    private final java.util.Map<org.jifen.domain.person.PersonId, IdNumber> applicants = new java.util.HashMap<>();

    /** One candidate line, before the applicant is looked up. */
    record Line(IdNumber applicant, Beneficiary beneficiary, List<PlaceCode> preferences, Set<PlaceCode> catchment) {
    }

    public RunRoundCliCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        existing(programmeFile);
        existing(candidatesFile);
        Programme programme = new ProgrammeFileReader().read(programmeFile);
        LineResults<Line> lines = candidates(programme.places());
        lines.requireAllGood(false);
        Caller caller = operator.caller(Role.ADMIN);
        Round round = onDatabase(session -> {
            JifenUseCases jifen = session.useCases();
            PersonLookup persons = PersonIds.lookUp(jifen, caller, lines.values().stream().map(Line::applicant)
                    .toList());
            persons.found().forEach((idNumber, person) -> applicants.put(person, idNumber));
            LineResults<RoundCandidate> candidates = new LineResults<>();
            for (LineResults.Good<Line> good : lines.good()) {
                Line line = good.value();
                Optional<org.jifen.domain.person.PersonId> applicant = persons.personOf(line.applicant());
                if (applicant.isEmpty()) {
                    candidates.bad(new FileProblem(candidatesFile.toString(), good.line(), "applicant_id_number",
                            "PERSON_NOT_FOUND", "no person is registered with ID number " + line.applicant().masked()));
                } else {
                    candidates.good(good.line(), new RoundCandidate(applicant.get(), line.beneficiary(),
                            line.preferences(), line.catchment()));
                }
            }
            candidates.requireAllGood(false);
            try {
                jifen.defineProgramme().define(new DefineProgrammeCommand(caller, programme));
                out().println("defined programme " + programme.code() + " (" + programme.kind().chineseName() + ", "
                        + programme.district() + ", cut-off " + programme.cutoffDate() + ")");
            } catch (DomainException e) {
                if (!e.code().equals("PROGRAMME_EXISTS")) {
                    throw e;
                }
                out().println("programme " + programme.code() + " is already defined: the round runs on its stored "
                        + "definition (cut-off, minimum, tie-breaks) with the places of " + programmeFile);
            }
            return jifen.runRound().run(new RunRoundCommand(caller, programme.code(), candidates.values(),
                    programme.places(), Optional.empty()));
        });
        write(round);
        print(round);
        return 0;
    }

    /** The candidate lines; the checks the round makes on its whole input are made here on each line. */
    private LineResults<Line> candidates(java.util.Map<PlaceCode, Integer> roundPlaces) {
        LineResults<Line> lines = new LineResults<>();
        java.util.Map<IdNumber, Integer> beneficiaryLines = new java.util.HashMap<>();
        new CsvFile(candidatesFile, CsvFormats.CANDIDATES).read(line -> {
            Cells cells = new Cells(line);
            Optional<IdNumber> applicant = cells.idNumber("applicant_id_number");
            Optional<IdNumber> beneficiary = cells.idNumber("beneficiary_id_number");
            Optional<String> name = cells.text("beneficiary_name");
            List<PlaceCode> preferences = places(cells, "preferences");
            Set<PlaceCode> catchment = new TreeSet<>(places(cells, "catchment"));
            requireKnown(cells, "preferences", "preference", preferences, roundPlaces);
            requireKnown(cells, "catchment", "catchment", catchment, roundPlaces);
            // a beneficiary named twice is refused on the later line (the round would refuse the whole file)
            Integer first = cells.ok() ? beneficiaryLines.putIfAbsent(beneficiary.get(), line.line()) : null;
            if (first != null) {
                lines.bad(new FileProblem(candidatesFile.toString(), line.line(), "beneficiary_id_number",
                        "DUPLICATE_BENEFICIARY", "beneficiary " + beneficiary.get().masked() + " is also on line "
                                + first));
            } else if (cells.ok()) {
                lines.good(line.line(), new Line(applicant.get(), new Beneficiary(beneficiary.get(), name.get()),
                        preferences, catchment));
            } else {
                cells.problems().forEach(lines::bad);
            }
        });
        return lines;
    }

    /** A place the round does not have is refused on its line ({@code UNKNOWN_PLACE}, as the round would). */
    private static void requireKnown(Cells cells, String column, String what,
            java.util.Collection<PlaceCode> named, java.util.Map<PlaceCode, Integer> roundPlaces) {
        named.stream().filter(place -> !roundPlaces.containsKey(place)).findFirst().ifPresent(place ->
                cells.problem(column, "UNKNOWN_PLACE", "the " + what + " " + place + " is not a place of this round"
                        + " (places: " + roundPlaces.keySet() + ")"));
    }

    private static List<PlaceCode> places(Cells cells, String column) {
        List<PlaceCode> places = new ArrayList<>();
        cells.line().optional(column).ifPresent(text -> Arrays.stream(text.split(";")).map(String::strip)
                .filter(s -> !s.isEmpty()).forEach(code -> cells.parseOptional(column, ignored -> new PlaceCode(code))
                        .ifPresent(places::add)));
        return places;
    }

    private void write(Round round) {
        try (BufferedWriter writer = Files.newBufferedWriter(outFile, StandardCharsets.UTF_8)) {
            writer.write(CsvOut.line(CsvFormats.RESULTS));
            for (RoundResultLine line : round.results()) {
                writer.write(CsvOut.line(List.of(String.valueOf(line.rank()), applicantMasked(round, line),
                        line.beneficiary().name(), line.score().toString(),
                        line.place().map(PlaceCode::value).orElse(""))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + outFile, e);
        }
    }

    /** The applicant's ID number, masked: from the candidate line of that applicant and beneficiary. */
    private String applicantMasked(Round round, RoundResultLine line) {
        return Optional.ofNullable(applicants.get(line.applicant())).map(IdNumber::masked).orElse("");
    }

    private void print(Round round) {
        out().println("round " + round.id().value() + " of " + round.programme() + " (" + round.kind().chineseName()
                + "), cut-off " + round.cutoffDate() + ", run at " + round.runAt());
        TextTable table = new TextTable(List.of("名次", "受益人", "身份证号", "积分", "结果"), true, false, false, true,
                false);
        for (RoundResultLine line : round.results()) {
            table.row(line.rank() == 0 ? "-" : String.valueOf(line.rank()), Person.maskName(line.beneficiary().name()),
                    line.beneficiary().idNumber().masked(), line.score().toString(),
                    line.place().map(PlaceCode::value).orElse(line.reasonText()));
        }
        table.lines().forEach(out()::println);
        long placed = round.results().stream().filter(RoundResultLine::placed).count();
        out().println(placed + " of " + round.results().size() + " placed; results written to " + outFile);
        out().flush();
    }
}
