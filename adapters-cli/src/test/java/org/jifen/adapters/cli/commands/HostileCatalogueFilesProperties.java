package org.jifen.adapters.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
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
import org.jifen.adapters.cli.catalogue.CatalogueFileException;
import org.jifen.adapters.cli.catalogue.CatalogueFileReader;
import org.jifen.adapters.cli.catalogue.DefaultCatalogue;
import org.jifen.adapters.cli.file.FileProblem;

/**
 * Hostile YAML catalogues (issue 9): the shipped default catalogue mutated — values out of range or of the
 * wrong kind, lines dropped or doubled (missing fields, duplicated codes), anchors and aliases, tabs, long
 * documents, bytes that are not UTF-8, cut short — through the reader's validation and {@code catalogue
 * import}. Each case is either valid or refused with problems that each name {@code file:line}; never an
 * internal error; a refused import loads nothing and audits nothing. Cases per property: {@code
 * jqwik.tries.default}, from {@code jifen.fuzz.tries} (250; the full run {@code -Djifen.fuzz.tries=10000}).
 */
class HostileCatalogueFilesProperties {

    private static Path dir;
    private static List<String> shipped;
    private static int files;

    /** One change to the YAML text; {@code line} picks the line modulo the document's length. */
    record Mutation(Kind kind, int line, String text, byte[] bytes) {

        enum Kind {
            REPLACE_VALUE, DROP_LINE, DOUBLE_LINE, INSERT_LINE, INDENT_WITH_TAB, DOUBLE_BLOCK, INSERT_BYTES,
            TRUNCATE, BOM, CRLF
        }

        @Override
        public String toString() {
            String shown = text.length() > 60 ? text.substring(0, 60) + "…(" + text.length() + ")" : text;
            return kind + "@" + line + " " + shown.replace("\n", "\\n")
                    + (bytes.length == 0 ? "" : " " + Arrays.toString(Arrays.copyOf(bytes, Math.min(6, bytes.length))));
        }
    }

    @BeforeContainer
    static void setUp() throws IOException {
        dir = Files.createTempDirectory("jifen-hostile-yaml");
        try (InputStream in = DefaultCatalogue.open()) {
            shipped = List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1));
        }
    }

    @AfterContainer
    static void cleanUp() throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<String> values = Arbitraries.oneOf(
                Arbitraries.of("-1", "0", "-0.001", "0.125", "1e400", "999999999999999999999", "300.01", "-300",
                        "NaN", ".inf", "-.inf", "0x1F", "1_000", "abc", "\"\"", "''", "[]", "{}", "[1, 2]",
                        "{ from: 18 }", "null", "~", "true", "yes", "2022-02-30", "2022-13-01", "0000-01-01",
                        "9999-12-31", "\"330299\"", "\"33\"", "330203", "P01", "P02", "HS01", "M91", "BONUS",
                        "DEDUCTION", "PER_UNIT", "AGE", "LEVEL", "UNKNOWN_KIND", "\"\\u0000\"", "!!binary AAAA",
                        "!!java.net.URL [\"http://x\"]", "!!timestamp 2022-06-01", "*undefined", "&a 1",
                        "|\n  multi\n  line", "\"unterminated", "[unclosed", "{unclosed", "'it''s'", "- item",
                        "key: nested", "?", ":", "@reserved", "`reserved", "%", "#comment only"),
                Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMinLength(1).ofMaxLength(30),
                Arbitraries.strings().all().ofMaxLength(20).map(s -> "\"" + s.replace("\\", "\\\\")
                        .replace("\"", "\\\"") + "\""),
                Arbitraries.integers().between(1_000, 200_000).map("长"::repeat));
        Arbitrary<String> lines = Arbitraries.oneOf(values.map(value -> "unknownField: " + value),
                Arbitraries.of("anchor: &big [a, a, a, a, a, a, a, a, a, a]", "alias: *big",
                        "x: &l1 [*big, *big, *big, *big, *big, *big, *big, *big]", "- code: P01", "---", "...",
                        "catalogues: []", "catalogues:", "  - version: 330000-2022", "        cap: 1000000",
                        "%YAML 1.1", "!!python/object:os.system", "<<: *big", "? complex key", "\t- tab"));
        Arbitrary<byte[]> bytes = Arbitraries.oneOf(
                Arbitraries.of(new byte[] {(byte) 0xff, (byte) 0xfe}, new byte[] {(byte) 0xc3},
                        new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, new byte[] {0}, new byte[] {'\t'}),
                Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(12));
        Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.of(Mutation.Kind.class),
                Arbitraries.integers().between(0, 100_000), Arbitraries.oneOf(values, lines), bytes)
                .as(Mutation::new);
        return mutation.list().ofMinSize(1).ofMaxSize(4);
    }

    @Property
    void catalogueValidateAndImport_refuseHostileYamlNamingLines_andLoadNothing(
            @ForAll("mutations") List<Mutation> mutations) throws IOException {
        Path file = dir.resolve("catalogue-" + (++files) + ".yaml");
        Files.write(file, apply(mutations));
        CliHarness cli = new CliHarness();
        String shown = mutations.toString();

        List<FileProblem> readerProblems = List.of();
        try {
            assertThat(new CatalogueFileReader().readValidated(file)).as(shown).isNotEmpty();
        } catch (CatalogueFileException refused) {
            readerProblems = refused.problems();
        }
        CliHarness.Run validate = cli.run("catalogue", "validate", file.toString());
        CliHarness.Run imported = cli.run("catalogue", "import", file.toString());

        Statistics.collect(readerProblems.isEmpty() ? "valid" : "refused", "import exit " + imported.exit());
        assertThat(readerProblems).as(shown).allSatisfy(problem -> {
            assertThat(problem.file()).isEqualTo(file.toString());
            assertThat(problem.line()).isPositive();
            assertThat(problem.code()).matches("[A-Z][A-Z0-9_]*");
        });
        Pattern named = Pattern.compile("^[A-Z][A-Z0-9_]*: " + Pattern.quote(file.toString()) + ":\\d+: .+",
                Pattern.DOTALL);
        for (CliHarness.Run run : List.of(validate, imported)) {
            String result = shown + " → exit " + run.exit() + ", " + run.err();
            assertThat(run.exit()).as(result).isIn(0, 1);
            assertThat(run.err()).as(result).doesNotContain("INTERNAL_ERROR", "FILE_UNREADABLE", "Exception");
            if (run.exit() == 1) {
                List<String> problems = Stream.of(run.err().split("\\R(?=[A-Z][A-Z0-9_]*: )")).map(String::strip)
                        .filter(line -> !line.isEmpty()).toList();
                assertThat(problems).as(result).isNotEmpty().allSatisfy(line -> assertThat(line).matches(named));
            }
        }
        assertThat(validate.exit()).as(shown + " validate and the reader agree").isEqualTo(readerProblems.isEmpty() ? 0 : 1);
        if (imported.exit() == 1) {
            assertThat(cli.adapters.catalogues().findAll()).as(shown).isEmpty();
            assertThat(cli.adapters.auditLog().all()).as(shown).isEmpty();
        } else {
            assertThat(cli.adapters.catalogues().findAll()).as(shown).isNotEmpty();
        }
    }

    private static byte[] apply(List<Mutation> mutations) {
        List<String> lines = new ArrayList<>(shipped);
        String newline = "\n";
        boolean bom = false;
        List<Mutation> onBytes = new ArrayList<>();
        for (Mutation mutation : mutations) {
            int at = Math.floorMod(mutation.line(), lines.size());
            String line = lines.get(at);
            switch (mutation.kind()) {
                case REPLACE_VALUE -> {
                    int colon = line.indexOf(": ");
                    lines.set(at, colon < 0 ? line + " " + mutation.text() : line.substring(0, colon + 2) + mutation.text());
                }
                case DROP_LINE -> lines.remove(at);
                case DOUBLE_LINE -> lines.add(at, line);
                case INSERT_LINE -> lines.add(at, line.replaceAll("\\S.*$", "") + mutation.text());
                case INDENT_WITH_TAB -> lines.set(at, line.replaceFirst("^ {1,4}", "\t"));
                case DOUBLE_BLOCK -> lines.addAll(at, lines.subList(at, Math.min(lines.size(), at + 12)).stream().toList());
                case BOM -> bom = true;
                case CRLF -> newline = "\r\n";
                default -> onBytes.add(mutation);
            }
        }
        byte[] text = String.join(newline, lines).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (bom) {
            out.writeBytes(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
        }
        out.writeBytes(text);
        text = out.toByteArray();
        for (Mutation mutation : onBytes) {
            int position = Math.floorMod(mutation.line(), text.length + 1);
            if (mutation.kind() == Mutation.Kind.TRUNCATE) {
                text = Arrays.copyOf(text, position);
            } else {
                ByteArrayOutputStream inserted = new ByteArrayOutputStream();
                inserted.write(text, 0, position);
                inserted.writeBytes(mutation.bytes());
                inserted.write(text, position, text.length - position);
                text = inserted.toByteArray();
            }
        }
        return text;
    }
}
