package org.jifen.application.service.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jifen.application.PersonBuilder;
import org.jifen.application.TestCalendars;
import org.jifen.application.TestData;
import org.jifen.application.audit.AuditTrail;
import org.jifen.application.memory.InMemoryAdapters;
import org.jifen.application.memory.SettableClock;
import org.jifen.application.port.in.application.ApplicationQuery;
import org.jifen.application.port.in.application.ClaimRequest;
import org.jifen.application.port.in.application.GetApplicationUseCase;
import org.jifen.application.port.in.application.PublishApplicationCommand;
import org.jifen.application.port.in.application.PublishApplicationUseCase;
import org.jifen.application.port.in.application.SubmitApplicationCommand;
import org.jifen.application.port.in.application.SubmitApplicationUseCase;
import org.jifen.application.port.out.systemdata.SystemDataRecord;
import org.jifen.domain.access.Caller;
import org.jifen.domain.access.Role;
import org.jifen.domain.application.ApplicationId;
import org.jifen.domain.application.Channel;
import org.jifen.domain.application.ClaimDecision;
import org.jifen.domain.application.ClaimStatus;
import org.jifen.domain.application.PointsApplication;
import org.jifen.domain.audit.AuditEvent;
import org.jifen.domain.catalogue.Catalogue;
import org.jifen.domain.catalogue.Department;
import org.jifen.domain.catalogue.Facts;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.catalogue.TestCatalogues;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.ledger.LedgerEntry;
import org.jifen.domain.person.Person;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.shared.Points;

/**
 * Submission, reading and publication wired on one set of in-memory adapters: the three default
 * catalogues, the 2024 and 2025 working-day calendar, and a clock standing at 10:00 China time on
 * {@link #TUESDAY_BEFORE_NATIONAL_DAY} (2025-09-30) unless a test moves it. Claims are decided here
 * straight on the aggregate (the review use cases are another slice).
 */
final class ApplicationFixture {

    /** Tuesday 2025-09-30, the day before the 国庆节、中秋节 holidays (1–8 October 2025). */
    static final LocalDate TUESDAY_BEFORE_NATIONAL_DAY = LocalDate.of(2025, 9, 30);
    static final Instant NOW = TestData.chinaTime(TUESDAY_BEFORE_NATIONAL_DAY, 10, 0);

    static final DivisionCode HAISHU = TestData.HAISHU;
    static final DivisionCode YINZHOU = TestData.YINZHOU;
    static final DivisionCode NINGBO = TestData.NINGBO;

    static final Caller CLERK_OF_HAISHU = Caller.of("clerk-haishu", Role.CLERK, HAISHU);
    static final Caller CLERK_OF_YINZHOU = Caller.of("clerk-yinzhou", Role.CLERK, YINZHOU);
    static final Caller CLERK_OF_NINGBO = Caller.of("clerk-ningbo", Role.CLERK, NINGBO);
    static final Caller ADMIN_OF_NINGBO = Caller.of("admin-ningbo", Role.ADMIN, NINGBO);
    static final Caller SUPERVISOR_OF_HAISHU = Caller.of("supervisor-haishu", Role.SUPERVISOR, HAISHU);
    static final Caller SUPERVISOR_OF_YINZHOU = Caller.of("supervisor-yinzhou", Role.SUPERVISOR, YINZHOU);
    static final Caller AUDITOR_OF_NINGBO = Caller.of("auditor-ningbo", Role.AUDITOR, NINGBO);
    static final Caller EDUCATION_REVIEWER = Caller.reviewer("reviewer-education", HAISHU, Department.EDUCATION);
    static final Caller PATENT_REVIEWER = Caller.reviewer("reviewer-patents", HAISHU, Department.MARKET_REGULATION);
    static final Caller POLICE_REVIEWER = Caller.reviewer("reviewer-police", HAISHU, Department.PUBLIC_SECURITY);
    static final Caller SYSTEM = Caller.of("system-hrss", Role.SYSTEM, TestData.ZHEJIANG);

    private final SettableClock clock = new SettableClock(NOW, SettableClock.CHINA);
    private final InMemoryAdapters adapters = new InMemoryAdapters(clock);
    private final AuditTrail audit = new AuditTrail(adapters.auditLog(), clock);

    private final SubmitApplicationUseCase submit = new SubmitApplicationService(adapters.persons(),
            adapters.catalogues(), adapters.systemData(), adapters.applications(), audit, adapters.ids(), clock,
            adapters.transactions());
    private final GetApplicationUseCase get = new GetApplicationService(adapters.applications());
    private final PublishApplicationUseCase publish = new PublishApplicationService(adapters.applications(),
            adapters.catalogues(), adapters.ledgers(), adapters.calendar(), audit, clock, adapters.transactions());

    ApplicationFixture() {
        for (Catalogue catalogue : TestData.defaultCatalogues()) {
            adapters.catalogues().add(catalogue);
        }
        TestCalendars.years().forEach(adapters.calendar()::put);
    }

    // ---------------------------------------------------------------- wiring

    SettableClock clock() {
        return clock;
    }

    InMemoryAdapters adapters() {
        return adapters;
    }

    SubmitApplicationUseCase submitUseCase() {
        return submit;
    }

    GetApplicationUseCase getUseCase() {
        return get;
    }

    PublishApplicationUseCase publishUseCase() {
        return publish;
    }

    /** Moves the clock to 10:00 China time on that day. */
    void today(LocalDate day) {
        clock.set(TestData.chinaTime(day, 10, 0));
    }

    // ---------------------------------------------------------------- givens

    /** A person with a Zhejiang permit valid 2023-01-01 to 2026-12-31 issued by the residence district. */
    static PersonBuilder anEligiblePerson() {
        return PersonBuilder.aPerson().withPermit("ZJ-330203-0001", LocalDate.of(2023, 1, 1),
                LocalDate.of(2026, 12, 31));
    }

    Person given(PersonBuilder person) {
        Person built = person.build();
        adapters.persons().add(built);
        return built;
    }

    void givenSystemData(PersonId person, String indicator, String quantity, LocalDate asOf) {
        SystemDataRecord record = TestData.systemData(person, indicator, quantity, asOf);
        adapters.systemData().record(List.of(record));
    }

    // ---------------------------------------------------------------- claims

    static ClaimRequest claim(String indicator, Facts facts, String... evidence) {
        return new ClaimRequest(IndicatorCode.of(indicator), facts, List.of(evidence));
    }

    static ClaimRequest education(String level) {
        return claim("P02", new Facts.LevelHeld(level), "diploma-" + level);
    }

    static ClaimRequest patents(Facts.Event... events) {
        return claim("M04", new Facts.Events(List.of(events)), "patent-certificates");
    }

    static Facts.Event invention(String ref) {
        return new Facts.Event("INVENTION", ref);
    }

    static Facts.Event utilityModel(String ref) {
        return new Facts.Event("UTILITY_MODEL", ref);
    }

    static ClaimRequest communityService(long points) {
        return claim("M10", new Facts.SetPoints(Points.of(points)), "grid-member-record");
    }

    // ---------------------------------------------------------------- acting

    static SubmitApplicationCommand command(Caller caller, PersonId person, DivisionCode district,
            ClaimRequest... claims) {
        return new SubmitApplicationCommand(caller, Optional.empty(), person, district, Channel.DISTRICT_CENTRE,
                List.of(claims));
    }

    static SubmitApplicationCommand command(Caller caller, String key, PersonId person, DivisionCode district,
            ClaimRequest... claims) {
        return new SubmitApplicationCommand(caller, Optional.of(key), person, district, Channel.DISTRICT_CENTRE,
                List.of(claims));
    }

    PointsApplication submit(SubmitApplicationCommand command) {
        return submit.submit(command);
    }

    PointsApplication submitInHaishu(Person person, ClaimRequest... claims) {
        return submit(command(CLERK_OF_HAISHU, person.id(), HAISHU, claims));
    }

    PointsApplication publish(Caller caller, ApplicationId application) {
        return publish.publish(new PublishApplicationCommand(caller, application));
    }

    PointsApplication read(Caller caller, ApplicationId application) {
        return get.get(new ApplicationQuery(caller, application));
    }

    PointsApplication stored(ApplicationId id) {
        return adapters.applications().find(id).orElseThrow();
    }

    /** A reviewer approves a pending claim with the facts declared and the target they give (stored). */
    PointsApplication approve(ApplicationId id, String indicator, Caller reviewer) {
        PointsApplication application = stored(id);
        IndicatorCode code = IndicatorCode.of(indicator);
        var claim = application.requireClaim(code);
        Points target = TestCatalogues.indicator(indicator).targetBalance(claim.declared(), clock.today());
        PointsApplication decided = application.decide(code, ClaimStatus.APPROVED, ClaimDecision.approved(
                claim.declared(), target, Optional.empty(), reviewer.subject(), clock.now()));
        adapters.applications().update(decided);
        return decided;
    }

    /** A reviewer rejects a pending claim (stored). */
    PointsApplication reject(ApplicationId id, String indicator, String reason, Caller reviewer) {
        PointsApplication decided = stored(id).decide(IndicatorCode.of(indicator), ClaimStatus.REJECTED,
                ClaimDecision.rejected(reason, Optional.empty(), reviewer.subject(), clock.now()));
        adapters.applications().update(decided);
        return decided;
    }

    /** A manual decision that waits for a second reviewer (stored). */
    PointsApplication awaitSecondApproval(ApplicationId id, String indicator, Points target, Caller reviewer) {
        PointsApplication application = stored(id);
        IndicatorCode code = IndicatorCode.of(indicator);
        PointsApplication decided = application.decide(code, ClaimStatus.AWAITING_SECOND_APPROVAL,
                ClaimDecision.approved(application.requireClaim(code).declared(), target,
                        Optional.of(org.jifen.domain.application.VerificationMethod.SITE_VISIT), reviewer.subject(),
                        clock.now()));
        adapters.applications().update(decided);
        return decided;
    }

    // ---------------------------------------------------------------- what is stored

    List<LedgerEntry> ledgerOf(PersonId person) {
        return adapters.ledgers().load(person).entries();
    }

    List<AuditEvent> auditEvents() {
        return adapters.auditLog().all();
    }

    List<PointsApplication> applicationsOf(PersonId person) {
        return adapters.applications().findByPerson(person);
    }

    /** The state of every store, to show that a refused call changed nothing. */
    List<Object> everyStore() {
        return List.of(adapters.applications().snapshot(), adapters.ledgers().snapshot(),
                adapters.persons().snapshot(), adapters.auditLog().snapshot(), adapters.calendar().snapshot(),
                adapters.systemData().snapshot(), adapters.catalogues().snapshot());
    }

    /** Asserts that every store holds exactly the state captured before. */
    void assertUnchangedSince(List<Object> before) {
        List<Object> after = everyStore();
        for (int i = 0; i < before.size(); i++) {
            assertThat(after.get(i)).as("store %d", i).isSameAs(before.get(i));
        }
    }
}
