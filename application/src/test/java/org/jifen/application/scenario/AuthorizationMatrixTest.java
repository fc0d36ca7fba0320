package org.jifen.application.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.jifen.application.scenario.JifenWorld.CLERK;
import static org.jifen.application.scenario.JifenWorld.HAISHU;
import static org.jifen.application.scenario.JifenWorld.NINGBO;
import static org.jifen.application.scenario.JifenWorld.SUPERVISOR;
import static org.jifen.application.scenario.JifenWorld.SYSTEM;
import static org.jifen.application.scenario.JifenWorld.YINZHOU;
import static org.jifen.application.scenario.JifenWorld.ZHEJIANG;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.jifen.application.JifenUseCases;
import org.jifen.application.TestCalendars;
import org.jifen.application.port.in.appeal.ApplicationStandingQuery;
import org.jifen.application.port.in.appeal.DecideAppealCommand;
import org.jifen.application.port.in.appeal.FileAppealCommand;
import org.jifen.application.port.in.application.ApplicationQuery;
import org.jifen.application.port.in.application.ClaimRequest;
import org.jifen.application.port.in.application.PublishApplicationCommand;
import org.jifen.application.port.in.application.SubmitApplicationCommand;
import org.jifen.application.port.in.audit.AuditEventsQuery;
import org.jifen.application.port.in.calendar.LoadCalendarCommand;
import org.jifen.application.port.in.catalogue.CataloguesInForceQuery;
import org.jifen.application.port.in.catalogue.ImportCatalogueCommand;
import org.jifen.application.port.in.entitlement.EntitlementsQuery;
import org.jifen.application.port.in.ledger.ClearPointsCommand;
import org.jifen.application.port.in.ledger.DistrictRankingQuery;
import org.jifen.application.port.in.ledger.LedgerQuery;
import org.jifen.application.port.in.ledger.ScoreAutoIndicatorsCommand;
import org.jifen.application.port.in.ledger.ScoreDistrictCommand;
import org.jifen.application.port.in.ledger.ScoreStatementQuery;
import org.jifen.application.port.in.person.AddHouseholdMemberCommand;
import org.jifen.application.port.in.person.ImportPersonsCommand;
import org.jifen.application.port.in.person.PersonLookupQuery;
import org.jifen.application.port.in.person.PersonQuery;
import org.jifen.application.port.in.person.PersonRegistration;
import org.jifen.application.port.in.person.RegisterPersonCommand;
import org.jifen.application.port.in.review.DecideClaimCommand;
import org.jifen.application.port.in.review.GiveSecondApprovalCommand;
import org.jifen.application.port.in.review.RecordDeductionCommand;
import org.jifen.application.port.in.systemdata.RecordSystemDataCommand;
import org.jifen.application.port.out.audit.AuditQuery;
import org.jifen.application.port.out.systemdata.SystemDataRecord;
import org.jifen.domain.access.Caller;
import org.jifen.domain.access.Role;
import org.jifen.domain.appeal.AppealId;
import org.jifen.domain.appeal.Correction;
import org.jifen.domain.application.ApplicationId;
import org.jifen.domain.application.Channel;
import org.jifen.domain.application.ClaimStatus;
import org.jifen.domain.application.VerificationMethod;
import org.jifen.domain.catalogue.Department;
import org.jifen.domain.catalogue.Facts;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.catalogue.TestCatalogues;
import org.jifen.domain.person.IdNumber;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.person.Relation;
import org.jifen.domain.person.ResidencePermit;
import org.jifen.domain.person.TestIdNumbers;
import org.jifen.domain.shared.DomainException;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The authorization matrix (DOMAIN.md §7, issue 3): every use case of {@link JifenUseCases} × every role
 * (the applicant for themself and for another person; clerk; reviewer of the right department, of another
 * department, and one in the applicant's household; supervisor; administrator; auditor; system) × inside
 * the jurisdiction (Haishu 330203, or Ningbo 330200 / Zhejiang 330000, which cover it) and outside it
 * (Yinzhou 330212). Each case runs on a fresh in-memory world, built through the use cases, in which the
 * subject is a Haishu applicant, his application and his appeal; it expects ALLOWED or the exact refusal
 * code, and a refusal must leave every store as it was.
 *
 * <p>The expectations restate §7 as the services implement it: an applicant sees and files only their own
 * data (NOT_OWN_DATA); staff read within their jurisdiction; a clerk (or an administrator) registers and
 * submits; a reviewer decides only their department's indicators (WRONG_DEPARTMENT), never for their own
 * household (CONFLICT_OF_INTEREST); a supervisor publishes, gives second approvals and decides appeals;
 * an administrator loads catalogues and calendars and clears points; an auditor reads and verifies the
 * audit log and changes nothing; a system sends system data. Catalogues, the calendar and the audit log
 * belong to no district, so their rows have no outside; only clerks, supervisors and administrators may
 * reveal full ID numbers.
 */
class AuthorizationMatrixTest {

    static final String ALLOWED = "ALLOWED";

    static final LocalDate TODAY = LocalDate.of(2025, 9, 15);

    /** Who asks: a role, and where it acts relative to the Haishu subject. */
    enum Who {
        APPLICANT_HIMSELF,
        APPLICANT_OTHER_PERSON,
        CLERK_OF_HAISHU,
        CLERK_OF_NINGBO,
        CLERK_OF_YINZHOU,
        REVIEWER_OF_HAISHU,
        REVIEWER_OF_ZHEJIANG,
        REVIEWER_OF_YINZHOU,
        REVIEWER_OF_OTHER_DEPARTMENT,
        REVIEWER_IN_APPLICANTS_HOUSEHOLD,
        SUPERVISOR_OF_HAISHU,
        SUPERVISOR_OF_NINGBO,
        SUPERVISOR_OF_YINZHOU,
        ADMIN_OF_HAISHU,
        ADMIN_OF_ZHEJIANG,
        ADMIN_OF_YINZHOU,
        AUDITOR_OF_NINGBO,
        AUDITOR_OF_YINZHOU,
        SYSTEM_OF_ZHEJIANG,
        SYSTEM_OF_YINZHOU;

        /** The caller, for a use case decided by {@code department} ({@code other} for the wrong one). */
        Caller caller(Given given, Department department, Department other) {
            return switch (this) {
                case APPLICANT_HIMSELF -> Caller.applicant("applicant-himself", HAISHU, given.applicant);
                case APPLICANT_OTHER_PERSON -> Caller.applicant("applicant-other", HAISHU, given.other);
                case CLERK_OF_HAISHU -> Caller.of("clerk-haishu", Role.CLERK, HAISHU);
                case CLERK_OF_NINGBO -> Caller.of("clerk-ningbo", Role.CLERK, NINGBO);
                case CLERK_OF_YINZHOU -> Caller.of("clerk-yinzhou", Role.CLERK, YINZHOU);
                case REVIEWER_OF_HAISHU -> Caller.reviewer("reviewer-haishu", HAISHU, department);
                case REVIEWER_OF_ZHEJIANG -> Caller.reviewer("reviewer-zhejiang", ZHEJIANG, department);
                case REVIEWER_OF_YINZHOU -> Caller.reviewer("reviewer-yinzhou", YINZHOU, department);
                case REVIEWER_OF_OTHER_DEPARTMENT -> Caller.reviewer("reviewer-haishu-other", HAISHU, other);
                case REVIEWER_IN_APPLICANTS_HOUSEHOLD -> new Caller("reviewer-haishu-spouse", Role.REVIEWER, HAISHU,
                        Optional.of(department), Optional.of(given.spouse));
                case SUPERVISOR_OF_HAISHU -> Caller.of("supervisor-haishu", Role.SUPERVISOR, HAISHU);
                case SUPERVISOR_OF_NINGBO -> Caller.of("supervisor-ningbo", Role.SUPERVISOR, NINGBO);
                case SUPERVISOR_OF_YINZHOU -> Caller.of("supervisor-yinzhou", Role.SUPERVISOR, YINZHOU);
                case ADMIN_OF_HAISHU -> Caller.of("admin-haishu", Role.ADMIN, HAISHU);
                case ADMIN_OF_ZHEJIANG -> Caller.of("admin-zhejiang-2", Role.ADMIN, ZHEJIANG);
                case ADMIN_OF_YINZHOU -> Caller.of("admin-yinzhou", Role.ADMIN, YINZHOU);
                case AUDITOR_OF_NINGBO -> Caller.of("auditor-ningbo", Role.AUDITOR, NINGBO);
                case AUDITOR_OF_YINZHOU -> Caller.of("auditor-yinzhou", Role.AUDITOR, YINZHOU);
                case SYSTEM_OF_ZHEJIANG -> Caller.of("system-zhejiang", Role.SYSTEM, ZHEJIANG);
                case SYSTEM_OF_YINZHOU -> Caller.of("system-yinzhou", Role.SYSTEM, YINZHOU);
            };
        }
    }

    // ---------------------------------------------------------------- expectations

    /** ALLOWED or a refusal code for every {@link Who}; FORBIDDEN unless said otherwise. */
    static final class Expected {

        private final Map<Who, String> outcomes = new EnumMap<>(Who.class);

        Expected() {
            Arrays.stream(Who.values()).forEach(w -> outcomes.put(w, "FORBIDDEN"));
        }

        Expected allowed(Who... who) {
            return refused(ALLOWED, who);
        }

        Expected refused(String code, Who... who) {
            Arrays.stream(who).forEach(w -> outcomes.put(w, code));
            return this;
        }

        String of(Who who) {
            return outcomes.get(who);
        }
    }

    /** Every authenticated caller (reading the catalogue in force). */
    static Expected anyone() {
        return new Expected().allowed(Who.values());
    }

    static Expected onlyForbidden() {
        return new Expected();
    }

    /** Reading a person's data: the person themself, or any staff role covering where they live. */
    static Expected ownOrStaff() {
        return new Expected()
                .allowed(Who.APPLICANT_HIMSELF, Who.CLERK_OF_HAISHU, Who.CLERK_OF_NINGBO, Who.REVIEWER_OF_HAISHU,
                        Who.REVIEWER_OF_ZHEJIANG, Who.REVIEWER_OF_OTHER_DEPARTMENT,
                        Who.REVIEWER_IN_APPLICANTS_HOUSEHOLD, Who.SUPERVISOR_OF_HAISHU, Who.SUPERVISOR_OF_NINGBO,
                        Who.ADMIN_OF_HAISHU, Who.ADMIN_OF_ZHEJIANG, Who.AUDITOR_OF_NINGBO)
                .refused("NOT_OWN_DATA", Who.APPLICANT_OTHER_PERSON)
                .refused("OUT_OF_JURISDICTION", Who.CLERK_OF_YINZHOU, Who.REVIEWER_OF_YINZHOU,
                        Who.SUPERVISOR_OF_YINZHOU, Who.ADMIN_OF_YINZHOU, Who.AUDITOR_OF_YINZHOU);
    }

    /** District-wide views (the ranking): clerks, reviewers, supervisors and administrators covering it. */
    static Expected staffOfTheDistrict() {
        return new Expected()
                .allowed(Who.CLERK_OF_HAISHU, Who.CLERK_OF_NINGBO, Who.REVIEWER_OF_HAISHU, Who.REVIEWER_OF_ZHEJIANG,
                        Who.REVIEWER_OF_OTHER_DEPARTMENT, Who.REVIEWER_IN_APPLICANTS_HOUSEHOLD,
                        Who.SUPERVISOR_OF_HAISHU, Who.SUPERVISOR_OF_NINGBO, Who.ADMIN_OF_HAISHU, Who.ADMIN_OF_ZHEJIANG)
                .refused("OUT_OF_JURISDICTION", Who.CLERK_OF_YINZHOU, Who.REVIEWER_OF_YINZHOU,
                        Who.SUPERVISOR_OF_YINZHOU, Who.ADMIN_OF_YINZHOU);
    }

    /** Registering and changing persons: a clerk or administrator covering the residence district. */
    static Expected clerkOrAdmin() {
        return new Expected()
                .allowed(Who.CLERK_OF_HAISHU, Who.CLERK_OF_NINGBO, Who.ADMIN_OF_HAISHU, Who.ADMIN_OF_ZHEJIANG)
                .refused("OUT_OF_JURISDICTION", Who.CLERK_OF_YINZHOU, Who.ADMIN_OF_YINZHOU);
    }

    /** Deciding for a department: a reviewer of it covering the district, outside the applicant's household. */
    static Expected reviewerOfTheDepartment() {
        return new Expected()
                .allowed(Who.REVIEWER_OF_HAISHU, Who.REVIEWER_OF_ZHEJIANG)
                .refused("OUT_OF_JURISDICTION", Who.REVIEWER_OF_YINZHOU)
                .refused("WRONG_DEPARTMENT", Who.REVIEWER_OF_OTHER_DEPARTMENT)
                .refused("CONFLICT_OF_INTEREST", Who.REVIEWER_IN_APPLICANTS_HOUSEHOLD);
    }

    /** The same, or a supervisor covering the district. */
    static Expected reviewerOfTheDepartmentOrSupervisor() {
        return reviewerOfTheDepartment()
                .allowed(Who.SUPERVISOR_OF_HAISHU, Who.SUPERVISOR_OF_NINGBO)
                .refused("OUT_OF_JURISDICTION", Who.SUPERVISOR_OF_YINZHOU);
    }

    /** Feeding system data and scoring from it: a system or administrator covering the person. */
    static Expected systemOrAdmin() {
        return new Expected()
                .allowed(Who.SYSTEM_OF_ZHEJIANG, Who.ADMIN_OF_HAISHU, Who.ADMIN_OF_ZHEJIANG)
                .refused("OUT_OF_JURISDICTION", Who.SYSTEM_OF_YINZHOU, Who.ADMIN_OF_YINZHOU);
    }

    // ---------------------------------------------------------------- the rows

    /** The state a use case acts on, each reached from the one before it. */
    enum State {
        /** Catalogues, calendar, the applicant with his registered spouse in the household, another person. */
        PERSONS(null),
        /** + an application of the applicant with P02 and M01 pending. */
        SUBMITTED(PERSONS),
        /** + a CRIMINAL penalty (M91, −30) waiting for a second reviewer. */
        PENALTY_AWAITING_SECOND_APPROVAL(SUBMITTED),
        /** + P02 rejected and M01 approved: ready to publish. */
        DECIDED(SUBMITTED),
        /** + published today. */
        PUBLISHED(DECIDED),
        /** + an appeal on P02. */
        APPEALED(PUBLISHED);

        private final State previous;

        State(State previous) {
            this.previous = previous;
        }
    }

    /** One use case: which component of {@link JifenUseCases}, the state it needs, its department, the call. */
    record Row(String useCase, String variant, State state, Department department, Department otherDepartment,
            BiFunction<Given, Caller, Object> call, Expected expected) {

        String name() {
            return useCase + (variant.isEmpty() ? "" : " (" + variant + ")");
        }
    }

    static Row row(String useCase, State state, Expected expected, BiFunction<Given, Caller, Object> call) {
        return row(useCase, "", state, Department.HOUSING, expected, call);
    }

    static Row row(String useCase, String variant, State state, Department department, Expected expected,
            BiFunction<Given, Caller, Object> call) {
        Department other = department == Department.HOUSING ? Department.EDUCATION : Department.HOUSING;
        return new Row(useCase, variant, state, department, other, call, expected);
    }

    static List<Row> rows() {
        return List.of(
                row("importCatalogue", State.PERSONS, onlyForbidden().allowed(Who.ADMIN_OF_HAISHU,
                        Who.ADMIN_OF_ZHEJIANG, Who.ADMIN_OF_YINZHOU), (g, c) -> g.jifen().importCatalogue()
                                .importCatalogue(new ImportCatalogueCommand(c, List.of(TestCatalogues.district(YINZHOU,
                                        "330212-2022", TestCatalogues.PUBLISHED_ON))))),
                row("loadCalendar", State.PERSONS, onlyForbidden().allowed(Who.ADMIN_OF_HAISHU,
                        Who.ADMIN_OF_ZHEJIANG, Who.ADMIN_OF_YINZHOU), (g, c) -> g.jifen().loadCalendar()
                                .load(new LoadCalendarCommand(c, List.of(TestCalendars.year2024())))),
                row("registerPerson", State.PERSONS, clerkOrAdmin(), (g, c) -> g.jifen().registerPerson()
                        .register(new RegisterPersonCommand(c, TestIdNumbers.idNumber("340104", LocalDate.of(1993,
                                4, 4), 580), "赵敏", Optional.empty(), Optional.of(permit("NB-HS-2025-000901")),
                                HAISHU))),
                row("addHouseholdMember", State.PERSONS, clerkOrAdmin(), (g, c) -> g.jifen().addHouseholdMember()
                        .addMember(new AddHouseholdMemberCommand(c, g.applicant, Relation.CHILD,
                                TestIdNumbers.idNumber("330203", LocalDate.of(2019, 1, 20), 691), "张小宝",
                                Optional.empty()))),
                row("getPerson", State.PERSONS, ownOrStaff(), (g, c) -> g.jifen().getPerson()
                        .get(PersonQuery.masked(c, g.applicant))),
                row("getPerson", "reveal", State.PERSONS, Department.HOUSING, onlyForbidden()
                        .allowed(Who.CLERK_OF_HAISHU, Who.CLERK_OF_NINGBO, Who.SUPERVISOR_OF_HAISHU,
                                Who.SUPERVISOR_OF_NINGBO, Who.ADMIN_OF_HAISHU, Who.ADMIN_OF_ZHEJIANG)
                        .refused("OUT_OF_JURISDICTION", Who.CLERK_OF_YINZHOU, Who.SUPERVISOR_OF_YINZHOU,
                                Who.ADMIN_OF_YINZHOU),
                        (g, c) -> g.jifen().getPerson().get(new PersonQuery(c, g.applicant, true))),
                row("recordSystemData", State.PERSONS, systemOrAdmin(), (g, c) -> g.jifen().recordSystemData()
                        .record(new RecordSystemDataCommand(c, List.of(new SystemDataRecord(g.applicant,
                                IndicatorCode.of("P05"), new BigDecimal("60"), LocalDate.of(2025, 8, 31)))))),
                row("scoreAutoIndicators", State.PERSONS, systemOrAdmin(), (g, c) -> g.jifen().scoreAutoIndicators()
                        .score(new ScoreAutoIndicatorsCommand(c, g.applicant, HAISHU, TODAY))),
                row("submitApplication", State.PERSONS, clerkOrAdmin().allowed(Who.APPLICANT_HIMSELF)
                        .refused("NOT_OWN_DATA", Who.APPLICANT_OTHER_PERSON), (g, c) -> g.jifen().submitApplication()
                                .submit(new SubmitApplicationCommand(c, Optional.empty(), g.applicant, HAISHU,
                                        Channel.APP, List.of(new ClaimRequest(IndicatorCode.of("P03"),
                                                new Facts.LevelHeld("SKILL_4"), List.of("evidence/skill.pdf")))))),
                row("getApplication", State.SUBMITTED, ownOrStaff(), (g, c) -> g.jifen().getApplication()
                        .get(new ApplicationQuery(c, g.application))),
                row("decideClaim", "M01, housing", State.SUBMITTED, Department.HOUSING, reviewerOfTheDepartment(),
                        (g, c) -> g.jifen().decideClaim().decide(DecideClaimCommand.approve(c, g.application,
                                IndicatorCode.of("M01"), Optional.empty()))),
                row("giveSecondApproval", "M91 CRIMINAL, public security", State.PENALTY_AWAITING_SECOND_APPROVAL,
                        Department.PUBLIC_SECURITY, reviewerOfTheDepartmentOrSupervisor(), (g, c) -> g.jifen()
                                .giveSecondApproval().approve(GiveSecondApprovalCommand.forDeduction(c, g.application,
                                        Given.CRIMINAL_EVENT))),
                row("recordDeduction", "M91 DETENTION, public security", State.SUBMITTED,
                        Department.PUBLIC_SECURITY, reviewerOfTheDepartment(), (g, c) -> g.jifen().recordDeduction()
                                .record(new RecordDeductionCommand(c, g.application, IndicatorCode.of("M91"),
                                        "DETENTION", "HS-JL-2025-0912", LocalDate.of(2025, 9, 12),
                                        VerificationMethod.SYSTEM_CHECK))),
                row("publishApplication", State.DECIDED, onlyForbidden()
                        .allowed(Who.SUPERVISOR_OF_HAISHU, Who.SUPERVISOR_OF_NINGBO)
                        .refused("OUT_OF_JURISDICTION", Who.SUPERVISOR_OF_YINZHOU), (g, c) -> g.jifen()
                                .publishApplication().publish(new PublishApplicationCommand(c, g.application))),
                row("fileAppeal", State.PUBLISHED, onlyForbidden()
                        .allowed(Who.APPLICANT_HIMSELF, Who.CLERK_OF_HAISHU, Who.CLERK_OF_NINGBO)
                        .refused("NOT_OWN_DATA", Who.APPLICANT_OTHER_PERSON)
                        .refused("OUT_OF_JURISDICTION", Who.CLERK_OF_YINZHOU), (g, c) -> g.jifen().fileAppeal()
                                .file(new FileAppealCommand(c, g.application, List.of(IndicatorCode.of("P02")),
                                        "毕业证书已提交"))),
                row("decideAppeal", "P02, education", State.APPEALED, Department.EDUCATION,
                        reviewerOfTheDepartmentOrSupervisor(), (g, c) -> g.jifen().decideAppeal().decide(
                                DecideAppealCommand.uphold(c, g.appeal, List.of(new Correction(IndicatorCode.of("P02"),
                                        new Facts.LevelHeld("BACHELOR"))), "证书属实"))),
                row("applicationStanding", State.SUBMITTED, ownOrStaff(), (g, c) -> g.jifen().applicationStanding()
                        .standing(new ApplicationStandingQuery(c, g.application))),
                row("scoreStatement", State.PERSONS, ownOrStaff(), (g, c) -> g.jifen().scoreStatement()
                        .statement(new ScoreStatementQuery(c, g.applicant, HAISHU, TODAY, Optional.empty()))),
                row("ledger", State.PERSONS, ownOrStaff(), (g, c) -> g.jifen().ledger()
                        .entries(new LedgerQuery(c, g.applicant))),
                row("clearPoints", State.PERSONS, onlyForbidden()
                        .allowed(Who.ADMIN_OF_HAISHU, Who.ADMIN_OF_ZHEJIANG)
                        .refused("OUT_OF_JURISDICTION", Who.ADMIN_OF_YINZHOU), (g, c) -> g.jifen().clearPoints()
                                .clear(new ClearPointsCommand(c, g.applicant, "HS-GA-2025-0001", "材料造假"))),
                row("entitlements", State.PERSONS, ownOrStaff(), (g, c) -> g.jifen().entitlements()
                        .entitlements(new EntitlementsQuery(c, g.applicant))),
                row("verifyAuditChain", State.PERSONS, onlyForbidden().allowed(Who.AUDITOR_OF_NINGBO,
                        Who.AUDITOR_OF_YINZHOU, Who.ADMIN_OF_HAISHU, Who.ADMIN_OF_ZHEJIANG, Who.ADMIN_OF_YINZHOU),
                        (g, c) -> g.jifen().verifyAuditChain().verify(c)),
                row("readAuditLog", State.PERSONS, onlyForbidden().allowed(Who.AUDITOR_OF_NINGBO,
                        Who.AUDITOR_OF_YINZHOU), (g, c) -> g.jifen().readAuditLog()
                                .events(new AuditEventsQuery(c, AuditQuery.everything()))),
                row("importPersons", State.PERSONS, clerkOrAdmin(), (g, c) -> g.jifen().importPersons()
                        .importPersons(new ImportPersonsCommand(c, List.of(new PersonRegistration(
                                TestIdNumbers.idNumber("340104", LocalDate.of(1993, 4, 5), 581), "赵敏",
                                Optional.empty(), Optional.of(permit("NB-HS-2025-000902")), HAISHU))))),
                row("scoreDistrict", State.PERSONS, systemOrAdmin(), (g, c) -> g.jifen().scoreDistrict()
                        .score(new ScoreDistrictCommand(c, HAISHU, TODAY))),
                row("rankDistrict", State.PERSONS, staffOfTheDistrict(), (g, c) -> g.jifen().rankDistrict()
                        .rank(new DistrictRankingQuery(c, HAISHU, TODAY, Optional.empty()))),
                row("lookUpPersons", State.PERSONS, staffOfTheDistrict()
                        .allowed(Who.SYSTEM_OF_ZHEJIANG).refused("OUT_OF_JURISDICTION", Who.SYSTEM_OF_YINZHOU),
                        (g, c) -> g.jifen().lookUpPersons().lookUp(PersonLookupQuery.of(c, List.of(
                                TestIdNumbers.idNumber("510102", LocalDate.of(1990, 3, 7), 123))))),
                row("listCataloguesInForce", State.PERSONS, onlyForbidden().allowed(Who.values()),
                        (g, c) -> g.jifen().listCataloguesInForce().list(new CataloguesInForceQuery(c, HAISHU,
                                TODAY))),
                row("getCatalogue", State.PERSONS, anyone(), (g, c) -> g.jifen().getCatalogue()
                        .catalogue(new org.jifen.application.port.in.catalogue.CatalogueQuery(c, HAISHU, TODAY))),
                row("recordSystemDataByIdNumber", State.PERSONS, systemOrAdmin(), (g, c) -> g.jifen()
                        .recordSystemDataByIdNumber().record(
                                new org.jifen.application.port.in.systemdata.RecordSystemDataByIdNumberCommand(c,
                                        List.of(new org.jifen.application.port.in.systemdata.SystemDataLine(
                                                TestIdNumbers.idNumber("510102", LocalDate.of(1990, 3, 7), 123),
                                                IndicatorCode.of("P05"), new BigDecimal("60"),
                                                LocalDate.of(2025, 8, 31)))))));
    }

    // ---------------------------------------------------------------- the tests

    @TestFactory
    Stream<DynamicContainer> everyUseCaseByEveryCaller() {
        return rows().stream().map(row -> DynamicContainer.dynamicContainer(row.name(), Arrays.stream(Who.values())
                .map(who -> DynamicTest.dynamicTest(who + " → " + row.expected().of(who), () -> check(row, who)))));
    }

    /**
     * The use cases of issue 4 (programmes and rounds), built alongside this matrix: their rows belong with
     * that issue. Every other use case must have a row here.
     */
    static final Set<String> NOT_YET_IN_THE_MATRIX = Set.of("defineProgramme", "runRound", "getRound",
            // authorizes nothing itself: the write it wraps checks its caller (tested with every write's row)
            "idempotentWrite");

    @Test
    void everyUseCaseOfJifenHasARow() {
        List<String> covered = rows().stream().map(Row::useCase).distinct().toList();
        List<String> useCases = Arrays.stream(JifenUseCases.class.getRecordComponents()).map(RecordComponent::getName)
                .filter(name -> !NOT_YET_IN_THE_MATRIX.contains(name)).toList();
        assertThat(covered).containsExactlyInAnyOrderElementsOf(useCases);
    }

    private static void check(Row row, Who who) {
        Given given = Given.in(row.state());
        Caller caller = who.caller(given, row.department(), row.otherDepartment());
        String expected = row.expected().of(who);
        JifenWorld.Stores before = given.world.stores();

        Throwable thrown = catchThrowable(() -> row.call().apply(given, caller));

        String description = row.name() + " by " + who + " " + caller;
        if (expected.equals(ALLOWED)) {
            assertThat(thrown).as(description).isNull();
        } else {
            assertThat(thrown).as(description).isInstanceOf(DomainException.class);
            assertThat(((DomainException) thrown).code()).as("%s: %s", description, thrown.getMessage())
                    .isEqualTo(expected);
            given.world.assertUnchangedSince(before);
        }
    }

    // ---------------------------------------------------------------- the world each case acts on

    static ResidencePermit permit(String number) {
        return new ResidencePermit(number, HAISHU, LocalDate.of(2024, 1, 1), LocalDate.of(2027, 12, 31));
    }

    /**
     * A fresh world on Monday 2025-09-15 at 10:00, built through the use cases by the setup callers (the
     * provincial administrator and system, the Haishu clerk, reviewers and supervisor).
     */
    static final class Given {

        static final String CRIMINAL_EVENT = "HS-XS-2025-0903";
        static final Caller FIRST_POLICE_REVIEWER = Caller.reviewer("reviewer-haishu-police-first", HAISHU,
                Department.PUBLIC_SECURITY);

        final JifenWorld world = JifenWorld.at(TODAY, 10, 0).withDefaultCatalogues().withCalendar2025();
        final PersonId applicant;
        final PersonId spouse;
        final PersonId other;
        ApplicationId application;
        AppealId appeal;

        private Given() {
            spouse = register("李娜", TestIdNumbers.idNumber("410304", LocalDate.of(1991, 6, 12), 246), "000802");
            applicant = register("张伟", TestIdNumbers.idNumber("510102", LocalDate.of(1990, 3, 7), 123), "000801");
            other = register("王芳", TestIdNumbers.idNumber("320102", LocalDate.of(1988, 11, 30), 468), "000803");
            jifen().addHouseholdMember().addMember(new AddHouseholdMemberCommand(CLERK, applicant, Relation.SPOUSE,
                    TestIdNumbers.idNumber("410304", LocalDate.of(1991, 6, 12), 246), "李娜", Optional.of(spouse)));
            jifen().recordSystemData().record(new RecordSystemDataCommand(SYSTEM, List.of(new SystemDataRecord(
                    applicant, IndicatorCode.of("P04"), new BigDecimal("45"), LocalDate.of(2025, 8, 31)))));
        }

        /** A fresh world brought through every state up to {@code state}. */
        static Given in(State state) {
            Given given = state.previous == null ? new Given() : in(state.previous);
            given.reach(state);
            return given;
        }

        private void reach(State state) {
            switch (state) {
                case PERSONS -> {
                }
                case SUBMITTED -> application = jifen().submitApplication().submit(new SubmitApplicationCommand(
                        CLERK, Optional.empty(), applicant, HAISHU, Channel.DISTRICT_CENTRE, List.of(
                                new ClaimRequest(IndicatorCode.of("P02"), new Facts.LevelHeld("BACHELOR"),
                                        List.of("evidence/diploma.pdf")),
                                new ClaimRequest(IndicatorCode.of("M01"), new Facts.LevelHeld("REGISTERED_RENTAL"),
                                        List.of("evidence/rental.pdf"))))).id();
                case PENALTY_AWAITING_SECOND_APPROVAL -> {
                    var recorded = jifen().recordDeduction().record(new RecordDeductionCommand(FIRST_POLICE_REVIEWER,
                            application, IndicatorCode.of("M91"), "CRIMINAL", CRIMINAL_EVENT, LocalDate.of(2025, 9, 3),
                            VerificationMethod.SYSTEM_CHECK));
                    assertThat(recorded.deduction().status()).isEqualTo(ClaimStatus.AWAITING_SECOND_APPROVAL);
                }
                case DECIDED -> {
                    jifen().decideClaim().decide(DecideClaimCommand.reject(JifenWorld.reviewer(Department.EDUCATION),
                            application, IndicatorCode.of("P02"), DecideClaimCommand.MISSING_EVIDENCE,
                            Optional.empty()));
                    jifen().decideClaim().decide(DecideClaimCommand.approve(JifenWorld.reviewer(Department.HOUSING),
                            application, IndicatorCode.of("M01"), Optional.empty()));
                }
                case PUBLISHED -> jifen().publishApplication().publish(new PublishApplicationCommand(SUPERVISOR,
                        application));
                case APPEALED -> appeal = jifen().fileAppeal().file(new FileAppealCommand(
                        Caller.applicant("applicant-himself", HAISHU, applicant), application,
                        List.of(IndicatorCode.of("P02")), "毕业证书已提交")).id();
            }
        }

        private PersonId register(String name, IdNumber idNumber, String permit) {
            return jifen().registerPerson().register(new RegisterPersonCommand(CLERK, idNumber, name, Optional.empty(),
                    Optional.of(permit("NB-HS-2024-" + permit)), HAISHU)).personId();
        }

        JifenUseCases jifen() {
            return world.jifen();
        }
    }
}
