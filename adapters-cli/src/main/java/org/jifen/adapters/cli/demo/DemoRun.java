package org.jifen.adapters.cli.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jifen.adapters.cli.CliBackend;
import org.jifen.adapters.cli.JifenCli;
import org.jifen.adapters.cli.calendar.DefaultCalendar;
import org.jifen.adapters.cli.catalogue.DefaultCatalogue;
import org.jifen.adapters.cli.file.CsvFile;
import org.jifen.adapters.cli.file.CsvFormats;
import org.jifen.adapters.cli.generate.DistrictGenerator;
import org.jifen.adapters.cli.generate.GeneratedDistrict;
import org.jifen.adapters.cli.ledger.ScoreStatementText;
import org.jifen.adapters.cli.shell.CliContext;
import org.jifen.adapters.cli.shell.RefusedException;
import org.jifen.application.JifenUseCases;
import org.jifen.application.memory.SettableClock;
import org.jifen.application.port.in.appeal.DecideAppealCommand;
import org.jifen.application.port.in.appeal.DecideAppealResult;
import org.jifen.application.port.in.appeal.FileAppealCommand;
import org.jifen.application.port.in.application.ClaimRequest;
import org.jifen.application.port.in.application.PublishApplicationCommand;
import org.jifen.application.port.in.application.SubmitApplicationCommand;
import org.jifen.application.port.in.calendar.LoadCalendarCommand;
import org.jifen.application.port.in.catalogue.ImportCatalogueCommand;
import org.jifen.application.port.in.ledger.ScoreStatementQuery;
import org.jifen.application.port.in.person.PersonLookupQuery;
import org.jifen.application.port.in.person.PersonQuery;
import org.jifen.application.port.in.person.PersonView;
import org.jifen.application.port.in.review.DecideClaimCommand;
import org.jifen.application.port.in.review.GiveSecondApprovalCommand;
import org.jifen.application.port.in.review.RecordDeductionCommand;
import org.jifen.application.port.out.shared.Clock;
import org.jifen.domain.access.Caller;
import org.jifen.domain.access.Role;
import org.jifen.domain.appeal.Appeal;
import org.jifen.domain.appeal.Correction;
import org.jifen.domain.application.Channel;
import org.jifen.domain.application.Claim;
import org.jifen.domain.application.PointsApplication;
import org.jifen.domain.application.VerificationMethod;
import org.jifen.domain.catalogue.Department;
import org.jifen.domain.catalogue.Facts;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.person.IdNumber;
import org.jifen.domain.person.Person;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.shared.Points;
import org.jifen.domain.statement.ScoreStatement;

/**
 * One run of the demo, step by step on the simulated clock (Asia/Shanghai):
 * <ol>
 * <li>Mon 2025-09-15: the default catalogue and the shipped calendar (2024–2026) are loaded; a synthetic Haishu
 * district is generated and imported through the CLI's own import commands; the district is auto-scored
 * ({@code score district}).</li>
 * <li>Tue 09-16: three families apply at the district service centre (education, skills, residence,
 * community service).</li>
 * <li>Thu 09-18: the departments review — one rejection for missing evidence, one manual award above 10
 * points that waits for a second approval (given by the supervisor).</li>
 * <li>Tue 09-30: the supervisor publishes (the window runs over the National Day holidays to 10-14).</li>
 * <li>Thu 10-09: the applicant whose diploma was rejected appeals; Mon 10-13 education upholds it with the
 * corrected facts (a correction effective on the publication date).</li>
 * <li>Mon 10-20: the school enrolment round (cut-off 10-20) runs through {@code rounds run}.</li>
 * <li>Mon 11-03: a placed family's materials are found forged: {@code clear} — points cleared,
 * entitlement revoked.</li>
 * <li>Score statements, the round and the audit chain are printed.</li>
 * </ol>
 */
final class DemoRun {

    static final DivisionCode HAISHU = DivisionCode.of("330203");
    static final DivisionCode YINZHOU = DivisionCode.of("330212");
    static final DivisionCode ZHEJIANG = DivisionCode.of("330000");
    static final LocalDate IMPORTED_ON = LocalDate.of(2025, 9, 15);
    static final LocalDate SUBMITTED_ON = LocalDate.of(2025, 9, 16);
    static final LocalDate REVIEWED_ON = LocalDate.of(2025, 9, 18);
    static final LocalDate PUBLISHED_ON = LocalDate.of(2025, 9, 30);
    static final LocalDate APPEALED_ON = LocalDate.of(2025, 10, 9);
    static final LocalDate APPEAL_DECIDED_ON = LocalDate.of(2025, 10, 13);
    static final LocalDate ROUND_ON = LocalDate.of(2025, 10, 20);
    static final LocalDate CLEARED_ON = LocalDate.of(2025, 11, 3);

    private static final Caller ADMIN = Caller.of("demo:admin-zhejiang", Role.ADMIN, ZHEJIANG);
    private static final Caller CLERK = Caller.of("demo:clerk-haishu-centre", Role.CLERK, HAISHU);
    private static final Caller SUPERVISOR = Caller.of("demo:supervisor-haishu", Role.SUPERVISOR, HAISHU);

    private final CliContext context;
    private final CliBackend.Session session;
    private final SettableClock clock;
    private final Path work;
    private final int people;
    private final long seed;
    private final JifenUseCases jifen;
    private final PrintWriter out;
    private int section;

    DemoRun(CliContext context, CliBackend.Session session, SettableClock clock, Path work, int people, long seed) {
        this.context = context;
        this.session = session;
        this.clock = clock;
        this.work = work;
        this.people = people;
        this.seed = seed;
        this.jifen = session.useCases();
        this.out = context.out();
    }

    /** A family of the demo: the applicant, shown masked, and their application. */
    private static final class Family {
        final String idNumber;
        PersonId person;
        String name;
        PointsApplication application;

        Family(String idNumber) {
            this.idNumber = idNumber;
        }

        String masked() {
            return IdNumber.parse(idNumber).masked();
        }
    }

    void run() {
        heading("导入指标体系与工作日历", IMPORTED_ON);
        at(IMPORTED_ON, 9, 0);
        var imported = jifen.importCatalogue().importCatalogue(new ImportCatalogueCommand(ADMIN,
                DefaultCatalogue.load()));
        say("指标体系: " + String.join("、", imported.imported().stream().map(v -> v.value()).toList())
                + "（省级共性100分、市级共性150分、海曙区个性50分）");
        var years = jifen.loadCalendar().load(new LoadCalendarCommand(ADMIN, DefaultCalendar.load()));
        say("工作日历: " + String.join("、", years.covered().stream().map(String::valueOf).toList())
                + " 年（法定节假日与调休）");

        heading("生成并导入海曙区合成数据", IMPORTED_ON);
        GeneratedDistrict district = new DistrictGenerator(new DistrictGenerator.Settings(HAISHU, people, seed,
                LocalDate.of(2025, 8, 31))).writeTo(work, n -> { });
        say("合成 " + district.persons() + " 名流动人口、" + district.householdMembers() + " 名家庭成员、"
                + district.systemData() + " 条系统数据、" + district.candidates() + " 名入学儿童（身份证号为合成号码）");
        cli("persons", "import", district.personsFile().toString(), "--skip-bad");
        cli("households", "import", district.householdsFile().toString());
        cli("system-data", "import", district.systemDataFile().toString(), "--skip-bad");

        heading("系统自动评分", IMPORTED_ON);
        at(IMPORTED_ON, 14, 0);
        say("按系统数据为海曙区全体常住人口自动评分（年龄、社保、居住时间、就业、志愿服务、献血、居住登记、疫苗、阅读）");
        cli("score", "district", "--district", HAISHU.value(), "--on", IMPORTED_ON.toString());

        List<Family> families = families(district);
        Family first = families.get(0);
        Family second = families.get(1);
        Family third = families.get(2);

        heading("提交申请（区行政服务中心窗口）", SUBMITTED_ON);
        at(SUBMITTED_ON, 10, 0);
        first.application = submit(first, "HS-CENTRE-20250916-001",
                claim("P02", new Facts.LevelHeld("BACHELOR"), "evidence/diploma.pdf"),
                claim("M01", new Facts.LevelHeld("REGISTERED_RENTAL"), "evidence/rental-registration.pdf"),
                claim("M10", new Facts.SetPoints(Points.of(8)), "evidence/grid-member-certificate.pdf"));
        second.application = submit(second, "HS-CENTRE-20250916-002",
                claim("P02", new Facts.LevelHeld("ASSOCIATE"), "evidence/diploma.pdf"),
                claim("M01", new Facts.LevelHeld("OWN_HOME"), "evidence/property-certificate.pdf"));
        third.application = submit(third, "HS-CENTRE-20250916-003",
                claim("P03", new Facts.LevelHeld("SKILL_3"), "evidence/skill-certificate.pdf"),
                claim("M01", new Facts.LevelHeld("EMPLOYER_DORMITORY"), "evidence/dormitory.pdf"));

        heading("部门审核", REVIEWED_ON);
        at(REVIEWED_ON, 10, 0);
        Caller education = reviewer(Department.EDUCATION);
        Caller housing = reviewer(Department.HOUSING);
        Caller police = reviewer(Department.PUBLIC_SECURITY);
        Caller hrss = reviewer(Department.HRSS);
        first.application = decide(first, DecideClaimCommand.approve(education, first.application.id(),
                code("P02"), Optional.empty()), "教育部门 核验学历证书，通过");
        first.application = decide(first, DecideClaimCommand.approve(housing, first.application.id(), code("M01"),
                Optional.empty()), "住建部门 核验租赁登记，通过");
        first.application = decide(first, DecideClaimCommand.approve(police, first.application.id(), code("M10"),
                new Facts.SetPoints(Points.of(8)), Optional.of(VerificationMethod.SITE_VISIT)),
                "公安部门 实地查看网格员服务，核定8分");
        Caller credit = reviewer(Department.CREDIT);
        first.application = jifen.recordDeduction().record(new RecordDeductionCommand(credit, first.application.id(),
                code("M92"), "DISHONEST", "XY-2025-0910", LocalDate.of(2025, 9, 10), VerificationMethod.SYSTEM_CHECK))
                .application();
        say(first.masked() + " M92 信用部门 系统核对：列入失信名单（2025-09-10），扣20分，超过10分，待第二人复核");
        var approved = jifen.giveSecondApproval().approve(GiveSecondApprovalCommand.forDeduction(SUPERVISOR,
                first.application.id(), "XY-2025-0910"));
        first.application = approved.application();
        say(first.masked() + " M92 主管第二人复核通过：记账 " + approved.posted().map(e -> e.points() + "分，自"
                + e.effectiveOn() + "起生效，冻结" + e.freeze().map(f -> f.from() + "至" + f.until()).orElse(""))
                .orElse("（公示时记账）"));
        second.application = decide(second, DecideClaimCommand.reject(education, second.application.id(), code("P02"),
                DecideClaimCommand.MISSING_EVIDENCE, Optional.empty()), "教育部门 未见毕业证书，不予认定（材料缺失 MISSING_EVIDENCE）");
        second.application = decide(second, DecideClaimCommand.approve(housing, second.application.id(), code("M01"),
                Optional.empty()), "住建部门 核验不动产权证书，通过");
        third.application = decide(third, DecideClaimCommand.approve(hrss, third.application.id(), code("P03"),
                Optional.empty()), "人力社保部门 核验职业技能证书，通过");
        third.application = decide(third, DecideClaimCommand.approve(housing, third.application.id(), code("M01"),
                Optional.empty()), "住建部门 核验集体宿舍，通过");

        heading("公示（5个工作日）", PUBLISHED_ON);
        at(PUBLISHED_ON, 10, 0);
        for (Family family : families) {
            family.application = jifen.publishApplication().publish(new PublishApplicationCommand(SUPERVISOR,
                    family.application.id()));
            var publication = family.application.publication().orElseThrow();
            say(family.masked() + " 申请 " + family.application.id().value() + " 公示 " + publication.publishedOn()
                    + " 至 " + publication.appealUntil() + "（含国庆中秋假期与调休）");
        }

        heading("复核申请与复核决定", APPEALED_ON);
        at(APPEALED_ON, 9, 30);
        Caller secondApplicant = Caller.applicant("demo:applicant-" + second.person.value(), HAISHU, second.person);
        Appeal appeal = jifen.fileAppeal().file(new FileAppealCommand(secondApplicant, second.application.id(),
                List.of(code("P02")), "毕业证书已在窗口提交，审核时遗漏"));
        say(second.masked() + " 对 P02 提出复核，理由：毕业证书已在窗口提交，审核时遗漏；应于 " + appeal.decideBy() + " 前决定");
        at(APPEAL_DECIDED_ON, 15, 0);
        DecideAppealResult upheld = jifen.decideAppeal().decide(DecideAppealCommand.uphold(education, appeal.id(),
                List.of(new Correction(code("P02"), new Facts.LevelHeld("ASSOCIATE"))), "证书核验属实"));
        say(APPEAL_DECIDED_ON + " 教育部门 维持复核请求（UPHELD）：P02 更正为大专，更正记账 "
                + upheld.corrections().stream().map(e -> e.points() + "分，自" + e.effectiveOn() + "起生效").toList());

        heading("积分明细", APPEAL_DECIDED_ON);
        statement(first, HAISHU, APPEAL_DECIDED_ON);
        statement(second, HAISHU, APPEAL_DECIDED_ON);
        say("同一申请人迁至鄞州区后：海曙区个性积分不随迁移");
        statement(second, YINZHOU, APPEAL_DECIDED_ON);

        heading("义务教育积分入学（海曙区）", ROUND_ON);
        at(ROUND_ON, 9, 0);
        Path programme = programmeFile(district);
        Path results = work.resolve("results.csv");
        cli("rounds", "run", "--programme", programme.toString(), "--candidates",
                district.candidatesFile().toString(), "--out", results.toString());
        Family cleared = placed(results, families).orElse(third);

        heading("积分清零（材料造假）", CLEARED_ON);
        at(CLEARED_ON, 10, 0);
        say(cleared.masked() + " 提交的材料经查系伪造，公安立案 HS-GA-2025-0173");
        cli("clear", "--id-number", cleared.idNumber, "--case", "HS-GA-2025-0173", "--reason",
                "提交的居住证明材料系伪造");
        statement(cleared, HAISHU, CLEARED_ON);

        heading("审计链校验", CLEARED_ON);
        cli("audit", "verify");
        out.println();
        out.println("演示完成：所有数据均为合成数据，保存在演示专用的数据库中。");
        out.flush();
    }

    // ---------------------------------------------------------------- steps

    /** Runs one of the CLI's own commands on the demo's database; a refusal stops the demo. */
    private void cli(String... args) {
        StringWriter errors = new StringWriter();
        PrintWriter err = new PrintWriter(errors);
        CliBackend onDemo = new CliBackend() {
            @Override
            public Session open(Optional<String> jdbcUrl) {
                return Session.of(jifen, clock);
            }

            @Override
            public Session openDemo(Clock ignored) {
                throw new UnsupportedOperationException("the demo does not nest");
            }
        };
        out.println("$ jifen " + String.join(" ", masked(args)));
        StringWriter printed = new StringWriter();
        int exit = JifenCli.commandLine(onDemo, new PrintWriter(printed), err, false).execute(args);
        err.flush();
        // the command names its files as given, here in the demo's temporary directory: shown by name only
        printed.toString().lines().map(this::inWork).forEach(out::println);
        errors.toString().lines().filter(l -> l.startsWith("SKIPPED")).forEach(l -> out.println("  " + l));
        if (exit != 0) {
            throw new RefusedException("DEMO_STEP_FAILED", "jifen " + String.join(" ", masked(args)) + " exited "
                    + exit + ": " + errors.toString().strip());
        }
    }

    private List<String> masked(String[] args) {
        List<String> shown = new ArrayList<>();
        for (String arg : args) {
            shown.add(arg.matches("\\d{17}[\\dX]") ? IdNumber.parse(arg).masked() : inWork(arg));
        }
        return shown;
    }

    /** A text naming files of the demo's working directory, with their names only. */
    private String inWork(String text) {
        return text.replace(work.toString() + java.io.File.separator, "");
    }

    /**
     * Three families with a child entering school this year, living in Haishu with a valid Zhejiang permit
     * issued there: they apply, and their children are candidates of the round.
     */
    private List<Family> families(GeneratedDistrict district) {
        Map<String, Boolean> eligible = new LinkedHashMap<>();
        new CsvFile(district.personsFile(), CsvFormats.PERSONS).read(line -> eligible.put(line.get("id_number"),
                line.get("residence_district").equals(HAISHU.value())
                        && line.get("permit_issuer").equals(HAISHU.value())
                        && !line.get("permit_valid_to").isEmpty()
                        && !LocalDate.parse(line.get("permit_valid_to")).isBefore(ROUND_ON)));
        List<Family> families = new ArrayList<>();
        new CsvFile(district.candidatesFile(), CsvFormats.CANDIDATES).read(line -> {
            String applicant = line.get("applicant_id_number");
            if (families.size() < 3 && eligible.getOrDefault(applicant, false)
                    && families.stream().noneMatch(f -> f.idNumber.equals(applicant))) {
                families.add(new Family(applicant));
            }
        });
        if (families.size() < 3) {
            throw new RefusedException("DEMO_TOO_SMALL", "the synthetic district has fewer than three eligible "
                    + "families with a child entering school; run the demo with more --people");
        }
        var lookup = jifen.lookUpPersons().lookUp(PersonLookupQuery.of(ADMIN, families.stream()
                .map(f -> IdNumber.parse(f.idNumber)).toList()));
        for (Family family : families) {
            family.person = lookup.personOf(IdNumber.parse(family.idNumber)).orElseThrow();
            PersonView view = jifen.getPerson().get(PersonQuery.masked(ADMIN, family.person));
            family.name = view.name();
        }
        return families;
    }

    private PointsApplication submit(Family family, String key, ClaimRequest... claims) {
        PointsApplication application = jifen.submitApplication().submit(new SubmitApplicationCommand(CLERK,
                Optional.of(key), family.person, HAISHU, Channel.DISTRICT_CENTRE, List.of(claims)));
        StringBuilder text = new StringBuilder(Person.maskName(family.name) + " " + family.masked() + " 申请 "
                + application.id().value() + "：");
        List<String> parts = new ArrayList<>();
        for (Claim claim : application.claims()) {
            parts.add(claim.indicator().code().value() + " " + status(claim));
        }
        say(text + String.join("，", parts));
        return application;
    }

    private static String status(Claim claim) {
        return switch (claim.status()) {
            case PENDING -> "待审核";
            case APPROVED -> "自动评分 " + claim.points();
            default -> claim.status().name();
        };
    }

    private PointsApplication decide(Family family, DecideClaimCommand command, String what) {
        PointsApplication decided = jifen.decideClaim().decide(command);
        say(family.masked() + " " + command.indicator().value() + " " + what);
        return decided;
    }

    private void statement(Family family, DivisionCode district, LocalDate on) {
        ScoreStatement statement = jifen.scoreStatement().statement(new ScoreStatementQuery(ADMIN, family.person,
                district, on, Optional.empty()));
        out.println();
        ScoreStatementText.table(statement, Person.maskName(family.name), family.masked()).forEach(out::println);
    }

    /** The school programme of the demo: cut-off on the day of the round, the generated schools' seats. */
    private Path programmeFile(GeneratedDistrict district) {
        try {
            String generated = Files.readString(district.programmeFile(), StandardCharsets.UTF_8);
            String programme = generated.replaceFirst("(?m)^code: .*$", "code: HS-SCHOOL-2025-DEMO")
                    .replaceFirst("(?m)^cutoffDate: .*$", "cutoffDate: " + ROUND_ON)
                    .replaceFirst("(?m)^minScore: .*$", "minScore: \"30\"")
                    .replaceAll("(?m)^(  S330203-[A-Z]+): \\d+$", "$1: 1");
            Path file = work.resolve("programme-demo.yaml");
            Files.writeString(file, programme, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first demo family whose child got a place (from the results file), if any. */
    private Optional<Family> placed(Path results, List<Family> families) {
        List<String> placedApplicants = new ArrayList<>();
        new CsvFile(results, CsvFormats.RESULTS).read(line -> {
            if (!line.get("place").isEmpty()) {
                placedApplicants.add(line.get("applicant_id_number_masked"));
            }
        });
        return families.stream().filter(f -> placedApplicants.contains(f.masked())).findFirst();
    }

    // ---------------------------------------------------------------- printing and time

    private void heading(String title, LocalDate day) {
        section++;
        out.println();
        out.println("══ " + chineseNumber(section) + "、" + title + "（" + day + "）");
        out.flush();
    }

    private void say(String text) {
        out.println("  " + text);
        out.flush();
    }

    private void at(LocalDate day, int hour, int minute) {
        Instant instant = day.atTime(LocalTime.of(hour, minute)).atZone(SettableClock.CHINA).toInstant();
        clock.set(instant);
    }

    private static ClaimRequest claim(String code, Facts facts, String evidence) {
        return new ClaimRequest(code(code), facts, List.of(evidence));
    }

    private static IndicatorCode code(String code) {
        return IndicatorCode.of(code);
    }

    private static Caller reviewer(Department department) {
        return Caller.reviewer("demo:reviewer-haishu-" + department.name().toLowerCase(java.util.Locale.ROOT), HAISHU,
                department);
    }

    private static String chineseNumber(int n) {
        String[] digits = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
        return n <= 10 ? digits[n] : "十" + digits[n - 10];
    }

}
