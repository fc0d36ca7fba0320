package org.jifen.adapters.cli.catalogue;

import org.jifen.adapters.cli.file.FileProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jifen.domain.catalogue.Catalogue;
import org.jifen.domain.catalogue.FixedRule;
import org.jifen.domain.shared.Points;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueFileReaderTest {

    private final CatalogueFileReader reader = new CatalogueFileReader();

    @TempDir
    Path dir;

    /** A district catalogue of two indicators (40 + 10 = 50); tests change one line of it. */
    private static final String DISTRICT = """
            catalogues:
              - version: 330203-2022
                jurisdiction: "330203"
                tier: DISTRICT
                title: 海曙区个性指标
                publishedOn: 2022-06-01
                indicators:
                  - code: A01
                    name_zh: 表彰奖励
                    name_en: Awards
                    kind: BONUS
                    method: EVIDENCE
                    department: DISTRICT_OFFICE
                    cap: 40
                    rule:
                      kind: FIXED
                      points: 40
                  - code: A02
                    name_zh: 书香阅读
                    name_en: Reading
                    kind: BONUS
                    method: AUTO
                    department: CULTURE
                    cap: 10
                    rule:
                      kind: PER_UNIT
                      pointsPerUnit: "0.5"
                      unitSize: 1
                      unit: LOAN
            """;

    @Test
    void aWellFormedFile_isReadIntoDomainCatalogues() {
        List<Catalogue> catalogues = reader.readValidated(write(DISTRICT));

        assertThat(catalogues).hasSize(1);
        Catalogue haishu = catalogues.get(0);
        assertThat(haishu.title()).isEqualTo("海曙区个性指标");
        assertThat(haishu.indicators()).extracting(i -> i.code().value(), i -> i.chineseName(), i -> i.cap())
                .containsExactly(tuple("A01", "表彰奖励", Points.of(40)), tuple("A02", "书香阅读", Points.of(10)));
        assertThat(haishu.indicators().get(0).rule()).isEqualTo(new FixedRule(Points.of(40)));
    }

    @Test
    void aStream_isNamedBySourceInProblems() {
        byte[] bytes = DISTRICT.replace("40", "41").getBytes(StandardCharsets.UTF_8);

        CatalogueFileException e = refused(() -> reader.readValidated(new ByteArrayInputStream(bytes), "upload.yaml"));

        assertThat(e.file()).isEqualTo("upload.yaml");
        assertThat(e.getMessage()).startsWith("upload.yaml:2: 330203-2022: the bonus caps of the DISTRICT tier add up to ");
    }

    @Test
    void yamlSyntaxError_isReportedAtItsLine() {
        Path file = write(DISTRICT.replace("title: 海曙区个性指标", "title: 海曙区: 个性指标"));

        CatalogueFileException e = refused(file);

        assertThat(e.line()).isEqualTo(5);
        assertThat(e.problems()).singleElement().extracting(FileProblem::code).isEqualTo("YAML_SYNTAX");
        assertThat(e.getMessage()).startsWith(file + ":5: ").contains("mapping values are not allowed here");
    }

    @Test
    void duplicateKey_isRefusedAtTheSecondOne() {
        Path file = write(DISTRICT.replace("        cap: 10\n", "        cap: 10\n        cap: 20\n"));

        CatalogueFileException e = refused(file);

        assertThat(e.line()).isEqualTo(25);
        assertThat(e.problems()).singleElement().extracting(FileProblem::code).isEqualTo("DUPLICATE_FIELD");
        assertThat(e.field()).isEqualTo("catalogues[0].indicators[1].cap");
    }

    @Test
    void unknownField_isRefusedWithItsLineAndPath() {
        Path file = write(DISTRICT.replace("        cap: 10\n", "        capp: 10\n"));

        CatalogueFileException e = refused(file);

        assertThat(e.line()).isEqualTo(24);
        assertThat(e.field()).isEqualTo("catalogues[0].indicators[1].capp");
        assertThat(e.problems()).singleElement().extracting(FileProblem::code).isEqualTo("UNKNOWN_FIELD");
        assertThat(e.getMessage()).startsWith(file + ":24: catalogues[0].indicators[1].capp: unknown field 'capp'")
                .contains("cap, code, department, kind, method, name_en, name_zh, rule");
    }

    @Test
    void pointsWithThreeDecimals_areRefusedNotRounded() {
        Path file = write(DISTRICT.replace("pointsPerUnit: \"0.5\"", "pointsPerUnit: \"0.125\""));

        CatalogueFileException e = refused(file);

        assertThat(e.getMessage()).isEqualTo(file + ":27: catalogues[0].indicators[1].rule.pointsPerUnit: "
                + "expected a decimal with at most two places, got 0.125");
        assertThat(e.line()).isEqualTo(27);
        assertThat(e.problems()).singleElement().extracting(FileProblem::code).isEqualTo("INVALID_POINTS");
    }

    @Test
    void pointsWrittenAsANumber_areReadExactlyToo() {
        assertThat(reader.read(write(DISTRICT.replace("pointsPerUnit: \"0.5\"", "pointsPerUnit: 0.5"))))
                .isEqualTo(reader.read(write(DISTRICT)));
        CatalogueFileException e = refused(write(DISTRICT.replace("pointsPerUnit: \"0.5\"", "pointsPerUnit: 0.125")));
        assertThat(e.line()).isEqualTo(27);
        assertThat(e.field()).isEqualTo("catalogues[0].indicators[1].rule.pointsPerUnit");
    }

    @Test
    void hugePoints_areRefusedBeforeAnyArithmetic() {
        Path file = write(DISTRICT.replace("        cap: 10\n", "        cap: 1e999999999\n"));

        CatalogueFileException e = refused(file);

        assertThat(e.getMessage()).isEqualTo(file + ":24: catalogues[0].indicators[1].cap: "
                + "expected at most 12 digits before the decimal point, got 1E+999999999");
    }

    @Test
    void notANumber_isAWrongType() {
        Path file = write(DISTRICT.replace("        cap: 10\n", "        cap: ten\n"));

        CatalogueFileException e = refused(file);

        assertThat(e.getMessage())
                .isEqualTo(file + ":24: catalogues[0].indicators[1].cap: expected a decimal number, got 'ten'");
    }

    @Test
    void aListWhereAValueBelongs_isAWrongType() {
        Path file = write(DISTRICT.replace("        cap: 10\n", "        cap: [10]\n"));

        CatalogueFileException e = refused(file);

        assertThat(e.line()).isEqualTo(24);
        assertThat(e.problems()).singleElement().extracting(FileProblem::code).isEqualTo("WRONG_TYPE");
        assertThat(e.getMessage()).endsWith("catalogues[0].indicators[1].cap: expected a decimal number");
    }

    @Test
    void unknownDepartment_isRefusedListingTheKnownOnes() {
        Path file = write(DISTRICT.replace("department: CULTURE", "department: LIBRARY"));

        CatalogueFileException e = refused(file);

        assertThat(e.line()).isEqualTo(23);
        assertThat(e.field()).isEqualTo("catalogues[0].indicators[1].department");
        assertThat(e.problems()).singleElement().extracting(FileProblem::code).isEqualTo("UNKNOWN_VALUE");
        assertThat(e.getMessage()).contains("expected one of PUBLIC_SECURITY, HRSS, EDUCATION")
                .endsWith("got 'LIBRARY'");
    }

    @Test
    void unknownRuleKind_isRefused() {
        Path file = write(DISTRICT.replace("kind: PER_UNIT", "kind: PER_MONTH"));

        CatalogueFileException e = refused(file);

        assertThat(e.line()).isEqualTo(26);
        assertThat(e.field()).isEqualTo("catalogues[0].indicators[1].rule.kind");
        assertThat(e.getMessage()).contains("expected one of FIXED, PER_UNIT, LEVEL, PER_EVENT, RANGE, AGE");
    }

    @Test
    void malformedDate_isRefused() {
        Path file = write(DISTRICT.replace("publishedOn: 2022-06-01", "publishedOn: 2022-13-01"));

        CatalogueFileException e = refused(file);

        assertThat(e.getMessage())
                .isEqualTo(file + ":6: catalogues[0].publishedOn: expected a date (yyyy-mm-dd), got '2022-13-01'");
    }

    @Test
    void missingCap_isReportedAtItsIndicator() {
        Path file = write(DISTRICT.replace("        cap: 10\n", ""));

        CatalogueFileException e = refused(file);

        assertThat(e.getMessage()).isEqualTo(file + ":18: catalogues[0].indicators[1].cap: required, but missing");
        assertThat(e.problems()).singleElement().extracting(FileProblem::code).isEqualTo("MISSING_FIELD");
    }

    @Test
    void malformedDivisionCode_isRefused() {
        Path file = write(DISTRICT.replace("jurisdiction: \"330203\"", "jurisdiction: \"33203\""));

        CatalogueFileException e = refused(file);

        assertThat(e.line()).isEqualTo(3);
        assertThat(e.field()).isEqualTo("catalogues[0].jurisdiction");
        assertThat(e.problems()).singleElement().extracting(FileProblem::code)
                .isEqualTo("INVALID_DIVISION_CODE");
        assertThat(e.getMessage()).contains("'33203' is not a GB/T 2260 division code");
    }

    @Test
    void ruleKindWithMissingParameter_isReportedAtTheRule() {
        Path file = write(DISTRICT.replace("          unit: LOAN\n", ""));

        CatalogueFileException e = refused(file);

        assertThat(e.getMessage()).isEqualTo(file + ":25: catalogues[0].indicators[1].rule.unit: "
                + "a PER_UNIT rule needs unit (it takes pointsPerUnit, unitSize, unit)");
        assertThat(e.problems()).singleElement().extracting(FileProblem::code).isEqualTo("MISSING_PARAMETER");
    }

    @Test
    void parameterOfAnotherKind_isRefused() {
        Path file = write(DISTRICT.replace("          points: 40\n", "          points: 40\n          unit: LOAN\n"));

        CatalogueFileException e = refused(file);

        assertThat(e.getMessage()).isEqualTo(file + ":18: catalogues[0].indicators[0].rule.unit: "
                + "not a parameter of a FIXED rule (it takes points)");
    }

    @Test
    void levelOutsideItsFamily_isRefusedAtItsLine() {
        Path file = write(DISTRICT.replace("          kind: FIXED\n          points: 40\n",
                "          kind: PER_EVENT\n          family: HONOUR\n          table:\n"
                        + "            CITY: 10\n            GALAXY: 40\n"));

        CatalogueFileException e = refused(file);

        assertThat(e.getMessage()).isEqualTo(file + ":20: catalogues[0].indicators[0].rule.table.GALAXY: "
                + "level GALAXY is not a HONOUR level (DISTRICT, CITY, PROVINCE, NATIONAL)");
        assertThat(e.problems()).singleElement().extracting(FileProblem::code).isEqualTo("UNKNOWN_LEVEL");
    }

    @Test
    void severalProblemsOfForm_areReportedTogether() {
        Path file = write(DISTRICT.replace("code: A01", "code: a01")
                .replace("        name_zh: 书香阅读\n", "")
                .replace("pointsPerUnit: \"0.5\"", "pointsPerUnit: \"0.125\""));

        CatalogueFileException e = refused(file);

        assertThat(e.problems())
                .extracting(FileProblem::line, FileProblem::field, FileProblem::code)
                .containsExactly(
                        tuple(8, "catalogues[0].indicators[0].code", "INVALID_INDICATOR_CODE"),
                        tuple(18, "catalogues[0].indicators[1].name_zh", "MISSING_FIELD"),
                        tuple(26, "catalogues[0].indicators[1].rule.pointsPerUnit", "INVALID_POINTS"));
        assertThat(e.getMessage().lines()).hasSize(3);
        assertThat(e.line()).isEqualTo(8);
    }

    @Test
    void tierTotalOf99_isReportedAtTheCatalogue() {
        Path file = write("""
                # a provincial catalogue one point short
                catalogues:
                  - version: 330000-2022
                    jurisdiction: "330000"
                    tier: PROVINCIAL
                    publishedOn: 2022-06-01
                    indicators:
                      - code: P01
                        name_zh: 缴纳社保
                        kind: BONUS
                        method: AUTO
                        department: HRSS
                        cap: 99
                        rule: { kind: FIXED, points: 99 }
                """);

        CatalogueFileException e = refused(file);

        assertThat(e.getMessage()).isEqualTo(file + ":3: 330000-2022: the bonus caps of the "
                + "PROVINCIAL tier add up to 99.00; the tier's maximum is 100.00");
        assertThat(e.field()).isEqualTo("330000-2022");
        assertThat(reader.read(file)).as("parsing alone does not validate").hasSize(1);
    }

    @Test
    void unreachableCap_isReportedAtItsIndicator() {
        Path file = write(DISTRICT.replace(
                "          kind: PER_UNIT\n          pointsPerUnit: \"0.5\"\n          unitSize: 1\n          unit: LOAN\n",
                "          kind: FIXED\n          points: 5\n").replace("method: AUTO", "method: EVIDENCE"));

        CatalogueFileException e = refused(file);

        assertThat(e.getMessage()).isEqualTo(file + ":18: A02: the rule gives at most 5.00, "
                + "it can never reach the cap 10.00");
        assertThat(e.problems()).singleElement().extracting(FileProblem::code).isEqualTo("CAP_UNREACHABLE");
    }

    @Test
    void duplicateCode_isReportedAtItsSecondOccurrence() {
        Path file = write(DISTRICT.replace("code: A02", "code: A01"));

        CatalogueFileException e = refused(file);

        assertThat(e.problems()).extracting(FileProblem::line, FileProblem::field,
                FileProblem::code).containsExactly(tuple(18, "A01", "DUPLICATE_CODE"));
    }

    @Test
    void severalValidationProblems_areReportedTogetherEachAtItsLine() {
        Path file = write("""
                catalogues:
                  - version: 330000-2022
                    jurisdiction: "330000"
                    tier: PROVINCIAL
                    publishedOn: 2022-06-01
                    indicators:
                      - { code: P01, name_zh: 年龄, kind: BONUS, method: AUTO, department: PUBLIC_SECURITY,
                          cap: 99, rule: { kind: FIXED, points: 99 } }
                  - version: 330203-2022
                    jurisdiction: "330203"
                    tier: DISTRICT
                    publishedOn: 2022-06-01
                    indicators:
                      - { code: A01, name_zh: 表彰奖励, kind: BONUS, method: EVIDENCE, department: DISTRICT_OFFICE,
                          cap: 30, rule: { kind: FIXED, points: 30 } }
                      - { code: A02, name_zh: 退役军人, kind: BONUS, method: EVIDENCE, department: VETERANS_AFFAIRS,
                          cap: 10, rule: { kind: FIXED, points: 5 } }
                      - { code: A03, name_zh: 社会治理, kind: BONUS, method: AUTO, department: PUBLIC_SECURITY,
                          cap: 10, rule: { kind: RANGE, min: 0, max: 10 } }
                """);

        CatalogueFileException e = refused(file);

        assertThat(e.problems())
                .extracting(FileProblem::line, FileProblem::field, FileProblem::code)
                .containsExactly(
                        tuple(2, "330000-2022", "TIER_TOTAL"),
                        tuple(16, "A02", "CAP_UNREACHABLE"),
                        tuple(18, "A03", "METHOD_DOES_NOT_FIT_RULE"));
        assertThat(e.getMessage().lines()).containsExactly(
                file + ":2: 330000-2022: the bonus caps of the PROVINCIAL tier add up to 99.00; "
                        + "the tier's maximum is 100.00",
                file + ":16: A02: the rule gives at most 5.00, it can never reach the cap 10.00",
                file + ":18: A03: a RANGE rule cannot be scored AUTO (allowed: MANUAL)");
    }

    @Test
    void overlappingVersionsInOneFile_areReportedAtTheLaterOne() {
        String second = DISTRICT.substring(DISTRICT.indexOf("  - version:"))
                .replace("version: 330203-2022", "version: 330203-2022b");
        Path file = write(DISTRICT + second);

        CatalogueFileException e = refused(file);

        assertThat(e.problems()).extracting(FileProblem::line, FileProblem::field,
                FileProblem::code).contains(tuple(30, "330203-2022b", "OVERLAPPING_VERSIONS"));
    }

    @Test
    void secondYamlDocument_isRefusedWhereItStarts() {
        Path file = write(DISTRICT + "---\ncatalogues: []\n");

        CatalogueFileException e = refused(file);

        assertThat(e.line()).isEqualTo(31);
        assertThat(e.problems()).singleElement().extracting(FileProblem::code).isEqualTo("SECOND_DOCUMENT");
    }

    @Test
    void ageBandThatIsEmpty_isRefusedAtTheBand() {
        Path file = write(DISTRICT.replace("          kind: FIXED\n          points: 40\n",
                "          kind: AGE\n          bands:\n            - { from: 18, to: 40, points: 40 }\n"
                        + "            - { from: 60, to: 55, points: 5 }\n"));

        CatalogueFileException e = refused(file);

        assertThat(e.getMessage()).isEqualTo(file + ":19: catalogues[0].indicators[0].rule.bands[1].from: "
                + "ages 60 to 55 are not a band (0 ≤ from ≤ to)");
    }

    @Test
    void emptyListEntry_isReported() {
        Path file = write(DISTRICT.replace("    indicators:\n", "    indicators:\n      -\n"));

        CatalogueFileException e = refused(file);

        assertThat(e.getMessage()).isEqualTo(file + ":8: catalogues[0].indicators[0]: empty list entry");
    }

    @Test
    void fileThatIsNotUtf8_isRefusedAtTheLineOfTheBadByte() throws IOException {
        Path file = dir.resolve("gbk.yaml");
        byte[] head = "catalogues:\n  - version: 330203-2022\n    title: ".getBytes(StandardCharsets.US_ASCII);
        byte[] gbk = {(byte) 0xBA, (byte) 0xA3, (byte) 0xCA, (byte) 0xEF, '\n'};
        byte[] bytes = new byte[head.length + gbk.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        System.arraycopy(gbk, 0, bytes, head.length, gbk.length);
        Files.write(file, bytes);

        CatalogueFileException e = refused(file);

        assertThat(e.line()).isEqualTo(3);
        assertThat(e.problems()).singleElement().extracting(FileProblem::code).isEqualTo("NOT_UTF8");
    }

    @Test
    void emptyFile_isRefused() {
        CatalogueFileException e = refused(write("# nothing here\n"));

        assertThat(e.line()).isEqualTo(1);
        assertThat(e.problems()).singleElement().extracting(FileProblem::code).isEqualTo("EMPTY_FILE");
    }

    @Test
    void missingFile_isAnIoFailureNotAFileProblem() {
        Path missing = dir.resolve("missing.yaml");

        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> reader.read(missing)))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("missing.yaml");
    }

    private CatalogueFileException refused(Path file) {
        return refused(() -> reader.readValidated(file));
    }

    private static CatalogueFileException refused(ThrowingCallable read) {
        try {
            read.call();
        } catch (CatalogueFileException e) {
            return e;
        } catch (Throwable other) {
            throw new AssertionError("expected a CatalogueFileException, got " + other, other);
        }
        throw new AssertionError("expected the file to be refused");
    }

    private Path write(String text) {
        try {
            Path file = Files.createTempFile(dir, "catalogue-", ".yaml");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
