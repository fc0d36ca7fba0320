package org.jifen.adapters.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.jifen.adapters.cli.catalogue.DefaultCatalogue;
import org.jifen.adapters.cli.generate.DistrictGenerator;
import org.jifen.adapters.cli.generate.GeneratedDistrict;
import org.jifen.application.memory.InMemoryAdapters;

/**
 * Hostile CSV files through the CLI (issue 9): valid generated files of each kind — persons, households,
 * system data, round candidates — mutated (bad quoting, wrong cell counts, byte-order marks, CRLF, bytes that
 * are not UTF-8, invalid ID numbers and dates, huge cells, Chinese names) and imported with the commands on
 * the in-memory backend. Every case exits 0 or 1 without an internal error; on exit 1 every problem names
 * {@code file:line} and nothing is written (no store changes, no audit event, no results file); on exit 0
 * the count printed is the count stored. Cases per property: {@code jqwik.tries.default}, set by this module's
 * surefire configuration from {@code jifen.fuzz.tries} (250; the full run {@code -Djifen.fuzz.tries=10000}).
 */
class HostileCsvFilesProperties {

    private static final Pattern PROGRESS = Pattern.compile("^[a-z -]+: \\d+% \\(\\d+/\\d+\\)$");

    private static Path dir;
    private static CliHarness cli;
    private static GeneratedDistrict registered;
    private static GeneratedDistrict fresh;
    private static Path programme;
    private static int files;

    /** One file: its kind, the valid lines it starts from, the mutations, and whether bad lines are skipped. */
    record Case(String kind, List<String> lines, List<CsvMutation> mutations, boolean skipBad) {
        @Override
        public String toString() {
            return kind + (skipBad ? " --skip-bad " : " ") + mutations;
        }
    }

    @BeforeContainer
    static void setUp() throws IOException {
        dir = Files.createTempDirectory("jifen-hostile-csv");
        cli = new CliHarness();
        registered = new DistrictGenerator(DistrictGenerator.Settings.haishu(40, 7)).writeTo(dir.resolve("a"), n -> { });
        fresh = new DistrictGenerator(DistrictGenerator.Settings.haishu(40, 8)).writeTo(dir.resolve("b"), n -> { });
        Path catalogue = dir.resolve("catalogue.yaml");
        try (var in = DefaultCatalogue.open()) {
            Files.copy(in, catalogue);
        }
        expectZero(cli.run("calendar", "load"));
        expectZero(cli.run("catalogue", "import", catalogue.toString()));
        expectZero(cli.run("persons", "import", registered.personsFile().toString()));
        expectZero(cli.run("households", "import", registered.householdsFile().toString()));
        expectZero(cli.run("system-data", "import", registered.systemDataFile().toString()));
        programme = dir.resolve("programme.yaml");
        Files.writeString(programme, Files.readString(registered.programmeFile())
                .replaceFirst("(?m)^cutoffDate: .*$", "cutoffDate: 2025-09-30"));
    }

    private static void expectZero(CliHarness.Run run) {
        assertThat(run.exit()).as(run.err()).isZero();
    }

    @AfterContainer
    static void cleanUp() throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static List<String> firstLines(Path file, int dataLines) {
        try {
            List<String> lines = Files.readAllLines(file);
            return List.copyOf(lines.subList(0, Math.min(lines.size(), dataLines + 1)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- the properties

    @Property
    void personsImport_refusesHostileFilesWholeNamingTheLines(@ForAll("persons") Case file) throws IOException {
        check(file, "persons", "import");
    }

    @Property
    void householdsImport_refusesHostileFilesWholeNamingTheLines(@ForAll("households") Case file) throws IOException {
        check(file, "households", "import");
    }

    @Property
    void systemDataImport_refusesHostileFilesWholeNamingTheLines(@ForAll("systemData") Case file) throws IOException {
        check(file, "system-data", "import");
    }

    @Property
    void roundsRun_refusesHostileCandidateFilesWholeNamingTheLines(@ForAll("candidates") Case file) throws IOException {
        check(file, "rounds", "run");
    }

    @Provide
    Arbitrary<Case> persons() {
        return cases("persons", firstLines(fresh.personsFile(), 4), true);
    }

    @Provide
    Arbitrary<Case> households() {
        return cases("households", firstLines(registered.householdsFile(), 4), false);
    }

    @Provide
    Arbitrary<Case> systemData() {
        return cases("system-data", firstLines(registered.systemDataFile(), 5), true);
    }

    @Provide
    Arbitrary<Case> candidates() {
        return cases("candidates", firstLines(registered.candidatesFile(), 4), false);
    }

    private static Arbitrary<Case> cases(String kind, List<String> lines, boolean canSkip) {
        return Combinators.combine(CsvMutation.any().list().ofMinSize(1).ofMaxSize(3),
                canSkip ? Arbitraries.of(false, false, true) : Arbitraries.just(false))
                .as((mutations, skip) -> new Case(kind, lines, mutations, skip));
    }

    private static void check(Case file, String... command) throws IOException {
        Path path = dir.resolve("hostile-" + (++files) + ".csv");
        Files.write(path, CsvMutation.apply(file.lines(), file.mutations()));
        Path results = dir.resolve("results.csv");
        Files.deleteIfExists(results);
        List<String> args = new ArrayList<>(List.of(command));
        if (command[0].equals("rounds")) {
            args.addAll(List.of("--programme", programme.toString(), "--candidates", path.toString(), "--out",
                    results.toString()));
        } else {
            args.add(path.toString());
        }
        if (file.skipBad()) {
            args.add("--skip-bad");
        }
        List<Object> before = snapshot(cli.adapters);
        int audited = cli.adapters.auditLog().all().size();

        CliHarness.Run run = cli.run(args.toArray(String[]::new));

        Statistics.collect(file.kind(), "exit " + run.exit());
        String shown = file + " → exit " + run.exit() + ", " + run.err();
        assertThat(run.exit()).as(shown).isIn(0, 1);
        assertThat(run.err()).as(shown).doesNotContain("INTERNAL_ERROR", "FILE_UNREADABLE", "Exception");
        // one problem a line, but a problem may quote a cell holding a line break: it continues until the next code
        List<String> problems = Stream.of(run.err().split("\\R(?=(SKIPPED )?[A-Z][A-Z0-9_]*: )"))
                .map(String::strip).filter(line -> !line.isEmpty() && !PROGRESS.matcher(line).matches()).toList();
        Pattern named = Pattern.compile("^(SKIPPED )?[A-Z][A-Z0-9_]*: " + Pattern.quote(path.toString()) + ":\\d+: .+",
                Pattern.DOTALL);
        if (run.exit() == 1) {
            assertThat(problems).as(shown).isNotEmpty().allSatisfy(line -> assertThat(line).matches(named));
            assertThat(cli.adapters.auditLog().all()).as(shown).hasSize(audited);
            List<Object> after = snapshot(cli.adapters);
            for (int i = 0; i < before.size(); i++) {
                assertThat(after.get(i)).as("store " + i + " after " + shown).isSameAs(before.get(i));
            }
            assertThat(results).as(shown).doesNotExist();
        } else {
            if (file.skipBad()) {
                assertThat(problems).as(shown).allSatisfy(line -> assertThat(line).startsWith("SKIPPED ").matches(named));
            } else {
                assertThat(problems).as(shown).isEmpty();
            }
            if (command[0].equals("persons")) {
                int imported = Integer.parseInt(run.outLines().get(0).replaceFirst("^imported (\\d+) persons?.*$", "$1"));
                assertThat(((Map<?, ?>) snapshot(cli.adapters).get(0)).size() - ((Map<?, ?>) before.get(0)).size())
                        .as(shown).isEqualTo(imported);
            }
            if (command[0].equals("rounds")) {
                assertThat(results).as(shown).exists();
            }
        }
    }

    /** The state of every in-memory store (each replaces its state on a write, so the same object is no change). */
    private static List<Object> snapshot(InMemoryAdapters adapters) {
        List<Supplier<Object>> stores = List.of(adapters.persons()::snapshot, adapters.systemData()::snapshot,
                adapters.applications()::snapshot, adapters.appeals()::snapshot, adapters.auditLog()::snapshot,
                adapters.entitlements()::snapshot, adapters.programmes()::snapshot, adapters.rounds()::snapshot,
                adapters.ledgers()::snapshot, adapters.catalogues()::snapshot, adapters.calendar()::snapshot,
                adapters.creditSystem()::snapshot);
        List<Object> states = new ArrayList<>();
        stores.forEach(store -> states.add(store.get()));
        return states;
    }
}
