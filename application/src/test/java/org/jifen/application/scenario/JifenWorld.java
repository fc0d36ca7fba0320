package org.jifen.application.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jifen.application.JifenUseCases;
import org.jifen.application.TestCalendars;
import org.jifen.application.TestData;
import org.jifen.application.memory.InMemoryAdapters;
import org.jifen.application.memory.SettableClock;
import org.jifen.application.port.in.calendar.LoadCalendarCommand;
import org.jifen.application.port.in.catalogue.ImportCatalogueCommand;
import org.jifen.application.port.in.ledger.ScoreStatementQuery;
import org.jifen.domain.access.Caller;
import org.jifen.domain.access.Role;
import org.jifen.domain.audit.AuditEvent;
import org.jifen.domain.application.FourEyesPolicy;
import org.jifen.domain.catalogue.Department;
import org.jifen.domain.catalogue.TestCatalogues;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.jurisdiction.DivisionRegistry;
import org.jifen.domain.ledger.LedgerEntry;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.shared.DomainException;
import org.jifen.domain.statement.ScoreStatement;

/**
 * The whole of Jifen on in-memory adapters, exactly as an embedder gets it ({@link JifenUseCases#wire}
 * over {@link InMemoryAdapters#ports()}), with a {@link SettableClock} the scenario moves forward. The
 * cross-cutting tests drive it through the real use cases only; the stores are read to show what a call
 * wrote, and snapshotted to show that a refused call wrote nothing.
 */
final class JifenWorld {

    static final DivisionCode ZHEJIANG = TestCatalogues.ZHEJIANG;
    static final DivisionCode NINGBO = TestCatalogues.NINGBO;
    static final DivisionCode HAISHU = TestCatalogues.HAISHU;
    static final DivisionCode YINZHOU = TestCatalogues.YINZHOU;

    /** The provincial administrator who loads catalogues and calendars. */
    static final Caller ADMIN = Caller.of("admin-zhejiang", Role.ADMIN, ZHEJIANG);
    /** The provincial data exchange sending social insurance and residence records. */
    static final Caller SYSTEM = Caller.of("system-zhejiang-exchange", Role.SYSTEM, ZHEJIANG);
    /** The window clerk of the Haishu administrative service centre. */
    static final Caller CLERK = Caller.of("clerk-haishu-centre", Role.CLERK, HAISHU);
    static final Caller SUPERVISOR = Caller.of("supervisor-haishu", Role.SUPERVISOR, HAISHU);
    static final Caller AUDITOR = Caller.of("auditor-ningbo", Role.AUDITOR, NINGBO);

    private final SettableClock clock;
    private final InMemoryAdapters adapters;
    private final JifenUseCases jifen;

    private JifenWorld(Instant now, FourEyesPolicy fourEyes) {
        clock = new SettableClock(now, SettableClock.CHINA);
        adapters = new InMemoryAdapters(clock);
        jifen = JifenUseCases.wire(adapters.ports(), DivisionRegistry.standard(), fourEyes);
    }

    /** An empty world whose clock stands at that time of day in China. */
    static JifenWorld at(LocalDate day, int hour, int minute) {
        return at(day, hour, minute, FourEyesPolicy.DEFAULT);
    }

    /** The same with another four-eyes threshold (双人复核). */
    static JifenWorld at(LocalDate day, int hour, int minute, FourEyesPolicy fourEyes) {
        return new JifenWorld(TestData.chinaTime(day, hour, minute), fourEyes);
    }

    /** The three default catalogues, imported by the administrator. */
    JifenWorld withDefaultCatalogues() {
        jifen.importCatalogue().importCatalogue(new ImportCatalogueCommand(ADMIN, TestData.defaultCatalogues()));
        return this;
    }

    /** The 2025 working-day calendar, loaded by the administrator. */
    JifenWorld withCalendar2025() {
        jifen.loadCalendar().load(new LoadCalendarCommand(ADMIN, List.of(TestCalendars.year2025())));
        return this;
    }

    static Caller reviewer(Department department) {
        return Caller.reviewer("reviewer-haishu-" + department.name().toLowerCase(java.util.Locale.ROOT), HAISHU,
                department);
    }

    // ---------------------------------------------------------------- time

    /** Moves the clock to that time of day in China. */
    void clockAt(LocalDate day, int hour, int minute) {
        clock.set(TestData.chinaTime(day, hour, minute));
    }

    Instant now() {
        return clock.now();
    }

    LocalDate today() {
        return clock.today();
    }

    SettableClock clock() {
        return clock;
    }

    // ---------------------------------------------------------------- wiring

    JifenUseCases jifen() {
        return jifen;
    }

    InMemoryAdapters adapters() {
        return adapters;
    }

    // ---------------------------------------------------------------- reading the stores

    List<LedgerEntry> ledger(PersonId person) {
        return adapters.ledgers().load(person).entries();
    }

    List<AuditEvent> audit() {
        return adapters.auditLog().all();
    }

    /** The person's Haishu statement effective on {@code on} as known now, as the Haishu supervisor reads it. */
    ScoreStatement statement(PersonId person, LocalDate on) {
        return jifen.scoreStatement().statement(new ScoreStatementQuery(SUPERVISOR, person, HAISHU, on,
                Optional.empty()));
    }

    /** The same as known at {@code knownAt}. */
    ScoreStatement statement(PersonId person, LocalDate on, Instant knownAt) {
        return jifen.scoreStatement().statement(new ScoreStatementQuery(SUPERVISOR, person, HAISHU, on,
                Optional.of(knownAt)));
    }

    // ---------------------------------------------------------------- nothing changed

    /**
     * Every store as it stands, by identity (the in-memory stores replace an immutable state on every
     * write, and a rolled-back transaction puts the very same state back), with the counts that a
     * refusal report names.
     */
    record Stores(List<Object> states, int persons, int applications, int appeals, int ledgerEntries,
            int auditEvents, int creditRecords) {
    }

    Stores stores() {
        List<Object> states = List.of(adapters.persons().snapshot(), adapters.applications().snapshot(),
                adapters.appeals().snapshot(), adapters.ledgers().snapshot(), adapters.auditLog().snapshot(),
                adapters.systemData().snapshot(), adapters.entitlements().snapshot(), adapters.calendar().snapshot(),
                adapters.catalogues().snapshot(), adapters.creditSystem().snapshot());
        Map<?, ?> persons = (Map<?, ?>) adapters.persons().snapshot();
        int applications = 0;
        int ledgerEntries = 0;
        List<Object> appealIds = new ArrayList<>();
        for (Object id : persons.keySet()) {
            PersonId person = (PersonId) id;
            var ofPerson = adapters.applications().findByPerson(person);
            applications += ofPerson.size();
            ofPerson.forEach(a -> appealIds.addAll(adapters.appeals().findByApplication(a.id())));
            ledgerEntries += adapters.ledgers().load(person).entries().size();
        }
        return new Stores(states, persons.size(), applications, appealIds.size(), ledgerEntries,
                adapters.auditLog().all().size(), adapters.creditSystem().records().size());
    }

    /** Asserts that every store holds exactly what it held when {@code before} was taken. */
    void assertUnchangedSince(Stores before) {
        Stores after = stores();
        assertThat(after.persons()).as("persons").isEqualTo(before.persons());
        assertThat(after.applications()).as("applications").isEqualTo(before.applications());
        assertThat(after.appeals()).as("appeals").isEqualTo(before.appeals());
        assertThat(after.ledgerEntries()).as("ledger entries").isEqualTo(before.ledgerEntries());
        assertThat(after.auditEvents()).as("audit events").isEqualTo(before.auditEvents());
        assertThat(after.creditRecords()).as("credit records").isEqualTo(before.creditRecords());
        String[] names = {"persons", "applications", "appeals", "ledger", "audit log", "system data", "entitlements",
            "calendar", "catalogues", "credit system"};
        for (int i = 0; i < names.length; i++) {
            assertThat(after.states().get(i)).as("the %s store", names[i]).isSameAs(before.states().get(i));
        }
    }

    /** Runs a call that must be refused; returns the refusal (its code is the caller's to assert). */
    static DomainException refusal(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("a refusal").isInstanceOf(DomainException.class);
        return (DomainException) thrown;
    }
}
