package org.jifen.application.service.review;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jifen.application.audit.AuditTrail;
import org.jifen.application.memory.InMemoryAdapters;
import org.jifen.application.memory.SettableClock;
import org.jifen.application.port.in.appeal.DecideAppealUseCase;
import org.jifen.application.port.in.appeal.FileAppealUseCase;
import org.jifen.application.port.in.appeal.GetApplicationStandingUseCase;
import org.jifen.application.port.in.review.DecideClaimUseCase;
import org.jifen.application.port.in.review.GiveSecondApprovalUseCase;
import org.jifen.application.port.in.review.RecordDeductionUseCase;
import org.jifen.application.service.appeal.DecideAppealService;
import org.jifen.application.service.appeal.FileAppealService;
import org.jifen.application.service.appeal.GetApplicationStandingService;
import org.jifen.domain.access.Caller;
import org.jifen.domain.access.Role;
import org.jifen.domain.appeal.Appeal;
import org.jifen.domain.application.ApplicationId;
import org.jifen.domain.application.Channel;
import org.jifen.domain.application.Claim;
import org.jifen.domain.application.ClaimStatus;
import org.jifen.domain.application.FourEyesPolicy;
import org.jifen.domain.application.PointsApplication;
import org.jifen.domain.application.Publication;
import org.jifen.domain.audit.AuditEvent;
import org.jifen.domain.calendar.CalendarYear;
import org.jifen.domain.catalogue.CatalogueIndicator;
import org.jifen.domain.catalogue.Department;
import org.jifen.domain.catalogue.Facts;
import org.jifen.domain.catalogue.Indicator;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.catalogue.TestCatalogues;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.jurisdiction.DivisionRegistry;
import org.jifen.domain.ledger.Actor;
import org.jifen.domain.ledger.EntrySource;
import org.jifen.domain.ledger.IdempotencyKey;
import org.jifen.domain.ledger.IndicatorRef;
import org.jifen.domain.ledger.Ledger;
import org.jifen.domain.ledger.LedgerEntry;
import org.jifen.domain.ledger.Posting;
import org.jifen.domain.ledger.SourceKind;
import org.jifen.domain.person.HouseholdMember;
import org.jifen.domain.person.Person;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.person.Relation;
import org.jifen.domain.person.ResidencePermit;
import org.jifen.domain.person.TestIdNumbers;
import org.jifen.domain.shared.Points;
import org.jifen.domain.statement.ScoreStatement;
import org.jifen.domain.statement.ScoreStatements;

/**
 * The world the review and appeal tests run in: in-memory adapters with a {@link SettableClock}, the
 * three default catalogues, the 2025 working-day calendar, an applicant in Haishu (person-0001 张伟) with
 * a registered spouse (person-0002 李娜), callers for every role, and the review and appeal services.
 * Applications are built straight into the store (submission is another use case), and publication is
 * simulated the way DOMAIN.md §4 describes it: the aggregate is published and the approved claims'
 * targets are posted effective on the publication date.
 */
public final class ReviewFixture {

    public static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    public static final DivisionCode HAISHU = TestCatalogues.HAISHU;
    public static final DivisionCode YINZHOU = TestCatalogues.YINZHOU;
    public static final DivisionCode NINGBO = TestCatalogues.NINGBO;

    public static final ApplicationId APP = ApplicationId.of("APP-2025-0001");
    public static final PersonId APPLICANT = PersonId.of("person-0001");
    public static final PersonId SPOUSE = PersonId.of("person-0002");
    public static final PersonId PARENT = PersonId.of("person-0003");
    public static final PersonId STRANGER = PersonId.of("person-0009");
    public static final LocalDate SUBMITTED_ON = LocalDate.of(2025, 9, 15);

    public static final Caller HOUSING_REVIEWER = Caller.reviewer("reviewer-haishu-housing-01", HAISHU,
            Department.HOUSING);
    public static final Caller HOUSING_REVIEWER_NINGBO = Caller.reviewer("reviewer-ningbo-housing-01", NINGBO,
            Department.HOUSING);
    public static final Caller HOUSING_REVIEWER_YINZHOU = Caller.reviewer("reviewer-yinzhou-housing-01", YINZHOU,
            Department.HOUSING);
    public static final Caller EDUCATION_REVIEWER = Caller.reviewer("reviewer-haishu-education-01", HAISHU,
            Department.EDUCATION);
    public static final Caller POLICE_REVIEWER = Caller.reviewer("reviewer-haishu-police-01", HAISHU,
            Department.PUBLIC_SECURITY);
    public static final Caller POLICE_REVIEWER_2 = Caller.reviewer("reviewer-haishu-police-02", HAISHU,
            Department.PUBLIC_SECURITY);
    public static final Caller POLICE_REVIEWER_YINZHOU = Caller.reviewer("reviewer-yinzhou-police-01", YINZHOU,
            Department.PUBLIC_SECURITY);
    public static final Caller CREDIT_REVIEWER = Caller.reviewer("reviewer-haishu-credit-01", HAISHU,
            Department.CREDIT);
    /** The applicant's spouse, a housing reviewer in Haishu. */
    public static final Caller SPOUSE_REVIEWER = new Caller("reviewer-haishu-housing-07", Role.REVIEWER, HAISHU,
            Optional.of(Department.HOUSING), Optional.of(SPOUSE));
    /** A police reviewer whose own household record names the applicant (their son). */
    public static final Caller PARENT_REVIEWER = new Caller("reviewer-haishu-police-09", Role.REVIEWER, HAISHU,
            Optional.of(Department.PUBLIC_SECURITY), Optional.of(PARENT));
    public static final Caller SUPERVISOR = Caller.of("supervisor-haishu-01", Role.SUPERVISOR, HAISHU);
    public static final Caller SUPERVISOR_YINZHOU = Caller.of("supervisor-yinzhou-01", Role.SUPERVISOR, YINZHOU);
    public static final Caller CLERK = Caller.of("clerk-haishu-01", Role.CLERK, HAISHU);
    public static final Caller CLERK_YINZHOU = Caller.of("clerk-yinzhou-01", Role.CLERK, YINZHOU);
    public static final Caller APPLICANT_CALLER = Caller.applicant("applicant-person-0001", HAISHU, APPLICANT);
    public static final Caller OTHER_APPLICANT = Caller.applicant("applicant-person-0009", HAISHU, STRANGER);

    /** Everything a refused call must leave as it was. */
    public record State(Optional<PointsApplication> application, List<LedgerEntry> ledger, List<AuditEvent> audit,
            List<Appeal> appeals) {
    }

    private final SettableClock clock;
    private final InMemoryAdapters adapters;
    private final AuditTrail audit;
    private final DecideClaimUseCase decideClaim;
    private final GiveSecondApprovalUseCase giveSecondApproval;
    private final RecordDeductionUseCase recordDeduction;
    private final FileAppealUseCase fileAppeal;
    private final DecideAppealUseCase decideAppeal;
    private final GetApplicationStandingUseCase applicationStanding;

    private ReviewFixture(Instant now, FourEyesPolicy fourEyes) {
        clock = new SettableClock(now, SettableClock.CHINA);
        adapters = new InMemoryAdapters(clock);
        audit = new AuditTrail(adapters.auditLog(), clock);
        decideClaim = new DecideClaimService(adapters.applications(), adapters.persons(), adapters.catalogues(), audit,
                clock, adapters.transactions(), fourEyes);
        giveSecondApproval = new GiveSecondApprovalService(adapters.applications(), adapters.persons(),
                adapters.catalogues(), adapters.ledgers(), audit, clock, adapters.transactions());
        recordDeduction = new RecordDeductionService(adapters.applications(), adapters.persons(),
                adapters.catalogues(), adapters.ledgers(), audit, clock, adapters.transactions(), fourEyes);
        fileAppeal = new FileAppealService(adapters.applications(), adapters.appeals(), adapters.calendar(), audit,
                clock, adapters.ids(), adapters.transactions());
        decideAppeal = new DecideAppealService(adapters.appeals(), adapters.applications(), adapters.persons(),
                adapters.catalogues(), adapters.ledgers(), audit, clock, adapters.transactions());
        applicationStanding = new GetApplicationStandingService(adapters.applications(), adapters.appeals(), clock);

        adapters.catalogues().add(TestCatalogues.provincial());
        adapters.catalogues().add(TestCatalogues.municipal());
        adapters.catalogues().add(TestCatalogues.haishu());
        adapters.calendar().put(year2025());
        adapters.persons().add(applicant());
        adapters.persons().add(person(SPOUSE, "李娜", LocalDate.of(1991, 6, 12), 246, List.of()));
        adapters.persons().add(person(PARENT, "张建国", LocalDate.of(1965, 2, 3), 135, List.of(new HouseholdMember(
                Relation.CHILD, applicant().idNumber(), "张伟", Optional.of(APPLICANT)))));
        adapters.persons().add(person(STRANGER, "王芳", LocalDate.of(1988, 11, 30), 468, List.of()));
    }

    /** A world whose clock stands at 09:00 China time on {@code day}, with the default four-eyes policy. */
    public static ReviewFixture on(LocalDate day) {
        return new ReviewFixture(at(day, 9, 0), FourEyesPolicy.DEFAULT);
    }

    /** The same with another four-eyes threshold. */
    public static ReviewFixture on(LocalDate day, FourEyesPolicy fourEyes) {
        return new ReviewFixture(at(day, 9, 0), fourEyes);
    }

    // ---------------------------------------------------------------- time

    /** That time of day in China. */
    public static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).toInstant(CHINA);
    }

    /** Moves the clock to that time of day in China. */
    public void clockAt(LocalDate day, int hour, int minute) {
        clock.set(at(day, hour, minute));
    }

    public Instant now() {
        return clock.now();
    }

    /**
     * 2025 as the State Council published it: New Year Jan 1; Spring Festival Jan 28–Feb 4 (make-up
     * Sun Jan 26, Sat Feb 8); Qingming Apr 4–6; Labour Day May 1–5 (make-up Sun Apr 27); Dragon Boat
     * May 31–Jun 2; National Day and Mid-Autumn Oct 1–8 (make-up Sun Sep 28, Sat Oct 11).
     */
    public static CalendarYear year2025() {
        List<LocalDate> holidays = new ArrayList<>();
        holidays.add(LocalDate.of(2025, 1, 1));
        holidays.addAll(days(LocalDate.of(2025, 1, 28), LocalDate.of(2025, 2, 4)));
        holidays.addAll(days(LocalDate.of(2025, 4, 4), LocalDate.of(2025, 4, 6)));
        holidays.addAll(days(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 5)));
        holidays.addAll(days(LocalDate.of(2025, 5, 31), LocalDate.of(2025, 6, 2)));
        holidays.addAll(days(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 8)));
        return new CalendarYear(2025, Set.copyOf(holidays), Set.of(LocalDate.of(2025, 1, 26), LocalDate.of(2025, 2, 8),
                LocalDate.of(2025, 4, 27), LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 11)));
    }

    private static List<LocalDate> days(LocalDate from, LocalDate to) {
        return from.datesUntil(to.plusDays(1)).toList();
    }

    // ---------------------------------------------------------------- persons

    /** 张伟, Haishu, permit valid 2024–2027, with his spouse 李娜 (registered as person-0002). */
    public static Person applicant() {
        Person person = person(APPLICANT, "张伟", LocalDate.of(1990, 3, 7), 123, List.of());
        HouseholdMember spouse = new HouseholdMember(Relation.SPOUSE,
                TestIdNumbers.idNumber("330203", LocalDate.of(1991, 6, 12), 246), "李娜", Optional.of(SPOUSE));
        return person.withMember(spouse);
    }

    private static Person person(PersonId id, String name, LocalDate born, int sequence,
            List<HouseholdMember> household) {
        return new Person(id, TestIdNumbers.idNumber("330203", born, sequence), name, Optional.empty(),
                Optional.of(new ResidencePermit("NB-" + id.value(), HAISHU, LocalDate.of(2024, 1, 1),
                        LocalDate.of(2027, 12, 31))),
                HAISHU, household);
    }

    // ---------------------------------------------------------------- applications

    /** A pending claim on a default indicator in force in Haishu on the submission date. */
    public static Claim claim(String code, Facts declared) {
        CatalogueIndicator indicator = TestCatalogues.defaultSet()
                .indicatorIn(HAISHU, IndicatorCode.of(code), SUBMITTED_ON).orElseThrow();
        return Claim.pending(IndicatorRef.of(indicator), indicator.indicator().method(),
                indicator.indicator().department(), declared, List.of("evidence/" + code + "/1.pdf"));
    }

    /** Stores application {@link #APP} of the applicant in Haishu, submitted on {@link #SUBMITTED_ON}. */
    public PointsApplication givenApplication(Claim... claims) {
        PointsApplication application = new PointsApplication(APP, APPLICANT, HAISHU, Channel.DISTRICT_CENTRE,
                at(SUBMITTED_ON, 10, 0), SUBMITTED_ON, List.of(claims), List.of(), Optional.empty());
        adapters.applications().add(application, Optional.empty());
        return application;
    }

    /**
     * Publishes {@link #APP} on {@code publishedOn} at 10:00 (the clock is moved there) with the window
     * ending on {@code appealUntil}, and posts each approved claim's target effective on that date, as
     * the publication use case does.
     */
    public PointsApplication givenPublished(LocalDate publishedOn, LocalDate appealUntil) {
        clockAt(publishedOn, 10, 0);
        PointsApplication published = application().publish(new Publication(publishedOn, appealUntil, now(),
                SUPERVISOR.subject()));
        adapters.applications().update(published);
        Ledger ledger = adapters.ledgers().load(APPLICANT);
        List<LedgerEntry> entries = new ArrayList<>();
        for (Claim claim : published.claims()) {
            if (claim.status() != ClaimStatus.APPROVED) {
                continue;
            }
            Indicator indicator = TestCatalogues.indicator(claim.indicator().code().value());
            Posting posting = new Posting(IdempotencyKey.of("PUBLISH:" + APP + ":" + claim.indicator().code()),
                    new EntrySource(SourceKind.APPLICATION, APP.value()), new Actor(SUPERVISOR.subject()), now(),
                    publishedOn);
            for (LedgerEntry entry : ledger.postTarget(indicator, claim.indicator(), claim.points(), posting, false)) {
                ledger = ledger.append(entry);
                entries.add(entry);
            }
        }
        adapters.ledgers().append(entries);
        return published;
    }

    public PointsApplication application() {
        return adapters.applications().find(APP).orElseThrow();
    }

    // ---------------------------------------------------------------- what is stored

    public State state() {
        return new State(adapters.applications().find(APP), ledger(), auditEvents(),
                adapters.appeals().findByApplication(APP));
    }

    public List<LedgerEntry> ledger() {
        return adapters.ledgers().load(APPLICANT).entries();
    }

    public List<AuditEvent> auditEvents() {
        return adapters.auditLog().all();
    }

    /** The applicant's statement in Haishu effective on {@code on} as known at {@code knownAt}. */
    public ScoreStatement statement(LocalDate on, Instant knownAt) {
        return new ScoreStatements(adapters.catalogues().catalogueSet(), DivisionRegistry.standard())
                .build(adapters.ledgers().load(APPLICANT), HAISHU, on, knownAt);
    }

    public static Points points(String text) {
        return Points.parse(text);
    }

    // ---------------------------------------------------------------- wiring

    public InMemoryAdapters adapters() {
        return adapters;
    }

    public DecideClaimUseCase decideClaim() {
        return decideClaim;
    }

    public GiveSecondApprovalUseCase giveSecondApproval() {
        return giveSecondApproval;
    }

    public RecordDeductionUseCase recordDeduction() {
        return recordDeduction;
    }

    public FileAppealUseCase fileAppeal() {
        return fileAppeal;
    }

    public DecideAppealUseCase decideAppeal() {
        return decideAppeal;
    }

    public GetApplicationStandingUseCase applicationStanding() {
        return applicationStanding;
    }
}
