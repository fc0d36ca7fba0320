package org.jifen.application.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.jifen.application.scenario.JifenWorld.ADMIN;
import static org.jifen.application.scenario.JifenWorld.AUDITOR;
import static org.jifen.application.scenario.JifenWorld.CLERK;
import static org.jifen.application.scenario.JifenWorld.HAISHU;
import static org.jifen.application.scenario.JifenWorld.SUPERVISOR;
import static org.jifen.application.scenario.JifenWorld.SYSTEM;
import static org.jifen.application.scenario.JifenWorld.YINZHOU;
import static org.jifen.application.scenario.JifenWorld.refusal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jifen.application.audit.AuditChainVerifier;
import org.jifen.application.port.in.appeal.ApplicationStanding;
import org.jifen.application.port.in.appeal.ApplicationStandingQuery;
import org.jifen.application.port.in.appeal.ApplicationStandingView;
import org.jifen.application.port.in.appeal.DecideAppealCommand;
import org.jifen.application.port.in.appeal.DecideAppealResult;
import org.jifen.application.port.in.appeal.FileAppealCommand;
import org.jifen.application.port.in.application.ApplicationQuery;
import org.jifen.application.port.in.application.ClaimRequest;
import org.jifen.application.port.in.application.PublishApplicationCommand;
import org.jifen.application.port.in.application.SubmitApplicationCommand;
import org.jifen.application.port.in.audit.AuditEventsQuery;
import org.jifen.application.port.in.audit.AuditVerification;
import org.jifen.application.port.in.entitlement.EntitlementsQuery;
import org.jifen.application.port.in.ledger.ClearPointsCommand;
import org.jifen.application.port.in.ledger.ClearingResult;
import org.jifen.application.port.in.ledger.LedgerQuery;
import org.jifen.application.port.in.person.AddHouseholdMemberCommand;
import org.jifen.application.port.in.person.PersonQuery;
import org.jifen.application.port.in.person.PersonView;
import org.jifen.application.port.in.person.RegisterPersonCommand;
import org.jifen.application.port.in.review.DecideClaimCommand;
import org.jifen.application.port.in.review.RecordDeductionCommand;
import org.jifen.application.port.in.review.RecordDeductionResult;
import org.jifen.application.port.in.systemdata.RecordSystemDataCommand;
import org.jifen.application.port.out.audit.AuditQuery;
import org.jifen.application.port.out.credit.BadCreditRecord;
import org.jifen.application.port.out.systemdata.SystemDataRecord;
import org.jifen.domain.access.Caller;
import org.jifen.domain.access.Role;
import org.jifen.domain.appeal.Appeal;
import org.jifen.domain.appeal.AppealStatus;
import org.jifen.domain.appeal.Correction;
import org.jifen.domain.application.Channel;
import org.jifen.domain.application.ClaimStatus;
import org.jifen.domain.application.PointsApplication;
import org.jifen.domain.application.VerificationMethod;
import org.jifen.domain.audit.AuditAction;
import org.jifen.domain.audit.AuditEvent;
import org.jifen.domain.catalogue.Department;
import org.jifen.domain.catalogue.Facts;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.catalogue.Tier;
import org.jifen.domain.entitlement.Entitlement;
import org.jifen.domain.entitlement.EntitlementId;
import org.jifen.domain.ledger.EntryReason;
import org.jifen.domain.ledger.Freeze;
import org.jifen.domain.ledger.IndicatorRef;
import org.jifen.domain.ledger.Ledger;
import org.jifen.domain.ledger.LedgerEntry;
import org.jifen.domain.ledger.SourceKind;
import org.jifen.domain.person.IdNumber;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.person.PhoneNumber;
import org.jifen.domain.person.Relation;
import org.jifen.domain.person.ResidencePermit;
import org.jifen.domain.person.TestIdNumbers;
import org.jifen.domain.shared.DomainException;
import org.jifen.domain.shared.Points;
import org.jifen.domain.statement.ScoreStatement;
import org.jifen.domain.statement.TierStatement;
import org.junit.jupiter.api.Test;

/**
 * The issue-3 scenario (DOMAIN.md §1, §4, §6, §7): applicants walk the whole workflow through the real
 * use cases ({@code JifenUseCases} over in-memory adapters) while the clock moves through September to
 * November 2025 — registration with a household, system data, submission at the Haishu service centre,
 * review by each indicator's department, a penalty, publication on Tuesday 30 September (the window runs
 * over the National Day holidays to Tuesday 14 October), an appeal upheld with corrected facts, finality,
 * and a fraud clearing. Each step asserts the application, the ledger, the statement (worked out by hand)
 * and the audit log with its chain; each refusal on the way asserts its code and that nothing changed.
 * A second applicant whose permit has expired is refused at submission.
 *
 * <p>The last test walks the same way while collecting every audit event, error message and returned
 * view, and shows that none of them holds a full ID number or phone number of the people involved.
 */
class WorkflowScenarioTest {

    // ---------------------------------------------------------------- the calendar of the scenario

    /** Monday: catalogues, calendar, registration at the window. */
    static final LocalDate REGISTERED_ON = LocalDate.of(2025, 9, 15);
    /** Tuesday: the application is submitted at the district service centre. */
    static final LocalDate SUBMITTED_ON = LocalDate.of(2025, 9, 16);
    /** Thursday: the departments review. */
    static final LocalDate REVIEWED_ON = LocalDate.of(2025, 9, 18);
    /** Saturday: the applicant is held in administrative detention (行政拘留). */
    static final LocalDate DETAINED_ON = LocalDate.of(2025, 9, 20);
    /** Monday: the police record the penalty. */
    static final LocalDate PENALTY_RECORDED_ON = LocalDate.of(2025, 9, 22);
    /** Tuesday before the 国庆节、中秋节 holidays (1–8 October 2025). */
    static final LocalDate PUBLISHED_ON = LocalDate.of(2025, 9, 30);
    /**
     * Five working days after 30 September: 1–8 October are holidays, then Thu 9 (1), Fri 10 (2),
     * make-up Saturday 11 (3), Mon 13 (4), Tue 14 (5).
     */
    static final LocalDate APPEAL_UNTIL = LocalDate.of(2025, 10, 14);
    /** Thursday 9 October: the first working day after the holidays, inside the window. */
    static final LocalDate APPEALED_ON = LocalDate.of(2025, 10, 9);
    /** Ten working days after 9 October: Fri 10, Sat 11 (make-up), 13, 14, 15, 16, 17, 20, 21, 22. */
    static final LocalDate APPEAL_DECIDE_BY = LocalDate.of(2025, 10, 22);
    static final LocalDate APPEAL_DECIDED_ON = LocalDate.of(2025, 10, 13);
    /** The day after the window: final (终局). */
    static final LocalDate FINAL_ON = LocalDate.of(2025, 10, 15);
    static final LocalDate SCHOOL_PLACE_GRANTED_ON = LocalDate.of(2025, 10, 20);
    /** Monday: the diploma is found forged; the points are cleared. */
    static final LocalDate CLEARED_ON = LocalDate.of(2025, 11, 3);

    // ---------------------------------------------------------------- the people (synthetic numbers only)

    /** 张伟, from Chengdu (510102), living in Haishu. */
    static final String APPLICANT_ID = TestIdNumbers.number("510102", LocalDate.of(1990, 3, 7), 123);
    static final String APPLICANT_PHONE = "13912345678";
    /** His spouse 李娜, from Luoyang (410304). */
    static final String SPOUSE_ID = TestIdNumbers.number("410304", LocalDate.of(1991, 6, 12), 246);
    /** Their son 张小宝, born in Haishu. */
    static final String CHILD_ID = TestIdNumbers.number("330203", LocalDate.of(2018, 9, 1), 357);
    /** 王强, from Wuhan (420102), whose Haishu permit ran out on 30 June 2025. */
    static final String SECOND_ID = TestIdNumbers.number("420102", LocalDate.of(1985, 11, 30), 468);
    static final String SECOND_PHONE = "13787654321";

    static final List<String> FULL_NUMBERS = List.of(APPLICANT_ID, SPOUSE_ID, CHILD_ID, SECOND_ID, APPLICANT_PHONE,
            SECOND_PHONE);

    // ---------------------------------------------------------------- staff

    static final Caller EDUCATION = JifenWorld.reviewer(Department.EDUCATION);
    static final Caller HOUSING = JifenWorld.reviewer(Department.HOUSING);
    static final Caller POLICE = JifenWorld.reviewer(Department.PUBLIC_SECURITY);
    static final Caller HOUSING_OF_YINZHOU = Caller.reviewer("reviewer-yinzhou-housing", YINZHOU,
            Department.HOUSING);
    static final Caller CLERK_OF_YINZHOU = Caller.of("clerk-yinzhou-centre", Role.CLERK, YINZHOU);
    static final Caller SUPERVISOR_OF_YINZHOU = Caller.of("supervisor-yinzhou", Role.SUPERVISOR, YINZHOU);
    static final Caller ADMIN_OF_HAISHU = Caller.of("admin-haishu", Role.ADMIN, HAISHU);
    static final Caller ADMIN_OF_YINZHOU = Caller.of("admin-yinzhou", Role.ADMIN, YINZHOU);

    static final String CASE_NUMBER = "HS-GA-2025-0173";
    /** The administrator's words, naming the person by ID number and phone as a police report would. */
    static final String CLEARING_REASON = "持证人" + APPLICANT_ID + "（电话" + APPLICANT_PHONE + "）提交的学历证书系伪造";
    /** The same as the audit log and every view must show it. */
    static final String CLEARING_REASON_MASKED = "持证人510102********" + APPLICANT_ID.substring(14)
            + "（电话139****5678）提交的学历证书系伪造";

    // ---------------------------------------------------------------- the walk's state

    private final JifenWorld world = JifenWorld.at(REGISTERED_ON, 9, 0);
    /** The (action, actor, role) of every audit event the walk expects, in order. */
    private final List<org.assertj.core.groups.Tuple> expectedAudit = new ArrayList<>();
    /** Every returned view or record and every refusal's message, as text: for the masking check. */
    private final List<String> seen = new ArrayList<>();

    private PersonId applicant;
    private PersonId second;
    private Caller applicantCaller;
    private Caller secondCaller;
    private PointsApplication application;
    private Appeal appeal;
    private PersonView revealed;

    @Test
    void applicantsWalkFromRegistrationThroughReviewPublicationAppealAndClearing() {
        walk();
    }

    @Test
    void noAuditEventErrorOrViewOfTheWalkHoldsAFullIdNumberOrPhoneNumber() {
        walk();
        world.audit().forEach(event -> seen(event.details(), event));
        seen(world.jifen().readAuditLog().events(new AuditEventsQuery(AUDITOR, AuditQuery.everything())));

        // the numbers looked for are the real ones: the one audited reveal shows them whole
        assertThat(revealed.idNumber()).isEqualTo(APPLICANT_ID);
        assertThat(revealed.phone()).contains(APPLICANT_PHONE);
        assertThat(revealed.household()).extracting(PersonView.Member::idNumber).containsExactly(SPOUSE_ID, CHILD_ID);
        assertThat(seen).hasSizeGreaterThan(60);
        for (String text : seen) {
            for (String number : FULL_NUMBERS) {
                assertThat(text).as("shown to a caller or written to the audit log").doesNotContain(number);
            }
        }
    }

    /**
     * The appeal on M01 (residence: own home, not a rental) is still open when the fraud is found. The
     * clearing zeroes everything on 2025-10-10; the department then upholds the appeal on 13 October, which
     * posts +20 on M01 effective 30 September again. Clearing the same police case once more brings that
     * back to zero too — the case is the same, and so are the indicator and the date it clears.
     */
    @Test
    void anAppealUpheldAfterTheClearing_isClearedUnderTheSameCaseAgain() {
        setUp();
        register();
        recordSystemData();
        submit();
        review();
        recordPenalty();
        publish();

        world.clockAt(APPEALED_ON, 9, 30);
        appeal = world.jifen().fileAppeal().file(new FileAppealCommand(applicantCaller, application.id(),
                List.of(IndicatorCode.of("M01")), "房屋为自有住房，不是租赁"));
        expectAudit(AuditAction.APPEAL_FILED, applicantCaller);
        world.clockAt(APPEALED_ON.plusDays(1), 10, 0);
        ClearingResult first = world.jifen().clearPoints().clear(new ClearPointsCommand(ADMIN_OF_HAISHU, applicant,
                CASE_NUMBER, CLEARING_REASON));
        expectAudit(AuditAction.POINTS_CLEARED, ADMIN_OF_HAISHU);
        assertThat(first.entries()).hasSize(7);
        assertTotal(PUBLISHED_ON, "0.00");

        world.clockAt(APPEAL_DECIDED_ON, 15, 0);
        DecideAppealResult upheld = world.jifen().decideAppeal().decide(DecideAppealCommand.uphold(HOUSING,
                appeal.id(), List.of(new Correction(IndicatorCode.of("M01"), new Facts.LevelHeld("OWN_HOME"))),
                "不动产权证书属实"));
        expectAudit(AuditAction.APPEAL_DECIDED, HOUSING);
        assertThat(upheld.corrections()).singleElement().satisfies(e -> assertEntry(e, "M01", "20.00",
                EntryReason.CORRECTION, PUBLISHED_ON, HOUSING.subject(), world.now()));
        // provincial 0; municipal bonus M01 20 (M91 cleared to 0); Haishu 0
        assertTotal(PUBLISHED_ON, "20.00");

        world.clockAt(APPEAL_DECIDED_ON.plusDays(1), 10, 0);
        ClearingResult again = world.jifen().clearPoints().clear(new ClearPointsCommand(ADMIN_OF_HAISHU, applicant,
                CASE_NUMBER, CLEARING_REASON));
        expectAudit(AuditAction.POINTS_CLEARED, ADMIN_OF_HAISHU);

        assertThat(again.entries()).singleElement().satisfies(e -> assertEntry(e, "M01", "-20.00",
                EntryReason.CLEARING, PUBLISHED_ON, ADMIN_OF_HAISHU.subject(), world.now()));
        assertThat(again.entries().get(0).key()).isNotIn(first.entries().stream().map(LedgerEntry::key).toList());
        assertTotal(PUBLISHED_ON, "0.00");
        Ledger ledger = world.adapters().ledgers().load(applicant);
        ledger.entries().stream().map(LedgerEntry::indicator).distinct().forEach(indicator -> assertThat(
                ledger.balance(indicator, PUBLISHED_ON, world.now())).as("%s", indicator).isEqualTo(Points.ZERO));
        assertAuditLog();
    }

    // ================================================================ the walk

    private void walk() {
        setUp();
        register();
        recordSystemData();
        submit();
        refuseTheSecondApplicant();
        review();
        recordPenalty();
        publish();
        appeal();
        decideAppeal();
        becomeFinal();
        clear();
    }

    /** 2025-09-15: the administrator imports the three default catalogues and loads the 2025 calendar. */
    private void setUp() {
        world.withDefaultCatalogues().withCalendar2025();
        expectAudit(AuditAction.CATALOGUE_IMPORTED, ADMIN);
        expectAudit(AuditAction.CATALOGUE_IMPORTED, ADMIN);
        expectAudit(AuditAction.CATALOGUE_IMPORTED, ADMIN);
        expectAudit(AuditAction.CALENDAR_LOADED, ADMIN);
        assertThat(world.audit()).extracting(AuditEvent::subject)
                .containsExactly("330000-2022", "330200-2022", "330203-2022", "calendar-2025");
        assertAuditLog();
    }

    /** 2025-09-15: the Haishu window registers 张伟 with his spouse and son, and 王强. */
    private void register() {
        ResidencePermit permit = new ResidencePermit("NB-HS-2024-000815", HAISHU, LocalDate.of(2024, 3, 1),
                LocalDate.of(2027, 2, 28));
        PersonView registered = seen(world.jifen().registerPerson().register(new RegisterPersonCommand(CLERK,
                IdNumber.parse(APPLICANT_ID), "张伟", Optional.of(PhoneNumber.parse(APPLICANT_PHONE)),
                Optional.of(permit), HAISHU)));
        applicant = registered.personId();
        applicantCaller = Caller.applicant("applicant-zhang-wei", HAISHU, applicant);
        assertThat(registered.idNumber()).isEqualTo("510102********" + APPLICANT_ID.substring(14));
        assertThat(registered.phone()).contains("139****5678");
        assertThat(registered.permit()).contains(permit);
        assertThat(registered.residenceDistrict()).isEqualTo(HAISHU);
        assertThat(registered.revealed()).isFalse();
        expectAudit(AuditAction.PERSON_REGISTERED, CLERK);

        seen(world.jifen().addHouseholdMember().addMember(new AddHouseholdMemberCommand(CLERK, applicant,
                Relation.SPOUSE, IdNumber.parse(SPOUSE_ID), "李娜", Optional.empty())));
        PersonView family = seen(world.jifen().addHouseholdMember().addMember(new AddHouseholdMemberCommand(CLERK,
                applicant, Relation.CHILD, IdNumber.parse(CHILD_ID), "张小宝", Optional.empty())));
        assertThat(family.household()).extracting(PersonView.Member::relation, PersonView.Member::idNumber,
                PersonView.Member::name).containsExactly(
                        tuple(Relation.SPOUSE, "410304********" + SPOUSE_ID.substring(14), "李娜"),
                        tuple(Relation.CHILD, "330203********" + CHILD_ID.substring(14), "张小宝"));
        expectAudit(AuditAction.HOUSEHOLD_MEMBER_ADDED, CLERK);
        expectAudit(AuditAction.HOUSEHOLD_MEMBER_ADDED, CLERK);

        PersonView other = seen(world.jifen().registerPerson().register(new RegisterPersonCommand(CLERK,
                IdNumber.parse(SECOND_ID), "王强", Optional.of(PhoneNumber.parse(SECOND_PHONE)),
                Optional.of(new ResidencePermit("NB-HS-2022-000311", HAISHU, LocalDate.of(2022, 7, 1),
                        LocalDate.of(2025, 6, 30))), HAISHU)));
        second = other.personId();
        secondCaller = Caller.applicant("applicant-wang-qiang", HAISHU, second);
        expectAudit(AuditAction.PERSON_REGISTERED, CLERK);

        refused("PERSON_EXISTS", () -> world.jifen().registerPerson().register(new RegisterPersonCommand(CLERK,
                IdNumber.parse(APPLICANT_ID), "张伟", Optional.empty(), Optional.of(permit), HAISHU)));
        refused("DUPLICATE_MEMBER", () -> world.jifen().addHouseholdMember().addMember(new AddHouseholdMemberCommand(
                CLERK, applicant, Relation.SPOUSE, IdNumber.parse(SPOUSE_ID), "李娜", Optional.empty())));
        refused("OUT_OF_JURISDICTION", () -> world.jifen().addHouseholdMember().addMember(
                new AddHouseholdMemberCommand(CLERK_OF_YINZHOU, applicant, Relation.CHILD,
                        IdNumber.parse(TestIdNumbers.number("330203", LocalDate.of(2020, 5, 5), 579)), "张小贝",
                        Optional.empty())));
        refused("NOT_OWN_DATA", () -> world.jifen().getPerson().get(PersonQuery.masked(secondCaller, applicant)));
        refused("FORBIDDEN", () -> world.jifen().getPerson().get(new PersonQuery(HOUSING, applicant, true)));
        refused("INVALID_ID_NUMBER", () -> IdNumber.parse(TestIdNumbers.withWrongCheck(APPLICANT_ID)));

        // the applicant sees himself masked; the clerk checks the numbers whole at the window, audited
        PersonView own = seen(world.jifen().getPerson().get(PersonQuery.masked(applicantCaller, applicant)));
        assertThat(own.idNumber()).isEqualTo(registered.idNumber());
        revealed = world.jifen().getPerson().get(new PersonQuery(CLERK, applicant, true));
        assertThat(revealed.revealed()).isTrue();
        expectAudit(AuditAction.PERSONAL_DATA_REVEALED, CLERK);
        assertThat(world.audit().get(world.audit().size() - 1).details()).isEqualTo("ID number 510102********"
                + APPLICANT_ID.substring(14) + ", phone 139****5678, 2 household ID numbers shown whole");
        assertAuditLog();
    }

    /**
     * The provincial data exchange sends 张伟's records as of 31 August: 45 months of social insurance
     * (P04), 70 months of registered residence in Zhejiang (P05), 40 months of residence registration in
     * Haishu (HS03). System data is not a decision: nothing is posted or audited yet.
     */
    private void recordSystemData() {
        LocalDate asOf = LocalDate.of(2025, 8, 31);
        int stored = world.jifen().recordSystemData().record(new RecordSystemDataCommand(SYSTEM, List.of(
                record("P04", "45", asOf), record("P05", "70", asOf), record("HS03", "40", asOf))));
        assertThat(stored).isEqualTo(3);
        assertThat(world.ledger(applicant)).isEmpty();
        assertAuditLog();
    }

    /**
     * 2025-09-16: the clerk submits at the district service centre: education (P02 BACHELOR) and residence
     * (M01 REGISTERED_RENTAL) with evidence, community governance (M10, 8 points) for manual checking.
     * The AUTO indicators with data are scored at once: P01 age 35 → 20; P04 45 × 0.5 = 22.50; P05
     * 70 × 0.25 = 17.50; HS03 3 full years of 12 months × 1 = 3. Nothing is posted before publication.
     */
    private void submit() {
        world.clockAt(SUBMITTED_ON, 10, 0);
        SubmitApplicationCommand command = new SubmitApplicationCommand(CLERK, Optional.of("HS-CENTRE-20250916-001"),
                applicant, HAISHU, Channel.DISTRICT_CENTRE, List.of(
                        new ClaimRequest(IndicatorCode.of("P02"), new Facts.LevelHeld("BACHELOR"),
                                List.of("evidence/diploma.pdf")),
                        new ClaimRequest(IndicatorCode.of("M01"), new Facts.LevelHeld("REGISTERED_RENTAL"),
                                List.of("evidence/rental-registration.pdf")),
                        new ClaimRequest(IndicatorCode.of("M10"), new Facts.SetPoints(Points.of(8)),
                                List.of("evidence/grid-member-certificate.pdf"))));
        application = seen(world.jifen().submitApplication().submit(command));

        assertThat(application.person()).isEqualTo(applicant);
        assertThat(application.district()).isEqualTo(HAISHU);
        assertThat(application.channel()).isEqualTo(Channel.DISTRICT_CENTRE);
        assertThat(application.submittedOn()).isEqualTo(SUBMITTED_ON);
        assertClaims(
                tuple("P01", ClaimStatus.APPROVED, "20.00"),
                tuple("P04", ClaimStatus.APPROVED, "22.50"),
                tuple("P05", ClaimStatus.APPROVED, "17.50"),
                tuple("HS03", ClaimStatus.APPROVED, "3.00"),
                tuple("P02", ClaimStatus.PENDING, "0.00"),
                tuple("M01", ClaimStatus.PENDING, "0.00"),
                tuple("M10", ClaimStatus.PENDING, "0.00"));
        assertThat(world.ledger(applicant)).isEmpty();
        assertTotal(SUBMITTED_ON, "0.00");
        expectAudit(AuditAction.APPLICATION_SUBMITTED, CLERK);
        assertThat(lastAudit().subject()).isEqualTo(application.id().value());
        assertAuditLog();

        // the same key and content again (a double click at the window) returns the first application
        JifenWorld.Stores before = world.stores();
        assertThat(world.jifen().submitApplication().submit(command)).isEqualTo(application);
        world.assertUnchangedSince(before);

        refused("CLAIMS_PENDING", () -> world.jifen().publishApplication().publish(
                new PublishApplicationCommand(SUPERVISOR, application.id())));
    }

    /** 王强's permit expired on 2025-06-30: refused before any scoring, nothing written. */
    private void refuseTheSecondApplicant() {
        DomainException refused = refused("PERMIT_EXPIRED", () -> world.jifen().submitApplication().submit(
                new SubmitApplicationCommand(CLERK, Optional.empty(), second, HAISHU, Channel.DISTRICT_CENTRE,
                        List.of(new ClaimRequest(IndicatorCode.of("P02"), new Facts.LevelHeld("ASSOCIATE"),
                                List.of("evidence/diploma-wang.pdf"))))));
        assertThat(refused.getMessage()).isEqualTo(
                "the residence permit is valid from 2022-07-01 to 2025-06-30, not on 2025-09-16");
        assertThat(world.adapters().applications().findByPerson(second)).isEmpty();
        assertThat(world.ledger(second)).isEmpty();
        assertAuditLog();
    }

    /**
     * 2025-09-18: each claim goes to its department. Education finds no diploma in the file and rejects
     * P02 (MISSING_EVIDENCE, zero); housing approves M01 (registered rental → 10); the police verify the
     * grid-member service on site and approve M10 at 8 (not more than 10: no second reviewer).
     */
    private void review() {
        world.clockAt(REVIEWED_ON, 10, 0);
        refused("WRONG_DEPARTMENT", () -> world.jifen().decideClaim().decide(DecideClaimCommand.approve(HOUSING,
                application.id(), IndicatorCode.of("P02"), Optional.empty())));
        refused("OUT_OF_JURISDICTION", () -> world.jifen().decideClaim().decide(DecideClaimCommand.approve(
                HOUSING_OF_YINZHOU, application.id(), IndicatorCode.of("M01"), Optional.empty())));
        refused("METHOD_REQUIRED", () -> world.jifen().decideClaim().decide(DecideClaimCommand.approve(POLICE,
                application.id(), IndicatorCode.of("M10"), Optional.empty())));

        seen(world.jifen().decideClaim().decide(DecideClaimCommand.reject(EDUCATION, application.id(),
                IndicatorCode.of("P02"), DecideClaimCommand.MISSING_EVIDENCE, Optional.empty())));
        expectAudit(AuditAction.CLAIM_DECIDED, EDUCATION);
        seen(world.jifen().decideClaim().decide(DecideClaimCommand.approve(HOUSING, application.id(),
                IndicatorCode.of("M01"), Optional.empty())));
        expectAudit(AuditAction.CLAIM_DECIDED, HOUSING);
        application = seen(world.jifen().decideClaim().decide(DecideClaimCommand.approve(POLICE, application.id(),
                IndicatorCode.of("M10"), new Facts.SetPoints(Points.of(8)),
                Optional.of(VerificationMethod.SITE_VISIT))));
        expectAudit(AuditAction.CLAIM_DECIDED, POLICE);

        assertClaimsAsReviewed();
        var p02 = application.requireClaim(IndicatorCode.of("P02")).decision().orElseThrow();
        assertThat(p02.reason()).contains("MISSING_EVIDENCE");
        assertThat(p02.decidedBy()).isEqualTo(EDUCATION.subject());
        var m10 = application.requireClaim(IndicatorCode.of("M10")).decision().orElseThrow();
        assertThat(m10.method()).contains(VerificationMethod.SITE_VISIT);
        assertThat(m10.secondApprovedBy()).isEmpty();
        assertThat(world.ledger(applicant)).as("nothing is posted before publication").isEmpty();
        assertTotal(REVIEWED_ON, "0.00");
        assertThat(world.audit().subList(world.audit().size() - 3, world.audit().size()))
                .extracting(AuditEvent::subject, AuditEvent::details).containsExactly(
                        tuple(applicant.value(), "application " + application.id() + ", claim P02 REJECTED, reason "
                                + "MISSING_EVIDENCE"),
                        tuple(applicant.value(), "application " + application.id() + ", claim M01 APPROVED, target "
                                + "10.00"),
                        tuple(applicant.value(), "application " + application.id() + ", claim M10 APPROVED, target "
                                + "8.00, method SITE_VISIT"));
        assertAuditLog();
    }

    /**
     * 2025-09-22: the police record the detention of Saturday 20 September on M91: −10, not more than 10 so
     * posted at once, effective on the event date, freezing the account until 2026-09-20. On 22 September
     * the statement counts provincial 0 + municipal (bonus 0, deductions −10) + Haishu 0 = −10, clamped
     * to a total of 0.
     */
    private void recordPenalty() {
        world.clockAt(PENALTY_RECORDED_ON, 11, 0);
        Instant recordedAt = world.now();
        RecordDeductionResult result = seen(world.jifen().recordDeduction().record(new RecordDeductionCommand(POLICE,
                application.id(), IndicatorCode.of("M91"), "DETENTION", "HS-JL-2025-0920", DETAINED_ON,
                VerificationMethod.SYSTEM_CHECK)));
        application = result.application();
        expectAudit(AuditAction.DEDUCTION_RECORDED, POLICE);

        assertClaimsAsReviewed();
        assertThat(application.deductions()).containsExactly(result.deduction());
        assertThat(result.deduction().status()).isEqualTo(ClaimStatus.APPROVED);
        assertThat(result.deduction().points()).isEqualTo(Points.of(-10));
        LedgerEntry penalty = result.posted().orElseThrow();
        assertThat(ledger()).containsExactly(penalty);
        assertEntry(penalty, "M91", "-10.00", EntryReason.DEDUCTION, DETAINED_ON, POLICE.subject(), recordedAt);
        assertThat(penalty.source().kind()).isEqualTo(SourceKind.PENALTY);
        assertThat(penalty.source().reference()).isEqualTo(application.id() + "/HS-JL-2025-0920");
        assertThat(penalty.freeze()).contains(new Freeze(DETAINED_ON, LocalDate.of(2026, 9, 20)));

        ScoreStatement statement = seen(world.statement(applicant, PENALTY_RECORDED_ON));
        assertTier(statement, Tier.PROVINCIAL, "0.00", "0.00", "0.00");
        assertTier(statement, Tier.MUNICIPAL, "0.00", "-10.00", "-10.00");
        assertTier(statement, Tier.DISTRICT, "0.00", "0.00", "0.00");
        assertThat(statement.deductions()).isEqualTo(Points.of(-10));
        assertThat(statement.total()).isEqualTo(Points.ZERO);
        assertThat(statement.frozen()).isTrue();
        assertAuditLog();
    }

    /**
     * Tuesday 2025-09-30: the Haishu supervisor publishes. Each approved claim posts its target effective
     * today by its decider (the AUTO ones by SYSTEM); the rejected P02 posts nothing. Statement on 30
     * September: provincial P01 20 + P04 22.50 + P05 17.50 = 60; municipal bonus M01 10 + M10 8 = 18 with
     * M91 −10, subtotal 8; Haishu HS03 3. Total 60 + 8 + 3 = 71. The window runs to 14 October.
     */
    private void publish() {
        world.clockAt(PUBLISHED_ON, 10, 0);
        refused("OUT_OF_JURISDICTION", () -> world.jifen().publishApplication().publish(
                new PublishApplicationCommand(SUPERVISOR_OF_YINZHOU, application.id())));
        refused("FORBIDDEN", () -> world.jifen().publishApplication().publish(
                new PublishApplicationCommand(HOUSING, application.id())));

        Instant publishedAt = world.now();
        application = seen(world.jifen().publishApplication().publish(
                new PublishApplicationCommand(SUPERVISOR, application.id())));
        expectAudit(AuditAction.APPLICATION_PUBLISHED, SUPERVISOR);

        assertClaimsAsReviewed();
        var publication = application.publication().orElseThrow();
        assertThat(publication.publishedOn()).isEqualTo(PUBLISHED_ON);
        assertThat(publication.appealUntil()).isEqualTo(APPEAL_UNTIL);
        assertThat(publication.publishedBy()).isEqualTo(SUPERVISOR.subject());

        List<LedgerEntry> ledger = ledger();
        assertThat(ledger).hasSize(7);
        assertEntry(ledger.get(1), "P01", "20.00", EntryReason.AWARD, PUBLISHED_ON, "SYSTEM", publishedAt);
        assertEntry(ledger.get(2), "P04", "22.50", EntryReason.AWARD, PUBLISHED_ON, "SYSTEM", publishedAt);
        assertEntry(ledger.get(3), "P05", "17.50", EntryReason.AWARD, PUBLISHED_ON, "SYSTEM", publishedAt);
        assertEntry(ledger.get(4), "HS03", "3.00", EntryReason.AWARD, PUBLISHED_ON, "SYSTEM", publishedAt);
        assertEntry(ledger.get(5), "M01", "10.00", EntryReason.AWARD, PUBLISHED_ON, HOUSING.subject(), publishedAt);
        assertEntry(ledger.get(6), "M10", "8.00", EntryReason.AWARD, PUBLISHED_ON, POLICE.subject(), publishedAt);
        assertThat(ledger.subList(1, 7)).extracting(e -> e.source().kind(), e -> e.source().reference())
                .containsOnly(tuple(SourceKind.APPLICATION, application.id().value()));

        ScoreStatement statement = seen(world.statement(applicant, PUBLISHED_ON));
        assertTier(statement, Tier.PROVINCIAL, "60.00", "0.00", "60.00");
        assertTier(statement, Tier.MUNICIPAL, "18.00", "-10.00", "8.00");
        assertTier(statement, Tier.DISTRICT, "3.00", "0.00", "3.00");
        assertThat(statement.total()).isEqualTo(Points.parse("71.00"));
        assertThat(statement.frozen()).isTrue();
        assertTotal(PUBLISHED_ON.minusDays(1), "0.00");
        assertThat(lastAudit().subject()).isEqualTo(application.id().value());
        assertThat(lastAudit().details()).isEqualTo("published on 2025-09-30, appeals until 2025-10-14; 6 ledger "
                + "entries: P01 +20.00, P04 +22.50, P05 +17.50, HS03 +3.00, M01 +10.00, M10 +8.00");
        assertStanding(applicantCaller, ApplicationStanding.IN_PUBLICATION);
        assertAuditLog();
    }

    /** Thursday 2025-10-09, inside the window: 张伟 appeals the P02 rejection; decide by 2025-10-22. */
    private void appeal() {
        world.clockAt(APPEALED_ON, 9, 30);
        refused("UNKNOWN_INDICATOR", () -> world.jifen().fileAppeal().file(new FileAppealCommand(applicantCaller,
                application.id(), List.of(IndicatorCode.of("HS05")), "我是退役军人")));
        refused("NOT_OWN_DATA", () -> world.jifen().fileAppeal().file(new FileAppealCommand(secondCaller,
                application.id(), List.of(IndicatorCode.of("P02")), "代为申请复核")));

        appeal = seen(world.jifen().fileAppeal().file(new FileAppealCommand(applicantCaller, application.id(),
                List.of(IndicatorCode.of("P02")), "毕业证书已在窗口提交，审核时遗漏")));
        expectAudit(AuditAction.APPEAL_FILED, applicantCaller);

        assertThat(appeal.status()).isEqualTo(AppealStatus.FILED);
        assertThat(appeal.application()).isEqualTo(application.id());
        assertThat(appeal.person()).isEqualTo(applicant);
        assertThat(appeal.indicators()).containsExactly(IndicatorCode.of("P02"));
        assertThat(appeal.filedOn()).isEqualTo(APPEALED_ON);
        assertThat(appeal.decideBy()).isEqualTo(APPEAL_DECIDE_BY);
        assertClaimsAsReviewed();
        assertThat(ledger()).hasSize(7);
        assertTotal(PUBLISHED_ON, "71.00");
        assertStanding(applicantCaller, ApplicationStanding.UNDER_APPEAL);
        assertAuditLog();
    }

    /**
     * Monday 2025-10-13: education finds the diploma and upholds the appeal with the corrected facts
     * (BACHELOR → 10): one CORRECTION entry of +10 effective on the publication date, recorded now. The
     * statement effective on 30 September as known before the decision still says 71; as known now
     * it says 81 (provincial 70) — exactly the correction apart.
     */
    private void decideAppeal() {
        world.clockAt(APPEAL_DECIDED_ON, 15, 0);
        refused("WRONG_DEPARTMENT", () -> world.jifen().decideAppeal().decide(DecideAppealCommand.uphold(HOUSING,
                appeal.id(), List.of(new Correction(IndicatorCode.of("P02"), new Facts.LevelHeld("BACHELOR"))),
                "证书核验属实")));
        Instant before = world.now().minusSeconds(1);

        DecideAppealResult result = seen(world.jifen().decideAppeal().decide(DecideAppealCommand.uphold(EDUCATION,
                appeal.id(), List.of(new Correction(IndicatorCode.of("P02"), new Facts.LevelHeld("BACHELOR"))),
                "证书核验属实")));
        appeal = result.appeal();
        expectAudit(AuditAction.APPEAL_DECIDED, EDUCATION);

        assertThat(appeal.status()).isEqualTo(AppealStatus.UPHELD);
        assertThat(result.corrections()).hasSize(1);
        LedgerEntry correction = result.corrections().get(0);
        assertEntry(correction, "P02", "10.00", EntryReason.CORRECTION, PUBLISHED_ON, EDUCATION.subject(),
                world.now());
        assertThat(correction.source().kind()).isEqualTo(SourceKind.APPEAL);
        assertThat(correction.source().reference()).isEqualTo(appeal.id().value());
        assertThat(ledger()).hasSize(8).last().isEqualTo(correction);
        // the application keeps the department's first decision; the appeal's correction lives in the ledger
        assertClaimsAsReviewed();

        ScoreStatement knownBefore = seen(world.statement(applicant, PUBLISHED_ON, before));
        ScoreStatement knownNow = seen(world.statement(applicant, PUBLISHED_ON));
        assertThat(knownBefore.total()).isEqualTo(Points.parse("71.00"));
        assertThat(knownNow.total()).isEqualTo(Points.parse("81.00"));
        assertThat(knownNow.total().minus(knownBefore.total())).isEqualTo(correction.points());
        assertThat(knownBefore.balanceOf(IndicatorCode.of("P02"))).isEqualTo(Points.ZERO);
        assertThat(knownNow.balanceOf(IndicatorCode.of("P02"))).isEqualTo(Points.of(10));
        assertTier(knownNow, Tier.PROVINCIAL, "70.00", "0.00", "70.00");
        assertTier(knownNow, Tier.MUNICIPAL, "18.00", "-10.00", "8.00");
        assertTier(knownNow, Tier.DISTRICT, "3.00", "0.00", "3.00");
        assertThat(lastAudit().details()).isEqualTo("appeal " + appeal.id() + " on application " + application.id()
                + " UPHELD, corrections [P02 10.00] effective 2025-09-30");
        assertStanding(applicantCaller, ApplicationStanding.IN_PUBLICATION);
        assertAuditLog();
    }

    /** The window's last day is still open; the next day the application is final (终局) and closed to appeals. */
    private void becomeFinal() {
        world.clockAt(APPEAL_UNTIL, 17, 0);
        assertStanding(CLERK, ApplicationStanding.IN_PUBLICATION);
        world.clockAt(FINAL_ON, 9, 0);
        ApplicationStandingView standing = assertStanding(applicantCaller, ApplicationStanding.FINAL);
        assertThat(standing.isFinal()).isTrue();
        assertThat(standing.openAppeals()).isEmpty();
        assertThat(standing.appealUntil()).contains(APPEAL_UNTIL);
        refused("APPEAL_WINDOW_CLOSED", () -> world.jifen().fileAppeal().file(new FileAppealCommand(applicantCaller,
                application.id(), List.of(IndicatorCode.of("M10")), "社区服务积分偏低")));
        assertAuditLog();
    }

    /**
     * 2025-11-03: the diploma proves forged. A Haishu administrator clears the points under police case
     * HS-GA-2025-0173: one clearing entry per (indicator, effective date) negates it, recorded now and
     * effective on that date, so every balance is 0 as known now while the statement as known before
     * still answers 81. The school place obtained through the points is revoked and one bad-credit
     * record goes to the credit system.
     */
    private void clear() {
        world.clockAt(CLEARED_ON, 10, 0);
        Entitlement schoolPlace = new Entitlement(new EntitlementId("ENT-HS-SCHOOL-2025-0042"), applicant,
                IdNumber.parse(CHILD_ID), "张小宝", "HS-SCHOOL-ENROLMENT-2025", "海曙区中心小学",
                world.now().minusSeconds(14 * 86_400L), Optional.empty());
        world.adapters().entitlements().add(schoolPlace);

        refused("FORBIDDEN", () -> world.jifen().clearPoints().clear(new ClearPointsCommand(CLERK, applicant,
                CASE_NUMBER, CLEARING_REASON)));
        refused("OUT_OF_JURISDICTION", () -> world.jifen().clearPoints().clear(new ClearPointsCommand(
                ADMIN_OF_YINZHOU, applicant, CASE_NUMBER, CLEARING_REASON)));

        Instant clearedAt = world.now();
        Instant before = clearedAt.minusSeconds(1);
        ClearingResult result = seen(world.jifen().clearPoints().clear(new ClearPointsCommand(ADMIN_OF_HAISHU,
                applicant, CASE_NUMBER, CLEARING_REASON)));
        expectAudit(AuditAction.POINTS_CLEARED, ADMIN_OF_HAISHU);
        expectAudit(AuditAction.ENTITLEMENT_REVOKED, ADMIN_OF_HAISHU);

        // every (indicator, date) sum negated: M91 +10 on 20 Sep, the seven awards/corrections on 30 Sep
        assertThat(result.entries()).extracting(e -> e.indicator().code().value(), e -> e.points().toString(),
                LedgerEntry::effectiveOn).containsExactly(
                        tuple("M91", "10.00", DETAINED_ON),
                        tuple("P01", "-20.00", PUBLISHED_ON),
                        tuple("P04", "-22.50", PUBLISHED_ON),
                        tuple("P05", "-17.50", PUBLISHED_ON),
                        tuple("HS03", "-3.00", PUBLISHED_ON),
                        tuple("M01", "-10.00", PUBLISHED_ON),
                        tuple("M10", "-8.00", PUBLISHED_ON),
                        tuple("P02", "-10.00", PUBLISHED_ON));
        assertThat(result.entries()).allSatisfy(e -> {
            assertThat(e.reason()).isEqualTo(EntryReason.CLEARING);
            assertThat(e.actor().value()).isEqualTo(ADMIN_OF_HAISHU.subject());
            assertThat(e.recordedAt()).isEqualTo(clearedAt);
            assertThat(e.source().kind()).isEqualTo(SourceKind.CLEARING_CASE);
            assertThat(e.source().reference()).isEqualTo(CASE_NUMBER);
        });
        assertThat(ledger()).hasSize(16);
        assertClaimsAsReviewed();

        Ledger ledger = world.adapters().ledgers().load(applicant);
        List<LocalDate> dates = new ArrayList<>(ledger.entries().stream().map(LedgerEntry::effectiveOn).distinct()
                .toList());
        dates.add(CLEARED_ON);
        for (IndicatorRef indicator : ledger.entries().stream().map(LedgerEntry::indicator).distinct().toList()) {
            for (LocalDate on : dates) {
                assertThat(ledger.balance(indicator, on, world.now())).as("%s on %s", indicator, on)
                        .isEqualTo(Points.ZERO);
            }
        }
        ScoreStatement knownNow = seen(world.statement(applicant, PUBLISHED_ON));
        assertThat(knownNow.total()).isEqualTo(Points.ZERO);
        assertThat(knownNow.tiers()).flatExtracting(TierStatement::indicators)
                .allSatisfy(line -> assertThat(line.balance()).isEqualTo(Points.ZERO));
        assertThat(world.statement(applicant, CLEARED_ON).total()).isEqualTo(Points.ZERO);
        ScoreStatement knownBefore = seen(world.statement(applicant, PUBLISHED_ON, before));
        assertThat(knownBefore.total()).isEqualTo(Points.parse("81.00"));

        assertThat(result.revoked()).hasSize(1);
        Entitlement revoked = seen(world.jifen().entitlements().entitlements(new EntitlementsQuery(applicantCaller,
                applicant))).get(0);
        assertThat(revoked.active()).isFalse();
        var revocation = revoked.revocation().orElseThrow();
        assertThat(revocation.caseNumber()).isEqualTo(CASE_NUMBER);
        assertThat(revocation.revokedBy()).isEqualTo(ADMIN_OF_HAISHU.subject());
        assertThat(revocation.revokedAt()).isEqualTo(clearedAt);
        assertThat(revocation.reason()).isEqualTo("积分清零: " + CLEARING_REASON_MASKED);

        assertThat(result.creditRecordSent()).isTrue();
        List<BadCreditRecord> credit = seen(world.adapters().creditSystem().records());
        assertThat(credit).hasSize(1);
        assertThat(credit.get(0).idNumber()).isEqualTo(IdNumber.parse(APPLICANT_ID));
        assertThat(credit.get(0).caseNumber()).isEqualTo(CASE_NUMBER);
        assertThat(credit.get(0).reportedBy()).isEqualTo(ADMIN_OF_HAISHU.subject());
        assertThat(credit.get(0).reason()).as("the credit system gets the report as written")
                .isEqualTo(CLEARING_REASON);

        assertThat(world.audit().subList(world.audit().size() - 2, world.audit().size()))
                .extracting(AuditEvent::subject, AuditEvent::details).containsExactly(
                        tuple(applicant.value(), "case " + CASE_NUMBER + ", 8 clearing entries, 1 entitlements "
                                + "revoked, person 510102********" + APPLICANT_ID.substring(14)
                                + "; reason: " + CLEARING_REASON_MASKED),
                        tuple(applicant.value(), "entitlement ENT-HS-SCHOOL-2025-0042 (HS-SCHOOL-ENROLMENT-2025, "
                                + "海曙区中心小学) revoked, case " + CASE_NUMBER));
        assertAuditLog();

        // the same case again: nothing more is cleared, revoked, sent or audited
        JifenWorld.Stores cleared = world.stores();
        ClearingResult again = seen(world.jifen().clearPoints().clear(new ClearPointsCommand(ADMIN_OF_HAISHU,
                applicant, CASE_NUMBER, CLEARING_REASON)));
        assertThat(again.entries()).isEmpty();
        assertThat(again.creditRecordSent()).isFalse();
        world.assertUnchangedSince(cleared);

        seen(world.jifen().ledger().entries(new LedgerQuery(applicantCaller, applicant)));
        seen(world.jifen().getApplication().get(new ApplicationQuery(applicantCaller, application.id())));
    }

    // ================================================================ assertions

    private void assertClaims(org.assertj.core.groups.Tuple... expected) {
        PointsApplication stored = world.jifen().getApplication().get(new ApplicationQuery(CLERK, application.id()));
        assertThat(stored).isEqualTo(application);
        assertThat(stored.claims()).extracting(c -> c.indicator().code().value(), c -> c.status(),
                c -> c.points().toString()).containsExactly(expected);
    }

    /** The claims as the departments decided them (the application itself changes no more after review). */
    private void assertClaimsAsReviewed() {
        assertClaims(
                tuple("P01", ClaimStatus.APPROVED, "20.00"),
                tuple("P04", ClaimStatus.APPROVED, "22.50"),
                tuple("P05", ClaimStatus.APPROVED, "17.50"),
                tuple("HS03", ClaimStatus.APPROVED, "3.00"),
                tuple("P02", ClaimStatus.REJECTED, "0.00"),
                tuple("M01", ClaimStatus.APPROVED, "10.00"),
                tuple("M10", ClaimStatus.APPROVED, "8.00"));
    }

    private static void assertEntry(LedgerEntry entry, String indicator, String points, EntryReason reason,
            LocalDate effectiveOn, String actor, Instant recordedAt) {
        assertThat(entry.indicator().code().value()).isEqualTo(indicator);
        assertThat(entry.points()).hasToString(points);
        assertThat(entry.reason()).isEqualTo(reason);
        assertThat(entry.effectiveOn()).isEqualTo(effectiveOn);
        assertThat(entry.actor().value()).isEqualTo(actor);
        assertThat(entry.recordedAt()).isEqualTo(recordedAt);
    }

    private static void assertTier(ScoreStatement statement, Tier tier, String bonus, String deductions,
            String subtotal) {
        TierStatement line = statement.tiers().stream().filter(t -> t.tier() == tier && t.recognised()).findFirst()
                .orElseThrow();
        assertThat(line.bonusSubtotal()).as("%s bonus", tier).hasToString(bonus);
        assertThat(line.deductionSubtotal()).as("%s deductions", tier).hasToString(deductions);
        assertThat(line.subtotal()).as("%s subtotal", tier).hasToString(subtotal);
    }

    private void assertTotal(LocalDate on, String total) {
        assertThat(seen(world.statement(applicant, on)).total()).hasToString(total);
    }

    private ApplicationStandingView assertStanding(Caller caller, ApplicationStanding expected) {
        ApplicationStandingView view = seen(world.jifen().applicationStanding().standing(
                new ApplicationStandingQuery(caller, application.id())));
        assertThat(view.standing()).isEqualTo(expected);
        assertThat(view.on()).isEqualTo(world.today());
        return view;
    }

    /** The applicant's own ledger through the use case, oldest recorded first. */
    private List<LedgerEntry> ledger() {
        return seen(world.jifen().ledger().entries(new LedgerQuery(applicantCaller, applicant)));
    }

    private void expectAudit(AuditAction action, Caller actor) {
        expectedAudit.add(tuple(action, actor.subject(), actor.role().name()));
    }

    private AuditEvent lastAudit() {
        return world.audit().get(world.audit().size() - 1);
    }

    /** The log holds exactly the expected events in order, and the chain verifies with exactly that many. */
    private void assertAuditLog() {
        List<AuditEvent> events = world.audit();
        assertThat(events).extracting(AuditEvent::action, AuditEvent::actor, AuditEvent::role)
                .containsExactlyElementsOf(expectedAudit);
        AuditVerification verification = seen(world.jifen().verifyAuditChain().verify(AUDITOR));
        assertThat(verification).isEqualTo(new AuditVerification(true, expectedAudit.size(), Optional.empty(),
                Optional.empty()));
        assertThat(AuditChainVerifier.verify(events)).isEqualTo(verification);
    }

    /** Runs a call that must be refused with this code, and shows that it changed nothing. */
    private DomainException refused(String code, ThrowingCallable call) {
        JifenWorld.Stores before = world.stores();
        DomainException refusal = refusal(call);
        assertThat(refusal.code()).isEqualTo(code);
        world.assertUnchangedSince(before);
        seen(refusal.getMessage(), refusal);
        return refusal;
    }

    private SystemDataRecord record(String indicator, String quantity, LocalDate asOf) {
        return new SystemDataRecord(applicant, IndicatorCode.of(indicator), new BigDecimal(quantity), asOf);
    }

    private <T> T seen(T returned) {
        seen.add(String.valueOf(returned));
        return returned;
    }

    private void seen(String text, Object whole) {
        seen.add(text);
        seen.add(String.valueOf(whole));
    }
}
