package org.jifen.application.service.programme;

import static org.jifen.application.LedgerEntryBuilder.aPenalty;
import static org.jifen.application.LedgerEntryBuilder.anEntry;
import static org.jifen.application.PersonBuilder.aPerson;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jifen.application.JifenUseCases;
import org.jifen.application.TestCallers;
import org.jifen.application.TestData;
import org.jifen.application.memory.InMemoryAdapters;
import org.jifen.application.memory.SettableClock;
import org.jifen.application.port.in.catalogue.ImportCatalogueCommand;
import org.jifen.application.port.in.programme.DefineProgrammeCommand;
import org.jifen.application.port.in.programme.RunRoundCommand;
import org.jifen.domain.access.Caller;
import org.jifen.domain.access.Role;
import org.jifen.domain.application.ApplicationId;
import org.jifen.domain.application.Channel;
import org.jifen.domain.application.PointsApplication;
import org.jifen.domain.audit.AuditEvent;
import org.jifen.domain.entitlement.Entitlement;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.ledger.EntryReason;
import org.jifen.domain.ledger.Freeze;
import org.jifen.domain.person.HouseholdMember;
import org.jifen.domain.person.Person;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.person.Relation;
import org.jifen.domain.programme.PlaceCode;
import org.jifen.domain.programme.Programme;
import org.jifen.domain.programme.Round;
import org.jifen.domain.programme.RoundCandidate;

/**
 * Every use case wired by {@link JifenUseCases#wire} on fresh in-memory adapters, the default
 * catalogues imported (in force from 2022-07-01), and a clock standing at {@link #RUN_AT}
 * (2024-07-01 10:00 China time, the day after the cut-off date 2024-06-30). Points are put straight
 * into the ledger, recorded 2024-05-01 09:00 and effective that day unless a test says otherwise.
 */
final class ProgrammeFixture {

    /** When rounds run unless a test moves the clock. */
    static final Instant RUN_AT = TestData.chinaTime(LocalDate.of(2024, 7, 1), 10, 0);
    static final LocalDate POINTS_DAY = LocalDate.of(2024, 5, 1);
    static final Instant POINTS_RECORDED = TestData.chinaTime(POINTS_DAY, 9, 0);

    /** An administrator of Haishu. */
    static final Caller HAISHU_ADMIN = Caller.of("admin-hs", Role.ADMIN, TestData.HAISHU);
    /** An administrator of Yinzhou: covers no Haishu programme. */
    static final Caller YINZHOU_ADMIN = Caller.of("admin-yz", Role.ADMIN, TestData.YINZHOU);

    final SettableClock clock = new SettableClock(RUN_AT, SettableClock.CHINA);
    final InMemoryAdapters adapters = new InMemoryAdapters(clock);
    final JifenUseCases jifen = JifenUseCases.wire(adapters.ports());
    private final List<PersonId> registered = new java.util.ArrayList<>();
    private int keys;

    ProgrammeFixture() {
        jifen.importCatalogue().importCatalogue(new ImportCatalogueCommand(TestCallers.ADMIN,
                TestData.defaultCatalogues()));
    }

    /** A person living in Haishu, with a synthetic ID number of that sequence. */
    Person applicant(String id, String name, int sequence) {
        return applicant(id, name, sequence, TestData.HAISHU);
    }

    Person applicant(String id, String name, int sequence, DivisionCode residence) {
        Person person = aPerson().withId(id).named(name).withSequence(sequence).livingIn(residence).build();
        adapters.persons().add(person);
        registered.add(person.id());
        return person;
    }

    /** Registers the spouse as a household member (with the spouse's person id) of the applicant. */
    Person married(Person applicant, Person spouse) {
        Person updated = applicant.withMember(new HouseholdMember(Relation.SPOUSE, spouse.idNumber(), spouse.name(),
                Optional.of(spouse.id())));
        adapters.persons().update(updated);
        return updated;
    }

    /** P04, P05 and M01 points (recorded 2024-05-01 09:00, effective that day): total = the sum. */
    void points(Person person, String p04, String p05, String m01) {
        points(person.id(), "P04", p04, POINTS_DAY, POINTS_RECORDED);
        points(person.id(), "P05", p05, POINTS_DAY, POINTS_RECORDED);
        points(person.id(), "M01", m01, POINTS_DAY, POINTS_RECORDED);
    }

    void points(PersonId person, String indicator, String points, LocalDate effectiveOn, Instant recordedAt) {
        adapters.ledgers().append(List.of(anEntry().withKey("k-" + (++keys)).forPerson(person).onIndicator(indicator)
                .withPoints(points).effectiveOn(effectiveOn).recordedAt(recordedAt).build()));
    }

    /** A later correction (更正) of an indicator, effective on the points day, recorded at {@code recordedAt}. */
    void correction(PersonId person, String indicator, String points, Instant recordedAt) {
        adapters.ledgers().append(List.of(anEntry().withKey("k-" + (++keys)).forPerson(person).onIndicator(indicator)
                .withPoints(points).withReason(EntryReason.CORRECTION).effectiveOn(POINTS_DAY)
                .recordedAt(recordedAt).build()));
    }

    /** An M91 detention (−10.00) on {@code eventDate} with its 12-month freeze, recorded at {@code recordedAt}. */
    void detention(PersonId person, LocalDate eventDate, Instant recordedAt) {
        adapters.ledgers().append(List.of(aPenalty().withKey("k-" + (++keys)).forPerson(person)
                .effectiveOn(eventDate).freezing(Freeze.forMonths(eventDate, Freeze.DEFAULT_MONTHS))
                .recordedAt(recordedAt).build()));
    }

    /** A points application of the person submitted at that time in that district (nothing claimed). */
    void submitted(PersonId person, String applicationId, Instant at, DivisionCode district) {
        adapters.applications().add(new PointsApplication(ApplicationId.of(applicationId), person, district,
                Channel.APP, at, LocalDate.ofInstant(at, SettableClock.CHINA), List.of(), List.of(),
                Optional.empty()), Optional.empty());
    }

    Programme define(Programme programme) {
        return jifen.defineProgramme().define(new DefineProgrammeCommand(HAISHU_ADMIN, programme));
    }

    /** Runs a round; each registered applicant's beneficiary is first put in that applicant's household. */
    Round run(Programme programme, List<RoundCandidate> candidates) {
        inHouseholds(candidates);
        return runAsGiven(programme, candidates);
    }

    /** Runs a round with the households exactly as registered. */
    Round runAsGiven(Programme programme, List<RoundCandidate> candidates) {
        return jifen.runRound().run(new RunRoundCommand(HAISHU_ADMIN, programme.code(), candidates));
    }

    /** Registers every candidate's beneficiary as a child of its (registered) applicant, once. */
    void inHouseholds(List<RoundCandidate> candidates) {
        for (RoundCandidate candidate : candidates) {
            adapters.persons().find(candidate.applicant()).ifPresent(applicant -> {
                boolean known = applicant.idNumber().equals(candidate.beneficiary().idNumber())
                        || applicant.household().stream()
                                .anyMatch(m -> m.idNumber().equals(candidate.beneficiary().idNumber()));
                if (!known) {
                    adapters.persons().update(applicant.withMember(new HouseholdMember(Relation.CHILD,
                            candidate.beneficiary().idNumber(), candidate.beneficiary().name(), Optional.empty())));
                }
            });
        }
    }

    Round run(Programme programme, List<RoundCandidate> candidates, Map<PlaceCode, Integer> places) {
        inHouseholds(candidates);
        return jifen.runRound().run(new RunRoundCommand(HAISHU_ADMIN, programme.code(), candidates, places,
                Optional.empty()));
    }

    Round runAsKnownAt(Programme programme, List<RoundCandidate> candidates, Instant knownAt) {
        inHouseholds(candidates);
        return jifen.runRound().run(new RunRoundCommand(HAISHU_ADMIN, programme.code(), candidates, Map.of(),
                Optional.of(knownAt)));
    }

    /** Every stored entitlement of the persons this fixture registered, ordered by id. */
    List<Entitlement> allEntitlements() {
        return registered.stream().flatMap(id -> adapters.entitlements().findByHolder(id).stream())
                .sorted(java.util.Comparator.comparing(e -> e.id().value())).toList();
    }

    List<AuditEvent> audit() {
        return adapters.auditLog().all();
    }
}
