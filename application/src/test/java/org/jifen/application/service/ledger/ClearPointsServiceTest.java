package org.jifen.application.service.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.jifen.application.EntitlementBuilder.anEntitlement;
import static org.jifen.application.LedgerEntryBuilder.aPenalty;
import static org.jifen.application.LedgerEntryBuilder.anEntry;
import static org.jifen.application.PersonBuilder.aPerson;
import static org.jifen.application.TestData.HAISHU;
import static org.jifen.application.TestData.chinaTime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jifen.application.InMemoryJifen;
import org.jifen.application.TestCallers;
import org.jifen.application.TestData;
import org.jifen.application.audit.AuditChainVerifier;
import org.jifen.application.audit.AuditTrail;
import org.jifen.application.memory.InMemoryAdapters;
import org.jifen.application.port.in.ledger.ClearPointsCommand;
import org.jifen.application.port.in.ledger.ClearPointsUseCase;
import org.jifen.application.port.in.ledger.ClearingResult;
import org.jifen.application.port.in.ledger.ScoreStatementQuery;
import org.jifen.application.port.out.credit.BadCreditRecord;
import org.jifen.application.port.out.credit.CreditSystemPort;
import org.jifen.domain.access.Caller;
import org.jifen.domain.access.Role;
import org.jifen.domain.audit.AuditAction;
import org.jifen.domain.audit.AuditEvent;
import org.jifen.domain.catalogue.Department;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.entitlement.Entitlement;
import org.jifen.domain.entitlement.Revocation;
import org.jifen.domain.ledger.Actor;
import org.jifen.domain.ledger.EntryReason;
import org.jifen.domain.ledger.EntrySource;
import org.jifen.domain.ledger.IndicatorRef;
import org.jifen.domain.ledger.Ledger;
import org.jifen.domain.ledger.LedgerEntry;
import org.jifen.domain.ledger.SourceKind;
import org.jifen.domain.ledger.TestPostings;
import org.jifen.domain.person.Person;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.shared.DomainException;
import org.jifen.domain.shared.Points;
import org.jifen.domain.statement.ScoreStatement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 积分清零 (DOMAIN.md §6): clearing entries negate every (indicator, effective date) group on its own
 * date, recorded now; entitlements are revoked; one bad-credit record goes out; everything is audited.
 */
class ClearPointsServiceTest {

    private static final String CASE = "海公(刑)字2024第001号";
    private static final String REASON = "伪造社保缴费证明";
    /** When the clearing happens: 2024-10-15 10:00 China time. */
    private static final Instant CLEARED_AT = chinaTime(LocalDate.of(2024, 10, 15), 10, 0);
    private static final Instant JUST_BEFORE = CLEARED_AT.minusNanos(1);
    private static final LocalDate MAY_1 = LocalDate.of(2024, 5, 1);
    private static final LocalDate SEP_1 = LocalDate.of(2024, 9, 1);
    private static final LocalDate PENALTY_DAY = LocalDate.of(2024, 3, 31);
    private static final IndicatorRef P04 = TestPostings.ref("P04");
    private static final IndicatorRef P05 = TestPostings.ref("P05");
    private static final IndicatorRef M91 = TestPostings.ref("M91");
    private static final Revocation EARLIER = new Revocation("放弃入学资格", "N/A", "admin-hs",
            chinaTime(LocalDate.of(2024, 8, 1), 9, 0));

    private final InMemoryJifen jifen = new InMemoryJifen().withDefaultCatalogues();
    private final InMemoryAdapters adapters = jifen.adapters();
    /** 张伟, person-0001, Haishu, with a phone. */
    private final Person person = jifen.given(aPerson().withPhone("13812345678"));
    private final Person neighbour = jifen.given(aPerson().withId("person-0002").withSequence(456).named("李娜"));
    private final ClearPointsUseCase clearPoints = service(adapters.creditSystem());

    private final Entitlement school = anEntitlement().withId("ENT-000001").build();
    private final Entitlement rental = anEntitlement().withId("ENT-000002").inProgramme("RENTAL-2024-HS")
            .atPlace("公租房 3-1-0101").build();
    private final Entitlement givenUp = anEntitlement().withId("ENT-000003").inProgramme("SCHOOL-2023-HS")
            .revoked(EARLIER).build();
    private final Entitlement neighbours = anEntitlement().withId("ENT-000004").heldBy(neighbour.id()).build();

    private ClearPointsUseCase service(CreditSystemPort creditSystem) {
        return new ClearPointsService(adapters.persons(), adapters.ledgers(), adapters.entitlements(), creditSystem,
                new AuditTrail(adapters.auditLog(), jifen.clock()), adapters.auditLog(), jifen.clock(),
                adapters.transactions());
    }

    /**
     * P04 +10.00 effective 2024-05-01 and +5.50 effective 2024-09-01; P05 +3.00 effective 2024-05-01 and a
     * back-dated +0.25 recorded in June for the same date; an M91 detention −10.00 effective 2024-03-31 with
     * its freeze. The neighbour has P04 +7.00. Three entitlements (one revoked earlier), one of the neighbour.
     */
    @BeforeEach
    void aPersonWithPointsAndEntitlements() {
        adapters.ledgers().append(List.of(
                anEntry().withKey("p04-may").onIndicator("P04").withPoints("10.00")
                        .recordedAt(chinaTime(MAY_1, 9, 0)).effectiveOn(MAY_1).build(),
                anEntry().withKey("p05-may").onIndicator("P05").withPoints("3.00")
                        .recordedAt(chinaTime(MAY_1, 9, 0)).effectiveOn(MAY_1).build(),
                aPenalty().withKey("m91-detention").recordedAt(chinaTime(MAY_1, 9, 0)).build(),
                anEntry().withKey("p05-june").onIndicator("P05").withPoints("0.25").withReason(EntryReason.CORRECTION)
                        .recordedAt(chinaTime(LocalDate.of(2024, 6, 1), 9, 0)).effectiveOn(MAY_1).build(),
                anEntry().withKey("p04-sep").onIndicator("P04").withPoints("5.50")
                        .recordedAt(chinaTime(SEP_1, 9, 0)).effectiveOn(SEP_1).build(),
                anEntry().withKey("neighbour-p04").forPerson(neighbour.id()).onIndicator("P04").withPoints("7.00")
                        .recordedAt(chinaTime(MAY_1, 9, 0)).effectiveOn(MAY_1).build()));
        List.of(school, rental, givenUp, neighbours).forEach(adapters.entitlements()::add);
        jifen.clock().set(CLEARED_AT);
    }

    private ClearingResult clear(Caller caller, PersonId who) {
        return clearPoints.clear(new ClearPointsCommand(caller, who, CASE, REASON));
    }

    private ClearingResult clear() {
        return clear(TestCallers.ADMIN, person.id());
    }

    private Ledger ledger() {
        return adapters.ledgers().load(person.id());
    }

    private ScoreStatement statement(LocalDate on, Instant knownAt) {
        return jifen.scoreStatement().statement(new ScoreStatementQuery(TestCallers.HAISHU_CLERK, person.id(), HAISHU,
                on, Optional.of(knownAt)));
    }

    /** Everything a clearing could change. */
    private record Stores(List<LedgerEntry> ledger, List<LedgerEntry> neighbourLedger, List<Entitlement> entitlements,
            List<Entitlement> neighbourEntitlements, List<AuditEvent> audit, List<BadCreditRecord> credit) {
    }

    private Stores stores() {
        return new Stores(ledger().entries(), adapters.ledgers().load(neighbour.id()).entries(),
                adapters.entitlements().findByHolder(person.id()),
                adapters.entitlements().findByHolder(neighbour.id()), adapters.auditLog().all(),
                adapters.creditSystem().records());
    }

    private void assertRefused(Runnable call, String code) {
        Stores before = stores();

        assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(code));

        assertThat(stores()).isEqualTo(before);
        assertThat(ledger().entries()).extracting(LedgerEntry::reason).doesNotContain(EntryReason.CLEARING);
        assertThat(adapters.creditSystem().records()).isEmpty();
    }

    private List<AuditEvent> auditSince(int size) {
        List<AuditEvent> all = adapters.auditLog().all();
        return all.subList(size, all.size());
    }

    // ---------------------------------------------------------------- the clearing

    @Test
    void clearing_negatesEachIndicatorAndEffectiveDateGroupOnItsOwnDate_recordedNowByTheAdmin() {
        int before = ledger().entries().size();

        ClearingResult result = clear();

        List<LedgerEntry> added = ledger().entries().subList(before, ledger().entries().size());
        assertThat(added).hasSize(4);
        assertThat(added)
                .extracting(e -> e.indicator().code().value(), e -> e.points().toString(), LedgerEntry::effectiveOn)
                .containsExactlyInAnyOrder(
                        tuple("P04", "-10.00", MAY_1),
                        tuple("P04", "-5.50", SEP_1),
                        tuple("P05", "-3.25", MAY_1),
                        tuple("M91", "10.00", PENALTY_DAY));
        assertThat(added).allSatisfy(entry -> {
            assertThat(entry.person()).isEqualTo(person.id());
            assertThat(entry.reason()).isEqualTo(EntryReason.CLEARING);
            assertThat(entry.source()).isEqualTo(new EntrySource(SourceKind.CLEARING_CASE, CASE));
            assertThat(entry.source().toString()).isEqualTo("CLEARING_CASE:" + CASE);
            assertThat(entry.actor()).isEqualTo(new Actor("admin-zj"));
            assertThat(entry.recordedAt()).isEqualTo(CLEARED_AT);
            assertThat(entry.freeze()).isEmpty();
        });
        assertThat(added).extracting(LedgerEntry::key).doesNotHaveDuplicates();
        assertThat(result.person()).isEqualTo(person.id());
        assertThat(result.caseNumber()).isEqualTo(CASE);
        assertThat(result.entries()).containsExactlyInAnyOrderElementsOf(added);
        assertThat(result.creditRecordSent()).isTrue();
        assertThat(adapters.ledgers().load(neighbour.id()).entries()).extracting(e -> e.key().value())
                .containsExactly("neighbour-p04");
    }

    @Test
    void afterClearing_everyBalanceIsZeroOnEveryDateAsKnownNow_whileAsKnownBeforeItStillAnswersTheOldValues() {
        clear();

        Ledger ledger = ledger();
        List<LocalDate> dates = List.of(PENALTY_DAY, LocalDate.of(2024, 4, 30), MAY_1, LocalDate.of(2024, 8, 31),
                SEP_1, LocalDate.of(2024, 10, 15), LocalDate.of(2025, 6, 1));
        for (IndicatorRef ref : List.of(P04, P05, M91)) {
            for (LocalDate on : dates) {
                assertThat(ledger.balance(ref, on, CLEARED_AT)).as(ref + " on " + on).isEqualTo(Points.ZERO);
                assertThat(ledger.balance(ref, on, CLEARED_AT.plusSeconds(86_400 * 365))).isEqualTo(Points.ZERO);
            }
            assertThat(ledger.balance(ref)).isEqualTo(Points.ZERO);
        }
        assertThat(ledger.balance(P04, MAY_1, JUST_BEFORE)).isEqualTo(Points.parse("10.00"));
        assertThat(ledger.balance(P04, LocalDate.of(2024, 8, 31), JUST_BEFORE)).isEqualTo(Points.parse("10.00"));
        assertThat(ledger.balance(P04, SEP_1, JUST_BEFORE)).isEqualTo(Points.parse("15.50"));
        assertThat(ledger.balance(P04, LocalDate.of(2024, 4, 30), JUST_BEFORE)).isEqualTo(Points.ZERO);
        assertThat(ledger.balance(P05, MAY_1, JUST_BEFORE)).isEqualTo(Points.parse("3.25"));
        assertThat(ledger.balance(P05, MAY_1, chinaTime(MAY_1, 12, 0))).as("as known in May")
                .isEqualTo(Points.parse("3.00"));
        assertThat(ledger.balance(M91, PENALTY_DAY, JUST_BEFORE)).isEqualTo(Points.parse("-10.00"));
    }

    @Test
    void theScoreStatement_asKnownBeforeTheClearingShowsTheOldTotal_afterItZero() {
        LocalDate on = LocalDate.of(2024, 9, 15);
        ScoreStatement old = statement(on, JUST_BEFORE);
        assertThat(old.total()).isEqualTo(Points.parse("8.75"));
        assertThat(old.deductions()).isEqualTo(Points.parse("-10.00"));

        clear();

        ScoreStatement before = statement(on, JUST_BEFORE);
        ScoreStatement after = statement(on, CLEARED_AT);
        assertThat(before.total()).isEqualTo(Points.parse("8.75"));
        assertThat(before.balanceOf(IndicatorCode.of("P04")))
                .isEqualTo(Points.parse("15.50"));
        assertThat(after.total()).isEqualTo(Points.parse("0.00"));
        assertThat(after.deductions()).isEqualTo(Points.parse("0.00"));
        assertThat(after.balanceOf(IndicatorCode.of("P04"))).isEqualTo(Points.ZERO);
        assertThat(after.balanceOf(IndicatorCode.of("M91"))).isEqualTo(Points.ZERO);
        assertThat(statement(MAY_1, CLEARED_AT).total()).isEqualTo(Points.parse("0.00"));
    }

    @Test
    void everyActiveEntitlementIsRevokedWithCaseReasonAndActor_alreadyRevokedOnesAreUntouched() {
        ClearingResult result = clear();

        Revocation expected = new Revocation("积分清零: " + REASON, CASE, "admin-zj", CLEARED_AT);
        assertThat(adapters.entitlements().find(school.id())).contains(school.revoke(expected));
        assertThat(adapters.entitlements().find(rental.id())).contains(rental.revoke(expected));
        assertThat(adapters.entitlements().find(givenUp.id())).contains(givenUp);
        assertThat(adapters.entitlements().find(neighbours.id())).contains(neighbours);
        assertThat(result.revoked()).containsExactlyInAnyOrder(school.revoke(expected), rental.revoke(expected));
        assertThat(adapters.entitlements().findByHolder(person.id())).noneMatch(Entitlement::active);
    }

    @Test
    void exactlyOneBadCreditRecordGoesOut_withTheCaseNumber_andItsTextMasksTheIdNumber() {
        clear();

        assertThat(adapters.creditSystem().records()).containsExactly(new BadCreditRecord(person.idNumber(), "张伟",
                CASE, REASON, "admin-zj", CLEARED_AT));
        BadCreditRecord record = adapters.creditSystem().records().get(0);
        assertThat(record.toString()).contains(person.idNumber().masked()).contains(CASE)
                .doesNotContain(person.idNumber().value());
    }

    @Test
    void theAuditLogGetsPointsClearedAndOneEntitlementRevokedPerEntitlement_withoutFullPersonalData() {
        int before = adapters.auditLog().all().size();

        clear();

        List<AuditEvent> events = auditSince(before);
        assertThat(events).extracting(AuditEvent::action, AuditEvent::subject, AuditEvent::actor, AuditEvent::role,
                AuditEvent::at).containsExactly(
                        tuple(AuditAction.POINTS_CLEARED, "person-0001", "admin-zj", "ADMIN", CLEARED_AT),
                        tuple(AuditAction.ENTITLEMENT_REVOKED, "person-0001", "admin-zj", "ADMIN", CLEARED_AT),
                        tuple(AuditAction.ENTITLEMENT_REVOKED, "person-0001", "admin-zj", "ADMIN", CLEARED_AT));
        assertThat(events.get(0).details()).contains(CASE).contains("4 clearing entries")
                .contains("2 entitlements revoked").contains(person.idNumber().masked()).contains(REASON);
        assertThat(events.subList(1, 3)).extracting(AuditEvent::details).allSatisfy(d -> assertThat(d).contains(CASE));
        assertThat(events.subList(1, 3)).extracting(AuditEvent::details)
                .anySatisfy(d -> assertThat(d).contains("ENT-000001"))
                .anySatisfy(d -> assertThat(d).contains("ENT-000002"));
        assertThat(adapters.auditLog().all()).extracting(AuditEvent::details).allSatisfy(details -> assertThat(details)
                .doesNotContain(person.idNumber().value())
                .doesNotContain("13812345678")
                .doesNotContain("张伟")
                .doesNotContain(school.beneficiary().value())
                .doesNotContain(school.beneficiaryName()));
        assertThat(AuditChainVerifier.verify(adapters.auditLog().all()).valid()).isTrue();
    }

    @Test
    void clearingTheSameCaseAgain_changesNothing() {
        clear();
        Stores afterFirst = stores();
        jifen.clock().set(CLEARED_AT.plusSeconds(3600));

        ClearingResult again = clear();

        assertThat(stores()).isEqualTo(afterFirst);
        assertThat(adapters.creditSystem().records()).hasSize(1);
        assertThat(again.entries()).isEmpty();
        assertThat(again.revoked()).isEmpty();
        assertThat(again.creditRecordSent()).isFalse();
        assertThat(again.caseNumber()).isEqualTo(CASE);
    }

    @Test
    void anAdminOfNingbo_mayClearAHaishuPerson() {
        Caller ningboAdmin = Caller.of("admin-nb", Role.ADMIN, TestData.NINGBO);

        ClearingResult result = clear(ningboAdmin, person.id());

        assertThat(result.entries()).hasSize(4).allSatisfy(e -> assertThat(e.actor()).isEqualTo(new Actor("admin-nb")));
        assertThat(adapters.creditSystem().records()).extracting(BadCreditRecord::reportedBy)
                .containsExactly("admin-nb");
    }

    @Test
    void whenTheCreditSystemFails_nothingIsClearedRevokedOrAudited() {
        ClearPointsUseCase failing = service(record -> {
            throw new IllegalStateException("credit system unreachable");
        });
        Stores before = stores();

        assertThatThrownBy(() -> failing.clear(new ClearPointsCommand(TestCallers.ADMIN, person.id(), CASE, REASON)))
                .isInstanceOf(IllegalStateException.class).hasMessage("credit system unreachable");

        assertThat(stores()).isEqualTo(before);
    }

    // ---------------------------------------------------------------- refusals

    @Test
    void aCallerWhoIsNotAnAdmin_isRefusedWithForbiddenAndNothingChanges() {
        for (Caller caller : List.of(TestCallers.HAISHU_CLERK, TestCallers.HAISHU_SUPERVISOR, TestCallers.AUDITOR,
                TestCallers.SYSTEM, TestCallers.reviewer(Department.HRSS), TestCallers.applicant(person.id()))) {
            assertRefused(() -> clear(caller, person.id()), "FORBIDDEN");
        }
    }

    @Test
    void anAdminOfYinzhouClearingAHaishuPerson_isRefusedWithOutOfJurisdictionAndNothingChanges() {
        Caller yinzhouAdmin = Caller.of("admin-yz", Role.ADMIN, TestData.YINZHOU);

        assertRefused(() -> clear(yinzhouAdmin, person.id()), "OUT_OF_JURISDICTION");
    }

    @Test
    void aBlankCaseNumber_isRefusedWithCaseNumberRequiredAndNothingChanges() {
        for (String blank : new String[] {null, "", "   "}) {
            assertRefused(() -> clearPoints.clear(new ClearPointsCommand(TestCallers.ADMIN, person.id(), blank,
                    REASON)), "CASE_NUMBER_REQUIRED");
        }
    }

    @Test
    void aBlankReason_isRefusedWithReasonRequiredAndNothingChanges() {
        for (String blank : new String[] {null, "", " \t "}) {
            assertRefused(() -> clearPoints.clear(new ClearPointsCommand(TestCallers.ADMIN, person.id(), CASE,
                    blank)), "REASON_REQUIRED");
        }
    }

    @Test
    void anUnknownPerson_isRefusedWithPersonNotFoundAndNothingChanges() {
        assertRefused(() -> clear(TestCallers.ADMIN, PersonId.of("person-9999")), "PERSON_NOT_FOUND");
    }

    @Test
    void clearingAgainAPersonWithNothingToClear_writesNothingTheSecondTime() {
        Person empty = jifen.given(aPerson().withId("person-empty").withSequence(789));
        ClearPointsUseCase clearing = service(adapters.creditSystem());
        clearing.clear(new ClearPointsCommand(TestCallers.ADMIN, empty.id(), "CASE-EMPTY", "伪造材料"));
        int events = adapters.auditLog().all().size();

        ClearingResult again = clearing.clear(new ClearPointsCommand(TestCallers.ADMIN, empty.id(), "CASE-EMPTY",
                "伪造材料"));

        assertThat(again.creditRecordSent()).isFalse();
        assertThat(again.entries()).isEmpty();
        assertThat(adapters.auditLog().all()).hasSize(events);
        assertThat(adapters.creditSystem().records()).hasSize(1);
    }
}
