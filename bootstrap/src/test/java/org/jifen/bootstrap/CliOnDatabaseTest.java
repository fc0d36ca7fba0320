package org.jifen.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jifen.adapters.cli.CliBackend;
import org.jifen.adapters.cli.JifenCli;
import org.jifen.adapters.cli.catalogue.DefaultCatalogue;
import org.jifen.application.JifenUseCases;
import org.jifen.application.memory.InMemoryAdapters;
import org.jifen.application.memory.SettableClock;
import org.jifen.application.port.out.shared.Clock;
import org.jifen.domain.person.IdNumber;
import org.jifen.domain.person.TestIdNumbers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every CLI command end to end through {@link Main#run} — the production composition root, the database
 * adapter — on a temporary H2 file database ({@code --db jdbc:h2:file:<dir>/jifen}, its key file created
 * beside it) with real files. Each {@code Main.run} opens and closes the database, as a separate
 * {@code ./jifen} call would, so every step sees only what the earlier ones committed; one step runs in a
 * JVM of its own under {@code LC_ALL=C}.
 *
 * <p>Where hand values are impractical (a generated district of 300 people), the expected figures come from
 * the same commands run on the same files against the use cases on in-memory adapters
 * ({@link InMemoryBackend}): the database path must give what the in-memory path gives. One statement
 * (张伟, written by this test) is checked by hand.
 */
class CliOnDatabaseTest {

    private static final String NL = System.lineSeparator();
    private static final ObjectMapper JSON = new ObjectMapper();

    static final String ZHANG = TestIdNumbers.number("510102", LocalDate.of(1990, 3, 7), 123);
    static final String LI = TestIdNumbers.number("410304", LocalDate.of(1991, 6, 12), 246);
    static final String WANG = TestIdNumbers.number("420102", LocalDate.of(1985, 11, 30), 468);
    static final String PERSONS_HEADER =
            "id_number,name,phone,permit_number,permit_issuer,permit_valid_from,permit_valid_to,residence_district";
    static final String ZHANG_LINE = ZHANG + ",张伟,13912345678,NB-HS-2024-000815,330203,2024-03-01,2027-02-28,330203";
    static final String LI_LINE = LI + ",李娜,,NB-HS-2024-000816,330203,2024-03-01,2027-02-28,330203";
    static final String WANG_LINE = WANG + ",王强,13787654321,,,,,330203";

    /** The data's date: the generator's default as-of date and the programme's cut-off. */
    static final String AS_OF = "2025-08-31";

    @TempDir
    Path dir;

    /** What one command printed and returned. */
    record Run(int exit, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }

        List<String> errLines() {
            return err.lines().toList();
        }

        @Override
        public String toString() {
            return "exit " + exit + "\nstdout:\n" + out + "\nstderr:\n" + err;
        }
    }

    private String url() {
        return "jdbc:h2:file:" + dir.resolve("jifen");
    }

    /** {@code ./jifen ARGS} through {@link Main#run}, no environment: the H2 file keeps its own key. */
    private static Run main(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, Map.of(), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    /** The same on this test's database. */
    private Run jifen(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--db", url()));
        return main(all.toArray(String[]::new));
    }

    private Path file(String name, String... lines) throws IOException {
        return Files.write(dir.resolve(name), List.of(lines), StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- the operator's walk

    @Test
    void theOperatorsWalk_fromCatalogueToAudit_onOneDatabase() throws Exception {
        InMemoryBackend reference = new InMemoryBackend();

        // catalogue validate: the shipped default catalogue, written out as the operator would
        Path catalogue = dir.resolve("default-catalogue.yaml");
        try (InputStream in = DefaultCatalogue.open()) {
            Files.copy(in, catalogue);
        }
        Run valid = jifen("catalogue", "validate", catalogue.toString());
        assertThat(valid.exit()).as(valid.toString()).isZero();
        assertThat(valid.outLines()).containsExactly(catalogue + ": valid, 3 catalogue versions",
                "  330000-2022  省级共性指标  5 indicators, effective from 2022-07-01",
                "  330200-2022  市级共性指标  12 indicators, effective from 2022-07-01",
                "  330203-2022  区个性指标  7 indicators, effective from 2022-07-01");

        // catalogue validate: a bad file, every problem at its line, exit 1
        Path bad = badCatalogue();
        Run invalid = jifen("catalogue", "validate", bad.toString());
        assertThat(invalid.exit()).isEqualTo(1);
        assertThat(invalid.out()).isEmpty();
        assertThat(invalid.errLines()).containsExactly(
                "TIER_TOTAL: " + bad + ":2: 330000-2022: the bonus caps of the PROVINCIAL tier add up to 99.00; "
                        + "the tier's maximum is 100.00",
                "CAP_UNREACHABLE: " + bad + ":16: A02: the rule gives at most 5.00, it can never reach the cap 10.00",
                "METHOD_DOES_NOT_FIT_RULE: " + bad + ":18: A03: a RANGE rule cannot be scored AUTO (allowed: MANUAL)");
        assertThat(dir.resolve("jifen.mv.db")).as("validate opens no database").doesNotExist();

        // catalogue import, then again: nothing new
        Run imported = jifen("catalogue", "import", catalogue.toString());
        Run again = jifen("catalogue", "import", catalogue.toString());
        assertThat(imported.exit()).as(imported.toString()).isZero();
        assertThat(imported.outLines()).containsExactly("imported 330000-2022, 330200-2022, 330203-2022");
        assertThat(again.outLines()).containsExactly(
                "imported nothing new; already loaded: 330000-2022, 330200-2022, 330203-2022");
        reference.run("catalogue", "import", catalogue.toString());

        // catalogue show: table and JSON, exact values of a few indicators
        Run table = jifen("catalogue", "show", "--district", "330203", "--on", AS_OF);
        assertThat(table.exit()).isZero();
        assertThat(table.outLines()).startsWith("指标体系 海曙区（330203） " + AS_OF, "",
                "省级共性指标 浙江省 版本 330000-2022（2022-07-01起施行）上限 100.00");
        assertThat(table.outLines()).last().isEqualTo("总分上限 300.00");
        assertThat(table.outLines()).anyMatch(l -> l.matches(
                "P04\\s+缴纳社保\\s+加分\\s+系统自动评分\\s+人力社保\\s+30\\.00\\s+每满1月0\\.50分"));
        JsonNode shown = JSON.readTree(jifen("catalogue", "show", "--district", "330203", "--on", AS_OF,
                "--format", "json").out());
        assertThat(shown.get("district").asText()).isEqualTo("330203");
        assertThat(shown.get("maxTotal").asText()).isEqualTo("300.00");
        assertThat(shown.get("tiers")).extracting(t -> t.get("version").asText(), t -> t.get("max").asText(),
                t -> t.get("indicators").size()).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("330000-2022", "100.00", 5),
                        org.assertj.core.groups.Tuple.tuple("330200-2022", "150.00", 12),
                        org.assertj.core.groups.Tuple.tuple("330203-2022", "50.00", 7));
        JsonNode p05 = indicator(shown, "P05");
        assertThat(p05.get("method").asText()).isEqualTo("AUTO");
        assertThat(p05.get("department").asText()).isEqualTo("PUBLIC_SECURITY");
        assertThat(p05.get("cap").asText()).isEqualTo("30.00");
        assertThat(p05.get("rule").asText()).isEqualTo("PER_UNIT");
        assertThat(indicator(shown, "HS03").get("cap").asText()).isEqualTo("8.00");
        assertThat(indicator(shown, "M92").get("kind").asText()).isEqualTo("DEDUCTION");

        // calendar load: the shipped years
        Run calendar = jifen("calendar", "load");
        assertThat(calendar.outLines()).containsExactly("loaded 2024, 2025, 2026; the calendar covers 2024, 2025, 2026");
        reference.run("calendar", "load");

        // persons import with a bad line: refused whole, the line named, nothing imported …
        Path badPersons = file("persons-bad.csv", PERSONS_HEADER, ZHANG_LINE,
                TestIdNumbers.withWrongCheck(LI) + LI_LINE.substring(18), WANG_LINE);
        Run refused = jifen("persons", "import", badPersons.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.errLines()).containsExactly("INVALID_ID_NUMBER: " + badPersons
                + ":3: id_number: check character does not match (ISO 7064 MOD 11-2)");
        assertThat(count("person")).isZero();
        // … so the good file imports every line (张伟 of line 2 would be PERSON_EXISTS otherwise)
        Path handPersons = file("persons-hand.csv", PERSONS_HEADER, ZHANG_LINE, LI_LINE, WANG_LINE);
        Run hand = jifen("persons", "import", handPersons.toString());
        assertThat(hand.outLines()).as(hand.toString()).containsExactly("imported 3 persons from " + handPersons);
        reference.run("persons", "import", handPersons.toString());

        // generate a small district, import it
        Path districtDir = dir.resolve("district");
        Run generated = main("generate", "--people", "300", "--seed", "7", "--out", districtDir.toString());
        assertThat(generated.exit()).as(generated.toString()).isZero();
        assertThat(generated.outLines()).singleElement().asString().startsWith("generated 300 persons, ");
        Path persons = districtDir.resolve("persons.csv");
        Path households = districtDir.resolve("households.csv");
        Path systemData = districtDir.resolve("system-data.csv");
        Path candidates = districtDir.resolve("candidates.csv");
        List<String[]> personLines = csv(persons);
        Run personsRun = jifen("persons", "import", persons.toString());
        Run householdsRun = jifen("households", "import", households.toString());
        Run systemDataRun = jifen("system-data", "import", systemData.toString());
        assertThat(personsRun.outLines()).as(personsRun.toString()).containsExactly("imported 300 persons from " + persons);
        assertThat(householdsRun.outLines()).as(householdsRun.toString())
                .containsExactly("added " + csv(households).size() + " household members from " + households);
        assertThat(systemDataRun.outLines()).as(systemDataRun.toString())
                .containsExactly("recorded " + csv(systemData).size() + " system-data records from " + systemData);
        assertThat(count("person")).isEqualTo(303);
        Path handData = file("system-data-hand.csv", "id_number,indicator,quantity,as_of", ZHANG + ",P04,45," + AS_OF,
                ZHANG + ",P05,70," + AS_OF, ZHANG + ",HS03,40," + AS_OF);
        assertThat(jifen("system-data", "import", handData.toString()).outLines())
                .containsExactly("recorded 3 system-data records from " + handData);
        for (Path file : List.of(persons, households, systemData, handData)) {
            reference.run(file == persons ? "persons" : file == households ? "households" : "system-data", "import",
                    file.toString());
        }

        // score district: every resident, as the in-memory use cases score them
        long residents = 3 + personLines.stream().filter(l -> l[7].equals("330203")).count();
        Run scored = jifen("score", "district", "--district", "330203", "--on", AS_OF);
        Run expectedScored = reference.run("score", "district", "--district", "330203", "--on", AS_OF);
        assertThat(scored.exit()).as(scored.toString()).isZero();
        assertThat(scored.outLines()).singleElement().asString()
                .startsWith("scored 海曙区 (330203) on " + AS_OF + ": " + residents + " residents, ");
        assertThat(scored.out()).isEqualTo(expectedScored.out());
        assertThat(jifen("score", "district", "--district", "330203", "--on", AS_OF).outLines()).containsExactly(
                "scored 海曙区 (330203) on " + AS_OF + ": " + residents + " residents, 0 with new entries, 0 entries posted");

        // score show: 张伟 by hand — P01 20 (35 years old), P04 45 months × 0.50, P05 70 × 0.25, HS03 3 full years
        Run zhang = jifen("score", "show", "--id-number", ZHANG, "--district", "330203", "--on", AS_OF);
        String masked = IdNumber.parse(ZHANG).masked();
        assertThat(zhang.exit()).isZero();
        assertThat(zhang.outLines().get(0)).matches("积分明细  张\\*  " + masked.replace("*", "\\*") + "  \\(PER-[0-9a-f-]{36}\\)");
        assertThat(zhang.outLines()).contains("【省级共性指标】浙江省 版本 330000-2022  认可",
                "  小计 60.00（加分 60.00，扣分 0.00，加分上限 100.00）",
                "  小计 0.00（加分 0.00，扣分 0.00，加分上限 150.00）",
                "  小计 3.00（加分 3.00，扣分 0.00，加分上限 50.00）",
                "扣分合计 0.00", "总分 63.00 / 300.00");
        assertThat(zhang.outLines()).anyMatch(l -> l.matches("\\s+P04\\s+缴纳社保\\s+22\\.50\\s+30\\.00\\s+1"))
                .anyMatch(l -> l.matches("\\s+HS03\\s+居住登记\\s+3\\.00\\s+8\\.00\\s+1"));
        assertThat(zhang.out()).doesNotContain(ZHANG).doesNotContain("张伟");
        JsonNode statement = JSON.readTree(jifen("score", "show", "--id-number", ZHANG, "--district", "330203",
                "--on", AS_OF, "--format", "json").out());
        assertThat(statement.get("total").asText()).isEqualTo("63.00");
        assertThat(statement.get("idNumber").asText()).isEqualTo(masked);
        assertThat(statement.get("tiers")).extracting(t -> t.get("subtotal").asText())
                .containsExactly("60.00", "0.00", "3.00");
        JsonNode p04 = statement.get("tiers").get(0).get("indicators").get(3);
        assertThat(p04.get("code").asText()).isEqualTo("P04");
        assertThat(p04.get("balance").asText()).isEqualTo("22.50");
        assertThat(p04.get("entries")).singleElement().satisfies(e -> {
            assertThat(e.get("points").asText()).isEqualTo("22.50");
            assertThat(e.get("reason").asText()).isEqualTo("AWARD");
            assertThat(e.get("effectiveOn").asText()).isEqualTo(AS_OF);
        });

        // score show: generated residents, as the in-memory use cases compute them
        List<String> sample = personLines.stream().filter(l -> l[7].equals("330203")).limit(4).map(l -> l[0]).toList();
        for (String id : sample) {
            String[] show = {"score", "show", "--id-number", id, "--district", "330203", "--on", AS_OF, "--format", "csv"};
            Run onDatabase = jifen(show);
            assertThat(onDatabase.exit()).as(onDatabase.toString()).isZero();
            assertThat(onDatabase.out()).as(IdNumber.parse(id).masked()).isEqualTo(reference.run(show).out());
        }

        // rounds run: the generated programme (cut-off AS_OF) and candidates; the results file as in memory
        Path results = dir.resolve("results.csv");
        Path expectedResults = dir.resolve("results-in-memory.csv");
        Run round = jifen("rounds", "run", "--programme", districtDir.resolve("programme.yaml").toString(),
                "--candidates", candidates.toString(), "--out", results.toString());
        reference.run("rounds", "run", "--programme", districtDir.resolve("programme.yaml").toString(),
                "--candidates", candidates.toString(), "--out", expectedResults.toString());
        assertThat(round.exit()).as(round.toString()).isZero();
        assertThat(round.err()).isEmpty();
        List<String> resultLines = Files.readAllLines(results, StandardCharsets.UTF_8);
        List<String[]> candidateLines = csv(candidates);
        assertThat(resultLines.get(0)).isEqualTo("rank,applicant_id_number_masked,beneficiary_name,score,place");
        assertThat(resultLines).hasSize(candidateLines.size() + 1);
        assertThat(resultLines.subList(1, resultLines.size()))
                .allMatch(l -> l.matches("\\d+,\\d{6}\\*{8}\\d{3}[\\dX],[^,]+,\\d+\\.\\d{2},(S330203-[A-Z]+)?"), "masked");
        assertThat(resultLines).isEqualTo(Files.readAllLines(expectedResults, StandardCharsets.UTF_8));
        for (String[] candidate : candidateLines) {
            assertThat(round.out() + String.join("\n", resultLines)).doesNotContain(candidate[0]).doesNotContain(candidate[1]);
        }
        long placed = resultLines.stream().skip(1).filter(l -> !l.endsWith(",")).count();
        assertThat(placed).isPositive();
        assertThat(round.outLines()).last().isEqualTo(placed + " of " + candidateLines.size()
                + " placed; results written to " + results);

        // clear: a placed family's points cleared, its entitlements revoked; the score is 0 all along
        Map<String, String> applicantsByMasked = candidateLines.stream().collect(Collectors.toMap(
                c -> IdNumber.parse(c[0]).masked(), c -> c[0], (a, b) -> a.equals(b) ? a : "", LinkedHashMap::new));
        String[] placedLine = resultLines.stream().skip(1).filter(l -> !l.endsWith(","))
                .map(l -> l.split(",", -1)).filter(l -> !applicantsByMasked.getOrDefault(l[1], "").isEmpty())
                .findFirst().orElseThrow();
        String cleared = applicantsByMasked.get(placedLine[1]);
        long seats = resultLines.stream().skip(1).map(l -> l.split(",", -1))
                .filter(l -> l[1].equals(placedLine[1]) && !l[4].isEmpty()).count();
        Run clear = jifen("clear", "--id-number", cleared, "--case", "HS-GA-2025-0173", "--reason", "入学材料系伪造");
        assertThat(clear.exit()).as(clear.toString()).isZero();
        assertThat(clear.outLines()).singleElement().asString().matches("cleared " + placedLine[1].replace("*", "\\*")
                + " \\(PER-[0-9a-f-]{36}\\) under case HS-GA-2025-0173: \\d+ clearing entries, " + seats
                + " entitlements? revoked, credit record sent");
        String expectedClear = reference.run("clear", "--id-number", cleared, "--case", "HS-GA-2025-0173", "--reason",
                "入学材料系伪造").out();
        assertThat(clear.out().replaceAll("\\(PER-[^)]*\\)", "(…)")).isEqualTo(expectedClear.replaceAll("\\(PER-[^)]*\\)", "(…)"));
        assertThat(jifen("score", "show", "--id-number", cleared, "--district", "330203", "--on", AS_OF).outLines())
                .contains("总分 0.00 / 300.00");
        assertThat(count("entitlement WHERE revoked_at IS NOT NULL")).isEqualTo(seats);

        // audit verify: the chain holds, every event counted, as many as in memory
        Run verify = jifen("audit", "verify");
        assertThat(verify.exit()).as(verify.toString()).isZero();
        assertThat(verify.outLines()).containsExactly("audit chain valid: " + count("audit_event") + " events");
        assertThat(verify.out()).isEqualTo(reference.run("audit", "verify").out());

        // another process, whose platform charset is ASCII, sees the same data and prints UTF-8
        String[] show = {"score", "show", "--id-number", ZHANG, "--district", "330203", "--on", AS_OF, "--db", url()};
        String inProcess = main(show).out();
        String separate = otherProcess(show);
        assertThat(separate.replaceAll("截至 \\S+", "截至 …")).isEqualTo(inProcess.replaceAll("截至 \\S+", "截至 …"));
        assertThat(separate).contains("总分 63.00 / 300.00", "【区个性指标】海曙区 版本 330203-2022  认可");
    }

    // ---------------------------------------------------------------- imports, usage, demo

    @Test
    void personsImportWithSkipBad_importsTheGoodLines_andReportsTheSkippedOne() throws Exception {
        Path persons = file("persons.csv", PERSONS_HEADER, ZHANG_LINE, LI_LINE,
                WANG + ",王强,13787654321,,,,,330299");

        Run run = jifen("persons", "import", persons.toString(), "--skip-bad");
        Run li = jifen("score", "show", "--id-number", LI, "--district", "330203", "--on", AS_OF);
        Run wang = jifen("score", "show", "--id-number", WANG, "--district", "330203", "--on", AS_OF);

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.outLines()).containsExactly("imported 2 persons from " + persons + "; skipped 1 bad line");
        assertThat(run.errLines()).containsExactly("SKIPPED UNKNOWN_DIVISION: " + persons
                + ":4: residence_district: division: 330299 is not a known administrative division");
        assertThat(count("person")).isEqualTo(2);
        assertThat(li.exit()).isZero();
        assertThat(li.outLines()).contains("总分 0.00 / 300.00");
        assertThat(wang.exit()).isEqualTo(1);
        assertThat(wang.errLines()).containsExactly("PERSON_NOT_FOUND: no person is registered with ID number "
                + IdNumber.parse(WANG).masked());
    }

    @Test
    void badUsage_exitsWithTwo_andOpensNoDatabase() throws IOException {
        Path persons = file("persons.csv", PERSONS_HEADER, ZHANG_LINE);

        Run unknownOption = jifen("persons", "import", persons.toString(), "--bogus");
        Run missingFile = jifen("persons", "import", dir.resolve("missing.csv").toString());
        Run missingOption = jifen("score", "district");
        Run badDate = jifen("score", "show", "--id-number", ZHANG, "--district", "330203", "--on", "31.08.2025");
        Run unknownCommand = jifen("persons", "export");

        assertThat(unknownOption.exit()).isEqualTo(2);
        assertThat(unknownOption.err()).startsWith("Unknown option: '--bogus'" + NL + "Usage: jifen persons import");
        assertThat(missingFile.exit()).isEqualTo(2);
        assertThat(missingFile.err()).startsWith("FILE_NOT_FOUND: " + dir.resolve("missing.csv") + ": no such file" + NL);
        assertThat(missingOption.exit()).isEqualTo(2);
        assertThat(missingOption.err()).startsWith("Missing required option: '--district=D'");
        assertThat(badDate.exit()).isEqualTo(2);
        assertThat(badDate.err()).contains("'31.08.2025' is not a date (yyyy-mm-dd)");
        assertThat(unknownCommand.exit()).isEqualTo(2);
        assertThat(unknownOption.out() + missingFile.out() + missingOption.out() + badDate.out() + unknownCommand.out())
                .isEmpty();
        assertThat(dir.resolve("jifen.mv.db")).doesNotExist();
        assertThat(dir.resolve("jifen.key")).doesNotExist();
    }

    @Test
    void demo_runsThroughMain_onADatabaseOfItsOwn_inChinese() {
        Run demo = jifen("demo");

        assertThat(demo.exit()).as(demo.toString()).isZero();
        assertThat(demo.err()).isEmpty();
        assertThat(demo.out()).contains("══ 一、导入指标体系与工作日历（2025-09-15）", "══ 三、系统自动评分（2025-09-15）",
                "$ jifen score district --district 330203 --on 2025-09-15" + NL + "scored 海曙区 (330203) on 2025-09-15: ",
                "══ 八、积分明细（2025-10-13）", "【省级共性指标】浙江省 版本 330000-2022  认可",
                "══ 九、义务教育积分入学（海曙区）（2025-10-20）", "1 entitlement revoked, credit record sent",
                "══ 十一、审计链校验（2025-11-03）", "演示完成：所有数据均为合成数据，保存在演示专用的数据库中。");
        assertThat(demo.outLines()).filteredOn(l -> l.startsWith("总分 ")).hasSizeGreaterThanOrEqualTo(4)
                .allMatch(l -> l.matches("总分 \\d+\\.\\d{2} / 300\\.00"));
        assertThat(demo.out()).doesNotContainPattern("(?<!\\d)\\d{17}[\\dX](?!\\d)").doesNotContain("jifen-demo-");
        assertThat(dir.resolve("jifen.mv.db")).as("the demo ignores --db").doesNotExist();
    }

    // ---------------------------------------------------------------- helpers

    private static JsonNode indicator(JsonNode catalogue, String code) {
        for (JsonNode tier : catalogue.get("tiers")) {
            for (JsonNode indicator : tier.get("indicators")) {
                if (indicator.get("code").asText().equals(code)) {
                    return indicator;
                }
            }
        }
        throw new AssertionError("no indicator " + code);
    }

    /** A catalogue with three problems at lines 2, 16 and 18. */
    private Path badCatalogue() throws IOException {
        return Files.writeString(dir.resolve("bad-catalogue.yaml"), """
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
                """, StandardCharsets.UTF_8);
    }

    /** The data lines of a generated CSV file (no quoted cells in these), split into cells. */
    private static List<String[]> csv(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().skip(1).filter(l -> !l.isBlank())
                .map(l -> l.split(",", -1)).toList();
    }

    /** Rows of this test's database (plain JDBC between two commands, when no session holds it). */
    private long count(String tableAndCondition) throws Exception {
        try (Connection connection = DriverManager.getConnection(url() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + tableAndCondition)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** {@code jifen ARGS} in a JVM of its own (this test's classpath) under {@code LC_ALL=C}; its stdout as UTF-8. */
    private String otherProcess(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(Arrays.asList(args));
        Path stderr = dir.resolve("other-process.err");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectError(stderr.toFile());
        builder.environment().remove(DatabaseSettings.KEY_VARIABLE);
        builder.environment().remove(DatabaseSettings.KEY_FILE_VARIABLE);
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().put("LANG", "C");
        builder.environment().put("LC_ALL", "C");
        Process process = builder.start();
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        try (InputStream in = process.getInputStream()) {
            in.transferTo(stdout);
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("jifen " + String.join(" ", args) + " did not end within 60 s");
        }
        assertThat(process.exitValue()).as(Files.readString(stderr, StandardCharsets.UTF_8)).isZero();
        return stdout.toString(StandardCharsets.UTF_8);
    }

    /**
     * The same commands on the use cases over in-memory adapters (one set of ports, as one database), on a clock
     * standing after the data's date: the figures the database path must give.
     */
    private static final class InMemoryBackend implements CliBackend {

        private final SettableClock clock = SettableClock.at(LocalDate.of(2025, 12, 1));
        private final JifenUseCases jifen = JifenUseCases.wire(new InMemoryAdapters(clock).ports());

        Run run(String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exit = JifenCli.commandLine(this, new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
            Run run = new Run(exit, out.toString(), err.toString());
            assertThat(exit).as("in memory: " + String.join(" ", args) + "\n" + run).isZero();
            return run;
        }

        @Override
        public Session open(Optional<String> jdbcUrl) {
            return Session.of(jifen, clock);
        }

        @Override
        public Session openDemo(Clock demoClock) {
            throw new UnsupportedOperationException("not used here");
        }
    }
}
