package org.jifen.adapters.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jifen.adapters.cli.generate.DistrictGenerator;
import org.jifen.adapters.cli.generate.GeneratedDistrict;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.person.IdNumber;
import org.jifen.domain.person.Person;
import org.jifen.domain.person.TestIdNumbers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command end to end: real files, one in-memory database per test, exit codes and exact output. */
class CommandsTest {

    static final DivisionCode HAISHU = DivisionCode.of("330203");
    static final String ZHANG = TestIdNumbers.number("510102", LocalDate.of(1990, 3, 7), 123);
    static final String LI = TestIdNumbers.number("410304", LocalDate.of(1991, 6, 12), 246);
    static final String WANG = TestIdNumbers.number("420102", LocalDate.of(1985, 11, 30), 468);
    static final String CHILD = TestIdNumbers.number("330203", LocalDate.of(2019, 5, 1), 357);
    static final String PERSONS_HEADER =
            "id_number,name,phone,permit_number,permit_issuer,permit_valid_from,permit_valid_to,residence_district";

    @TempDir
    Path dir;

    private final CliHarness cli = new CliHarness();

    private Path file(String name, String... lines) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, List.of(lines), StandardCharsets.UTF_8);
        return file;
    }

    private Path persons() throws IOException {
        return file("persons.csv", PERSONS_HEADER,
                ZHANG + ",张伟,13912345678,NB-HS-2024-000815,330203,2024-03-01,2027-02-28,330203",
                LI + ",李娜,,NB-HS-2024-000816,330203,2024-03-01,2027-02-28,330203",
                WANG + ",王强,13787654321,,,,,330203");
    }

    private void setUpCataloguesAndPersons() throws IOException {
        assertThat(cli.run("calendar", "load").exit()).isZero();
        Path catalogue = dir.resolve("catalogue.yaml");
        try (var in = org.jifen.adapters.cli.catalogue.DefaultCatalogue.open()) {
            Files.copy(in, catalogue);
        }
        assertThat(cli.run("catalogue", "import", catalogue.toString()).exit()).isZero();
        assertThat(cli.run("persons", "import", persons().toString()).exit()).isZero();
    }

    // ---------------------------------------------------------------- persons import

    @Test
    void personsImport_registersEveryLine() throws IOException {
        Path file = persons();

        CliHarness.Run run = cli.run("persons", "import", file.toString(), "--db", "jdbc:h2:mem:x");

        assertThat(run.exit()).isZero();
        assertThat(run.outLines()).containsExactly("imported 3 persons from " + file);
        assertThat(cli.lastDb).contains("jdbc:h2:mem:x");
        List<Person> stored = cli.adapters.persons().findByDistrict(HAISHU);
        assertThat(stored).extracting(Person::name).containsExactlyInAnyOrder("张伟", "李娜", "王强");
        Person zhang = cli.adapters.persons().findByIdNumber(IdNumber.parse(ZHANG)).orElseThrow();
        assertThat(zhang.phone().orElseThrow().value()).isEqualTo("13912345678");
        assertThat(zhang.permit().orElseThrow().validTo()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(cli.adapters.persons().findByIdNumber(IdNumber.parse(WANG)).orElseThrow().permit()).isEmpty();
    }

    @Test
    void personsImport_withABadLine_isRefusedNamingTheLine_andNothingIsImported() throws IOException {
        String bad = TestIdNumbers.withWrongCheck(LI);
        Path file = file("persons.csv", PERSONS_HEADER,
                ZHANG + ",张伟,13912345678,NB-HS-2024-000815,330203,2024-03-01,2027-02-28,330203",
                bad + ",李娜,,NB-HS-2024-000816,330203,2024-03-01,2027-02-28,330203",
                WANG + ",王强,12345,,,,,330299");

        CliHarness.Run run = cli.run("persons", "import", file.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly(
                "INVALID_ID_NUMBER: " + file + ":3: id_number: check character does not match (ISO 7064 MOD 11-2)",
                "INVALID_PHONE: " + file + ":4: phone: an 11-digit mobile number or a landline with area code expected",
                "UNKNOWN_DIVISION: " + file + ":4: residence_district: division: 330299 is not a known "
                        + "administrative division");
        assertThat(run.err()).doesNotContain(bad);
        assertThat(cli.adapters.persons().findByDistrict(HAISHU)).isEmpty();
        assertThat(cli.adapters.auditLog().all()).isEmpty();
    }

    @Test
    void personsImport_withSkipBad_importsTheGoodLines_andReportsTheSkippedOnes() throws IOException {
        Path file = file("persons.csv", PERSONS_HEADER,
                ZHANG + ",张伟,13912345678,NB-HS-2024-000815,330203,2024-03-01,2027-02-28,330203",
                ZHANG + ",张伟,13912345678,NB-HS-2024-000815,330203,2024-03-01,2027-02-28,330203",
                LI + ",李娜,,NB-HS-2024-000816,330203,2024-03-01,2027-02-28,330203");

        CliHarness.Run run = cli.run("persons", "import", file.toString(), "--skip-bad");

        assertThat(run.exit()).isZero();
        assertThat(run.outLines()).containsExactly("imported 2 persons from " + file + "; skipped 1 bad line");
        assertThat(run.errLines()).containsExactly("SKIPPED DUPLICATE_ID_NUMBER: " + file + ":3: id_number: ID number "
                + IdNumber.parse(ZHANG).masked() + " is also on line 2");
        assertThat(cli.adapters.persons().findByDistrict(HAISHU)).extracting(Person::name)
                .containsExactlyInAnyOrder("张伟", "李娜");
    }

    @Test
    void personsImport_ofAPersonAlreadyRegistered_isRefusedOnItsLine() throws IOException {
        assertThat(cli.run("persons", "import", persons().toString()).exit()).isZero();
        Path again = file("again.csv", PERSONS_HEADER, CHILD + ",张小宝,,,,,,330203",
                LI + ",李娜,,,,,,330203");

        CliHarness.Run run = cli.run("persons", "import", again.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString().startsWith("PERSON_EXISTS: " + again
                + ":3: id_number: ID number " + IdNumber.parse(LI).masked() + " is already registered as PER-");
        assertThat(cli.adapters.persons().findByIdNumber(IdNumber.parse(CHILD))).isEmpty();
    }

    @Test
    void aWrongHeader_isRefusedOnLineOne() throws IOException {
        Path file = file("persons.csv", "id_number,name,phone", ZHANG + ",张伟,");

        CliHarness.Run run = cli.run("persons", "import", file.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).first().asString().startsWith("MISSING_COLUMN: " + file
                + ":1: permit_number: the header has no column 'permit_number'");
    }

    @Test
    void aQuoteLeftOpenInTheHeader_isRefusedAsCsvSyntaxNamingALine_notAsAnUnreadableFile() throws IOException {
        // found by HostileCsvFilesProperties: the header's syntax error escaped as FILE_UNREADABLE, with no line
        Path file = file("persons.csv", "\"" + PERSONS_HEADER,
                ZHANG + ",张伟,13912345678,NB-HS-2024-000815,330203,2024-03-01,2027-02-28,330203");

        CliHarness.Run run = cli.run("persons", "import", file.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString().isEqualTo("CSV_SYNTAX: " + file
                + ":3: not valid CSV: Missing closing quote for value");
        assertThat(run.err()).doesNotContain("FILE_UNREADABLE", ZHANG);
        assertThat(cli.adapters.persons().findByDistrict(HAISHU)).isEmpty();
        assertThat(cli.adapters.auditLog().all()).isEmpty();
    }

    @Test
    void everyCommand_answersHelp() {
        for (String command : List.of("catalogue show", "catalogue validate", "catalogue import", "calendar load",
                "persons import", "households import", "system-data import", "score show", "score district",
                "rounds run", "clear", "audit verify", "generate", "demo", "persons")) {
            List<String> args = new java.util.ArrayList<>(List.of(command.split(" ")));
            args.add("--help");

            CliHarness.Run help = cli.run(args.toArray(String[]::new));

            assertThat(help.exit()).as(command).isZero();
            assertThat(help.out()).as(command).startsWith("Usage: jifen " + command + " ").contains("-h, --help");
        }
        assertThat(cli.demoSessions).isZero();
    }

    @Test
    void usageErrors_exitWithTwo() {
        assertThat(cli.run("persons", "import").exit()).isEqualTo(2);
        assertThat(cli.run("persons", "import", dir.resolve("missing.csv").toString()).exit()).isEqualTo(2);
        assertThat(cli.run("persons", "import", "x.csv", "--bogus").exit()).isEqualTo(2);
        assertThat(cli.run("nonsense").exit()).isEqualTo(2);
        assertThat(cli.run("persons").exit()).isEqualTo(2);
        assertThat(cli.run("score", "show", "--id-number", ZHANG, "--district", "33").exit()).isEqualTo(2);
        CliHarness.Run missing = cli.run("persons", "import", dir.resolve("missing.csv").toString());
        assertThat(missing.err()).contains("FILE_NOT_FOUND: " + dir.resolve("missing.csv") + ": no such file");
    }

    // ---------------------------------------------------------------- catalogue and calendar

    @Test
    void catalogueValidateImportAndShow() throws IOException {
        Path catalogue = dir.resolve("catalogue.yaml");
        try (var in = org.jifen.adapters.cli.catalogue.DefaultCatalogue.open()) {
            Files.copy(in, catalogue);
        }

        CliHarness.Run validate = cli.run("catalogue", "validate", catalogue.toString());
        CliHarness.Run imported = cli.run("catalogue", "import", catalogue.toString());
        CliHarness.Run again = cli.run("catalogue", "import", catalogue.toString());
        CliHarness.Run show = cli.run("catalogue", "show", "--district", "330203", "--on", "2025-09-30");
        CliHarness.Run json = cli.run("catalogue", "show", "--format", "json");

        assertThat(validate.exit()).isZero();
        assertThat(validate.outLines()).first().isEqualTo(catalogue + ": valid, 3 catalogue versions");
        assertThat(imported.outLines()).containsExactly("imported 330000-2022, 330200-2022, 330203-2022");
        assertThat(again.outLines()).containsExactly(
                "imported nothing new; already loaded: 330000-2022, 330200-2022, 330203-2022");
        assertThat(show.exit()).isZero();
        assertThat(show.outLines()).contains("指标体系 海曙区（330203） 2025-09-30", "总分上限 300.00");
        assertThat(show.outLines()).anyMatch(l -> l.matches("P04\\s+缴纳社保\\s+加分\\s+系统自动评分\\s+人力社保\\s+30\\.00\\s+"
                + "每满1月0\\.50分"));
        assertThat(json.out()).contains("\"district\" : \"330203\"", "\"on\" : \"2025-09-30\"", "\"code\" : \"HS07\"",
                "\"maxTotal\" : \"300.00\"");
        assertThat(cli.adapters.catalogues().findAll()).hasSize(3);
    }

    @Test
    void catalogueValidate_ofABadFile_listsEveryProblemWithItsLine() throws IOException {
        Path catalogue = file("bad.yaml", "catalogues:", "  - version: x", "    bogus: 1");

        CliHarness.Run run = cli.run("catalogue", "validate", catalogue.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).first().asString().startsWith("UNKNOWN_FIELD: " + catalogue + ":3: ");
    }

    @Test
    void calendarLoad_loadsTheShippedYears_orAFile() throws IOException {
        CliHarness.Run shipped = cli.run("calendar", "load");
        boolean springFestivalMondayWorkedBefore = cli.adapters.calendar().calendar()
                .isWorkingDay(LocalDate.of(2026, 2, 16));
        Path file = file("cal.yaml", "years:", "  - year: 2026", "    holidays:", "      - name: 元旦",
                "        from: 2026-01-01", "        to: 2026-01-03", "    makeUpWorkdays: []");
        CliHarness.Run loaded = cli.run("calendar", "load", file.toString());

        assertThat(shipped.outLines()).containsExactly("loaded 2024, 2025, 2026; the calendar covers 2024, 2025, 2026");
        assertThat(loaded.outLines()).containsExactly("loaded 2026 (replaced 2026); the calendar covers 2024, 2025, 2026");
        assertThat(springFestivalMondayWorkedBefore).as("Monday 16 February 2026 is 春节 in the shipped year").isFalse();
        assertThat(cli.adapters.calendar().calendar().isWorkingDay(LocalDate.of(2026, 2, 16)))
                .as("the replacement 2026 has only 元旦").isTrue();
    }

    @Test
    void calendarLoadHelp_namesTheYearsTheShippedFileHolds() {
        CliHarness.Run help = cli.run("calendar", "load", "--help");

        String years = String.join(", ", org.jifen.adapters.cli.calendar.DefaultCalendar.load().stream()
                .map(year -> String.valueOf(year.year())).toList());
        assertThat(years).isEqualTo(org.jifen.adapters.cli.calendar.LoadCalendarCliCommand.SHIPPED_YEARS);
        assertThat(help.out().replaceAll("\\s+", " ")).contains("(china-working-days.yaml: " + years + ") is loaded.");
    }

    // ---------------------------------------------------------------- system data, score, clearing, audit

    @Test
    void systemDataImport_thenScoreShow_printsTheStatementMasked() throws IOException {
        setUpCataloguesAndPersons();
        Path data = file("system-data.csv", "id_number,indicator,quantity,as_of", ZHANG + ",P04,45,2025-08-31",
                ZHANG + ",P05,70,2025-08-31", ZHANG + ",HS03,40,2025-08-31");
        CliHarness.Run recorded = cli.run("system-data", "import", data.toString());
        cli.jifen.scoreDistrict().score(new org.jifen.application.port.in.ledger.ScoreDistrictCommand(
                org.jifen.domain.access.Caller.of("admin", org.jifen.domain.access.Role.ADMIN,
                        DivisionCode.of("330000")), HAISHU, LocalDate.of(2025, 9, 30)));

        CliHarness.Run table = cli.run("score", "show", "--id-number", ZHANG, "--district", "330203");
        CliHarness.Run json = cli.run("score", "show", "--id-number", ZHANG, "--district", "330203", "--on",
                "2025-09-30", "--format", "json");
        CliHarness.Run csv = cli.run("score", "show", "--id-number", ZHANG, "--district", "330203", "--format", "csv");

        assertThat(recorded.outLines()).containsExactly("recorded 3 system-data records from " + data);
        assertThat(table.exit()).isZero();
        // P01 age 35 → 20; P04 45 × 0.5 = 22.50; P05 70 × 0.25 = 17.50; HS03 3 × 1 = 3
        assertThat(table.outLines()).contains("积分明细  张*  " + IdNumber.parse(ZHANG).masked() + "  (PER-000001)",
                "总分 63.00 / 300.00");
        assertThat(table.outLines()).anyMatch(l -> l.matches("\\s+P04\\s+缴纳社保\\s+22\\.50\\s+30\\.00\\s+1"));
        assertThat(table.out()).doesNotContain(ZHANG).doesNotContain("张伟");
        assertThat(json.out()).contains("\"total\" : \"63.00\"", "\"name\" : \"张*\"");
        assertThat(csv.outLines()).contains("PROVINCIAL,330000,true,P05,居住时间,17.50,30.00",
                "TOTAL,330203,true,,总分,63.00,300.00");
    }

    @Test
    void scoreDistrict_scoresEveryResidentFromSystemData_andAgainPostsNothing() throws IOException {
        setUpCataloguesAndPersons();
        Path data = file("system-data.csv", "id_number,indicator,quantity,as_of", ZHANG + ",P04,45,2025-08-31",
                ZHANG + ",P05,70,2025-08-31", ZHANG + ",HS03,40,2025-08-31");
        assertThat(cli.run("system-data", "import", data.toString()).exit()).isZero();

        CliHarness.Run scored = cli.run("score", "district", "--district", "330203", "--on", "2025-09-30");
        CliHarness.Run again = cli.run("score", "district", "--district", "330203");
        CliHarness.Run statement = cli.run("score", "show", "--id-number", ZHANG, "--district", "330203", "--on",
                "2025-09-30", "--format", "csv");

        // 张伟: P01 20 (35 years), P04 45 × 0.50, P05 70 × 0.25, HS03 3 full years × 1; 李娜 and 王强: P01 only
        assertThat(scored.exit()).isZero();
        assertThat(scored.err()).isEmpty();
        assertThat(scored.outLines()).containsExactly(
                "scored 海曙区 (330203) on 2025-09-30: 3 residents, 3 with new entries, 6 entries posted");
        assertThat(again.outLines()).containsExactly(
                "scored 海曙区 (330203) on 2025-09-30: 3 residents, 0 with new entries, 0 entries posted");
        assertThat(cli.adapters.persons().findByDistrict(HAISHU).stream()
                .mapToInt(p -> cli.adapters.ledgers().load(p.id()).entries().size()).sum()).isEqualTo(6);
        assertThat(statement.outLines()).contains("PROVINCIAL,330000,true,P01,年龄,20.00,20.00",
                "PROVINCIAL,330000,true,P04,缴纳社保,22.50,30.00", "PROVINCIAL,330000,true,P05,居住时间,17.50,30.00",
                "DISTRICT,330203,true,HS03,居住登记,3.00,8.00", "TOTAL,330203,true,,总分,63.00,300.00");
    }

    @Test
    void scoreDistrict_ofManyResidents_reportsProgressPerTenPercentOffATerminal() throws IOException {
        GeneratedDistrict district = new DistrictGenerator(DistrictGenerator.Settings.haishu(1200, 5))
                .writeTo(dir.resolve("district"), n -> { });
        setUpCataloguesAndPersons();
        assertThat(cli.run("persons", "import", district.personsFile().toString()).exit()).isZero();
        int residents = cli.adapters.persons().findByDistrict(HAISHU).size();

        CliHarness.Run scored = cli.run("score", "district", "--district", "330203", "--on", "2025-09-30");

        assertThat(scored.exit()).isZero();
        assertThat(residents).isGreaterThan(1000);
        assertThat(scored.errLines()).containsExactly("score district: 100% (" + residents + "/" + residents + ")");
        assertThat(scored.outLines()).singleElement().asString().startsWith("scored 海曙区 (330203) on 2025-09-30: "
                + residents + " residents, " + residents + " with new entries, ");
    }

    @Test
    void scoreDistrict_refusals_postNothing() throws IOException {
        setUpCataloguesAndPersons();
        Object ledgersBefore = cli.adapters.ledgers().snapshot();

        CliHarness.Run future = cli.run("score", "district", "--district", "330203", "--on", "2025-10-01");
        CliHarness.Run city = cli.run("score", "district", "--district", "330200", "--on", "2025-09-30");
        CliHarness.Run elsewhere = cli.run("score", "district", "--district", "330203", "--jurisdiction", "330212");
        CliHarness.Run noDistrict = cli.run("score", "district");
        CliHarness.Run badDate = cli.run("score", "district", "--district", "330203", "--on", "30/09/2025");

        assertThat(future.exit()).isEqualTo(1);
        assertThat(future.errLines()).containsExactly("DATE_IN_FUTURE: on: 2025-10-01 is after today (2025-09-30)");
        assertThat(city.exit()).isEqualTo(1);
        assertThat(city.errLines()).singleElement().asString().startsWith("NOT_A_DISTRICT: ");
        assertThat(elsewhere.exit()).isEqualTo(1);
        assertThat(elsewhere.errLines()).singleElement().asString().startsWith("OUT_OF_JURISDICTION: ");
        assertThat(noDistrict.exit()).isEqualTo(2);
        assertThat(noDistrict.err()).contains("Missing required option: '--district=D'");
        assertThat(badDate.exit()).isEqualTo(2);
        assertThat(badDate.err()).contains("'30/09/2025' is not a date (yyyy-mm-dd)");
        assertThat(cli.adapters.ledgers().snapshot()).isSameAs(ledgersBefore);
        assertThat(future.out() + city.out() + elsewhere.out()).isEmpty();
    }

    @Test
    void systemDataImport_ofAnUnregisteredPerson_isRefusedOnItsLine_andNothingIsRecorded() throws IOException {
        setUpCataloguesAndPersons();
        Path data = file("system-data.csv", "id_number,indicator,quantity,as_of", ZHANG + ",P04,45,2025-08-31",
                CHILD + ",P04,3,2025-08-31", ZHANG + ",P99,3,2025-08-31");

        CliHarness.Run run = cli.run("system-data", "import", data.toString());
        CliHarness.Run skipping = cli.run("system-data", "import", data.toString(), "--skip-bad");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly("PERSON_NOT_FOUND: " + data + ":3: id_number: no person is "
                + "registered with ID number " + IdNumber.parse(CHILD).masked());
        assertThat(skipping.exit()).isZero();
        assertThat(skipping.outLines()).containsExactly("recorded 1 system-data record from " + data
                + "; skipped 2 bad lines");
        assertThat(skipping.errLines()).containsExactly(
                "SKIPPED PERSON_NOT_FOUND: " + data + ":3: id_number: no person is registered with ID number "
                        + IdNumber.parse(CHILD).masked(),
                "SKIPPED UNKNOWN_INDICATOR: " + data + ":4: no loaded catalogue has indicator P99");
    }

    @Test
    void scoreShow_ofAnUnknownPerson_isRefused() throws IOException {
        setUpCataloguesAndPersons();

        CliHarness.Run run = cli.run("score", "show", "--id-number", CHILD, "--district", "330203");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly("PERSON_NOT_FOUND: no person is registered with ID number "
                + IdNumber.parse(CHILD).masked());
    }

    @Test
    void clear_andAuditVerify() throws IOException {
        setUpCataloguesAndPersons();
        Path data = file("system-data.csv", "id_number,indicator,quantity,as_of", ZHANG + ",P04,45,2025-08-31");
        cli.run("system-data", "import", data.toString());
        cli.jifen.scoreDistrict().score(new org.jifen.application.port.in.ledger.ScoreDistrictCommand(
                org.jifen.domain.access.Caller.of("admin", org.jifen.domain.access.Role.ADMIN,
                        DivisionCode.of("330000")), HAISHU, LocalDate.of(2025, 9, 30)));

        CliHarness.Run cleared = cli.run("clear", "--id-number", ZHANG, "--case", "HS-GA-2025-0173", "--reason",
                "学历证书系伪造");
        CliHarness.Run verify = cli.run("audit", "verify");

        assertThat(cleared.exit()).isZero();
        assertThat(cleared.outLines()).containsExactly("cleared " + IdNumber.parse(ZHANG).masked()
                + " (PER-000001) under case HS-GA-2025-0173: 2 clearing entries, 0 entitlements revoked, credit "
                + "record sent");
        assertThat(cli.adapters.creditSystem().records()).hasSize(1);
        assertThat(verify.exit()).isZero();
        assertThat(verify.outLines()).singleElement().asString().matches("audit chain valid: \\d+ events");
        assertThat(cli.adapters.auditLog().all()).last().satisfies(e ->
                assertThat(e.actor()).startsWith("cli:"));
    }

    // ---------------------------------------------------------------- rounds

    @Test
    void systemDataImport_ofAQuantityTooLargeToScore_isRefusedOnItsLine_notAnInternalError() throws IOException {
        // found by HostileCsvFilesProperties: the overflow of 0.50 × 510102199003071230 months stopped the command
        setUpCataloguesAndPersons();
        Path data = file("system-data.csv", "id_number,indicator,quantity,as_of", ZHANG + ",P05,70,2025-08-31",
                ZHANG + ",P04,510102199003071230,2025-08-31");
        int audited = cli.adapters.auditLog().all().size();
        Object stored = cli.adapters.systemData().snapshot();

        CliHarness.Run run = cli.run("system-data", "import", data.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString().startsWith("INVALID_FACTS: " + data + ":3: ")
                .contains("a quantity of 510102199003071230 is too large to score (0.50 per 1 MONTH)");
        assertThat(cli.adapters.auditLog().all()).hasSize(audited);
        assertThat(cli.adapters.systemData().snapshot()).isSameAs(stored);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void roundsRun_withABeneficiaryTwice_isRefusedOnTheLaterLine_andNothingIsDefinedOrWritten() throws IOException {
        // found by HostileCsvFilesProperties: the round's DUPLICATE_BENEFICIARY named no line of the file
        GeneratedDistrict district = new DistrictGenerator(DistrictGenerator.Settings.haishu(40, 7))
                .writeTo(dir.resolve("district"), n -> { });
        setUpCataloguesAndPersons();
        assertThat(cli.run("persons", "import", district.personsFile().toString()).exit()).isZero();
        List<String> lines = Files.readAllLines(district.candidatesFile());
        Path candidates = file("candidates.csv", lines.get(0), lines.get(1), lines.get(2), lines.get(1));
        Path results = dir.resolve("results.csv");
        Object programmes = cli.adapters.programmes().snapshot();

        CliHarness.Run run = cli.run("rounds", "run", "--programme", district.programmeFile().toString(),
                "--candidates", candidates.toString(), "--out", results.toString());

        String beneficiary = IdNumber.parse(lines.get(1).split(",")[1]).masked();
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly("DUPLICATE_BENEFICIARY: " + candidates
                + ":4: beneficiary_id_number: beneficiary " + beneficiary + " is also on line 2");
        assertThat(run.out()).isEmpty();
        assertThat(results).doesNotExist();
        assertThat(cli.adapters.programmes().snapshot()).isSameAs(programmes);
    }

    @Test
    void roundsRun_withAPlaceTheRoundDoesNotHave_isRefusedOnItsLine() throws IOException {
        // found by HostileCsvFilesProperties: the round's UNKNOWN_PLACE named no line of the file
        GeneratedDistrict district = new DistrictGenerator(DistrictGenerator.Settings.haishu(40, 7))
                .writeTo(dir.resolve("district"), n -> { });
        setUpCataloguesAndPersons();
        assertThat(cli.run("persons", "import", district.personsFile().toString()).exit()).isZero();
        List<String> lines = Files.readAllLines(district.candidatesFile());
        String[] second = lines.get(2).split(",", -1);
        second[3] = "NULL";
        Path candidates = file("candidates.csv", lines.get(0), lines.get(1), String.join(",", second));
        Path results = dir.resolve("results.csv");
        Object rounds = cli.adapters.rounds().snapshot();
        Object programmes = cli.adapters.programmes().snapshot();

        CliHarness.Run run = cli.run("rounds", "run", "--programme", district.programmeFile().toString(),
                "--candidates", candidates.toString(), "--out", results.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString().startsWith("UNKNOWN_PLACE: " + candidates
                + ":3: preferences: the preference NULL is not a place of this round (places: [S330203-");
        assertThat(results).doesNotExist();
        assertThat(cli.adapters.rounds().snapshot()).isSameAs(rounds);
        assertThat(cli.adapters.programmes().snapshot()).isSameAs(programmes);
    }

    @Test
    void roundsRun_onAGeneratedDistrict_writesTheResultsMasked() throws IOException {
        GeneratedDistrict district = new DistrictGenerator(DistrictGenerator.Settings.haishu(600, 7))
                .writeTo(dir.resolve("district"), n -> { });
        assertThat(cli.run("calendar", "load").exit()).isZero();
        Path catalogue = dir.resolve("catalogue.yaml");
        try (var in = org.jifen.adapters.cli.catalogue.DefaultCatalogue.open()) {
            Files.copy(in, catalogue);
        }
        assertThat(cli.run("catalogue", "import", catalogue.toString()).exit()).isZero();
        CliHarness.Run persons = cli.run("persons", "import", district.personsFile().toString());
        CliHarness.Run households = cli.run("households", "import", district.householdsFile().toString());
        CliHarness.Run data = cli.run("system-data", "import", district.systemDataFile().toString());
        cli.jifen.scoreDistrict().score(new org.jifen.application.port.in.ledger.ScoreDistrictCommand(
                org.jifen.domain.access.Caller.of("admin", org.jifen.domain.access.Role.ADMIN,
                        DivisionCode.of("330000")), HAISHU, LocalDate.of(2025, 9, 30)));
        String programme = Files.readString(district.programmeFile()).replaceFirst("(?m)^cutoffDate: .*$",
                "cutoffDate: 2025-09-30");
        Path programmeFile = file("programme.yaml", programme);
        Path results = dir.resolve("results.csv");

        CliHarness.Run round = cli.run("rounds", "run", "--programme", programmeFile.toString(), "--candidates",
                district.candidatesFile().toString(), "--out", results.toString());

        assertThat(persons.exit()).isZero();
        assertThat(persons.outLines()).containsExactly("imported 600 persons from " + district.personsFile());
        assertThat(households.exit()).isZero();
        assertThat(data.exit()).isZero();
        assertThat(round.err()).isEmpty();
        assertThat(round.exit()).isZero();
        List<String> lines = Files.readAllLines(results);
        assertThat(lines.get(0)).isEqualTo("rank,applicant_id_number_masked,beneficiary_name,score,place");
        assertThat(lines).hasSize((int) district.candidates() + 1);
        assertThat(lines.get(1)).matches("1,\\d{6}\\*{8}\\d{3}[\\dX],[^,]+,\\d+\\.\\d{2},(S330203-[A-Z]+)?");
        assertThat(cli.adapters.rounds().snapshot()).isNotNull();
        for (String line : Files.readAllLines(district.candidatesFile()).subList(1, lines.size())) {
            assertThat(round.out()).doesNotContain(line.substring(0, 18));
        }
        assertThat(round.outLines()).anyMatch(l -> l.endsWith("placed; results written to " + results));
    }

    @Test
    void generatedFiles_importWhole() throws IOException {
        GeneratedDistrict district = new DistrictGenerator(DistrictGenerator.Settings.haishu(2000, 99))
                .writeTo(dir.resolve("district"), n -> { });
        setUpCataloguesAndPersons();

        CliHarness.Run persons = cli.run("persons", "import", district.personsFile().toString());
        CliHarness.Run data = cli.run("system-data", "import", district.systemDataFile().toString());

        assertThat(persons.exit()).isZero();
        assertThat(data.exit()).isZero();
        assertThat(persons.outLines()).containsExactly("imported 2000 persons from " + district.personsFile());
        assertThat(data.outLines()).containsExactly("recorded " + district.systemData()
                + " system-data records from " + district.systemDataFile());
        assertThat(data.errLines()).allMatch(l -> l.startsWith("system-data import: ")).hasSize(10);
        assertThat(Optional.of(cli.adapters.persons().findByDistrict(HAISHU).size()).orElseThrow())
                .isGreaterThan(1800);
    }
}
