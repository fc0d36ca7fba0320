package org.jifen.application.service.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;
import static org.jifen.application.service.application.ApplicationFixture.CLERK_OF_HAISHU;
import static org.jifen.application.service.application.ApplicationFixture.EDUCATION_REVIEWER;
import static org.jifen.application.service.application.ApplicationFixture.NOW;
import static org.jifen.application.service.application.ApplicationFixture.PATENT_REVIEWER;
import static org.jifen.application.service.application.ApplicationFixture.POLICE_REVIEWER;
import static org.jifen.application.service.application.ApplicationFixture.SUPERVISOR_OF_HAISHU;
import static org.jifen.application.service.application.ApplicationFixture.SUPERVISOR_OF_YINZHOU;
import static org.jifen.application.service.application.ApplicationFixture.TUESDAY_BEFORE_NATIONAL_DAY;
import static org.jifen.application.service.application.ApplicationFixture.anEligiblePerson;
import static org.jifen.application.service.application.ApplicationFixture.communityService;
import static org.jifen.application.service.application.ApplicationFixture.education;
import static org.jifen.application.service.application.ApplicationFixture.invention;
import static org.jifen.application.service.application.ApplicationFixture.patents;
import static org.jifen.application.service.application.ApplicationFixture.utilityModel;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jifen.application.TestData;
import org.jifen.domain.access.Caller;
import org.jifen.domain.access.Role;
import org.jifen.domain.application.ApplicationId;
import org.jifen.domain.application.ClaimStatus;
import org.jifen.domain.application.PointsApplication;
import org.jifen.domain.application.Publication;
import org.jifen.domain.audit.AuditAction;
import org.jifen.domain.audit.AuditEvent;
import org.jifen.domain.ledger.Actor;
import org.jifen.domain.ledger.EntryReason;
import org.jifen.domain.ledger.EntrySource;
import org.jifen.domain.ledger.LedgerEntry;
import org.jifen.domain.ledger.SourceKind;
import org.jifen.domain.ledger.TestPostings;
import org.jifen.domain.person.Person;
import org.jifen.domain.shared.DomainException;
import org.jifen.domain.shared.Points;
import org.junit.jupiter.api.Test;

class PublishApplicationServiceTest {

    private final ApplicationFixture jifen = new ApplicationFixture();
    /** person-0001, born 1990-03-07, living in Haishu, permit valid 2023–2026. */
    private final Person person = jifen.given(anEligiblePerson());

    private static Points points(String value) {
        return Points.parse(value);
    }

    /**
     * Submitted on 2025-09-30 with P04 40 months and HS06 from system data, P02 bachelor, M04 an
     * invention and a utility model, M10 6 points: P02 and M04 approved, M10 rejected.
     */
    private PointsApplication aDecidedApplication() {
        jifen.givenSystemData(person.id(), "P04", "40", LocalDate.of(2025, 9, 1));
        jifen.givenSystemData(person.id(), "HS06", "1", LocalDate.of(2025, 9, 1));
        PointsApplication submitted = jifen.submitInHaishu(person, education("BACHELOR"),
                patents(invention("ZL2021-1"), utilityModel("ZL2022-2")), communityService(6));
        jifen.approve(submitted.id(), "P02", EDUCATION_REVIEWER);
        jifen.approve(submitted.id(), "M04", PATENT_REVIEWER);
        return jifen.reject(submitted.id(), "M10", "NON_CONFORMING", POLICE_REVIEWER);
    }

    private DomainException refusalToPublish(Caller caller, ApplicationId application) {
        List<Object> before = jifen.everyStore();
        Throwable thrown = catchThrowable(() -> jifen.publish(caller, application));
        assertThat(thrown).as("refused").isInstanceOf(DomainException.class);
        jifen.assertUnchangedSince(before);
        return (DomainException) thrown;
    }

    // ---------------------------------------------------------------- the window

    @Test
    void publishedOnTuesdayBeforeTheNationalDayHolidays_appealsRunUntilTuesday14October() {
        PointsApplication decided = aDecidedApplication();

        PointsApplication published = jifen.publish(SUPERVISOR_OF_HAISHU, decided.id());

        // 1–8 October off; working days 9 (Thu), 10 (Fri), 11 (Sat, make-up day), 13 (Mon), 14 (Tue)
        assertThat(published.publication()).contains(new Publication(LocalDate.of(2025, 9, 30),
                LocalDate.of(2025, 10, 14), NOW, "supervisor-haishu"));
        assertThat(jifen.stored(decided.id())).isEqualTo(published);
        assertThat(published.claims()).isEqualTo(decided.claims());
    }

    @Test
    void publishedOnMonday30September2024_appealsRunUntilTheMakeUpSaturday12October() {
        jifen.today(LocalDate.of(2024, 9, 30));
        PointsApplication submitted = jifen.submitInHaishu(person);

        PointsApplication published = jifen.publish(SUPERVISOR_OF_HAISHU, submitted.id());

        // 1–7 October 2024 off; working days 8, 9, 10, 11 and Saturday 12 October (make-up day)
        assertThat(published.publication().map(Publication::appealUntil)).contains(LocalDate.of(2024, 10, 12));
    }

    @Test
    void publishedOnAnOrdinaryWeek_theWindowSkipsTheWeekend() {
        jifen.today(LocalDate.of(2025, 3, 13)); // a Thursday
        PointsApplication submitted = jifen.submitInHaishu(person);

        PointsApplication published = jifen.publish(SUPERVISOR_OF_HAISHU, submitted.id());

        assertThat(published.publication().map(Publication::appealUntil)).contains(LocalDate.of(2025, 3, 20));
    }

    @Test
    void publishingInAYearTheCalendarDoesNotHold_isRefusedWithCalendarNotCovered_andPublishesNothing() {
        jifen.today(LocalDate.of(2026, 3, 2));
        PointsApplication submitted = jifen.submitInHaishu(person);

        DomainException refused = refusalToPublish(SUPERVISOR_OF_HAISHU, submitted.id());

        assertThat(refused.code()).isEqualTo("CALENDAR_NOT_COVERED");
        assertThat(refused.getMessage()).contains("2026");
        assertThat(jifen.stored(submitted.id()).published()).isFalse();
        assertThat(jifen.ledgerOf(person.id())).isEmpty();
        assertThat(jifen.auditEvents()).extracting(AuditEvent::action)
                .containsExactly(AuditAction.APPLICATION_SUBMITTED);
    }

    @Test
    void aWindowRunningIntoAYearTheCalendarDoesNotHold_isRefusedWithCalendarNotCovered() {
        jifen.today(LocalDate.of(2025, 12, 29));
        PointsApplication submitted = jifen.submitInHaishu(person);

        DomainException refused = refusalToPublish(SUPERVISOR_OF_HAISHU, submitted.id());

        assertThat(refused.code()).isEqualTo("CALENDAR_NOT_COVERED");
        assertThat(jifen.stored(submitted.id()).published()).isFalse();
        assertThat(jifen.ledgerOf(person.id())).isEmpty();
    }

    // ---------------------------------------------------------------- refused while undecided

    @Test
    void publishingWhileAClaimIsPending_isRefusedWithClaimsPending_andChangesNothing() {
        jifen.givenSystemData(person.id(), "P04", "40", LocalDate.of(2025, 9, 1));
        PointsApplication submitted = jifen.submitInHaishu(person, education("BACHELOR"),
                patents(invention("ZL2021-1")));
        jifen.approve(submitted.id(), "P02", EDUCATION_REVIEWER);

        DomainException refused = refusalToPublish(SUPERVISOR_OF_HAISHU, submitted.id());

        assertThat(refused.code()).isEqualTo("CLAIMS_PENDING");
        assertThat(refused.getMessage()).contains("M04");
        assertThat(jifen.stored(submitted.id()).published()).isFalse();
        assertThat(jifen.ledgerOf(person.id())).isEmpty();
        assertThat(jifen.auditEvents()).hasSize(1);
    }

    @Test
    void publishingWhileADecisionWaitsForASecondReviewer_isRefusedWithSecondApprovalRequired() {
        PointsApplication submitted = jifen.submitInHaishu(person, communityService(6));
        jifen.awaitSecondApproval(submitted.id(), "M10", points("6.00"), POLICE_REVIEWER);

        DomainException refused = refusalToPublish(SUPERVISOR_OF_HAISHU, submitted.id());

        assertThat(refused.code()).isEqualTo("SECOND_APPROVAL_REQUIRED");
        assertThat(jifen.ledgerOf(person.id())).isEmpty();
    }

    @Test
    void publishingTwice_isRefusedWithAlreadyPublished_andPostsNothingMore() {
        PointsApplication decided = aDecidedApplication();
        jifen.publish(SUPERVISOR_OF_HAISHU, decided.id());
        jifen.clock().advance(java.time.Duration.ofDays(1));

        DomainException refused = refusalToPublish(SUPERVISOR_OF_HAISHU, decided.id());

        assertThat(refused.code()).isEqualTo("ALREADY_PUBLISHED");
        assertThat(jifen.ledgerOf(person.id())).hasSize(5);
    }

    // ---------------------------------------------------------------- the ledger

    @Test
    void publication_postsExactlyTheApprovedTargets_effectiveOnThePublicationDate() {
        PointsApplication decided = aDecidedApplication();

        jifen.publish(SUPERVISOR_OF_HAISHU, decided.id());

        List<LedgerEntry> ledger = jifen.ledgerOf(person.id());
        assertThat(ledger)
                .extracting(e -> e.indicator().code().value(), LedgerEntry::points, LedgerEntry::reason,
                        LedgerEntry::actor)
                .containsExactlyInAnyOrder(
                        tuple("P01", points("20.00"), EntryReason.AWARD, Actor.SYSTEM),
                        tuple("P04", points("20.00"), EntryReason.AWARD, Actor.SYSTEM),
                        tuple("HS06", points("4.00"), EntryReason.AWARD, Actor.SYSTEM),
                        tuple("P02", points("10.00"), EntryReason.AWARD, new Actor("reviewer-education")),
                        tuple("M04", points("13.00"), EntryReason.AWARD, new Actor("reviewer-patents")));
        assertThat(ledger).allSatisfy(entry -> {
            assertThat(entry.person()).isEqualTo(person.id());
            assertThat(entry.effectiveOn()).isEqualTo(TUESDAY_BEFORE_NATIONAL_DAY);
            assertThat(entry.recordedAt()).isEqualTo(NOW);
            assertThat(entry.source()).isEqualTo(new EntrySource(SourceKind.APPLICATION, "APP-000001"));
            assertThat(entry.freeze()).isEmpty();
            assertThat(entry.key().value()).isEqualTo("APP:APP-000001:" + entry.indicator());
        });
        assertThat(ledger).extracting(LedgerEntry::indicator).doesNotContain(TestPostings.ref("M10"));
        assertThat(ledger).extracting(e -> e.indicator().version().value()).containsOnly("330000-2022",
                "330200-2022", "330203-2022");
    }

    @Test
    void publication_isAuditedWithTheWindowAndTheEntries() {
        PointsApplication decided = aDecidedApplication();

        jifen.publish(SUPERVISOR_OF_HAISHU, decided.id());

        assertThat(jifen.auditEvents()).extracting(AuditEvent::action)
                .containsExactly(AuditAction.APPLICATION_SUBMITTED, AuditAction.APPLICATION_PUBLISHED);
        AuditEvent event = jifen.auditEvents().get(1);
        assertThat(event.subject()).isEqualTo("APP-000001");
        assertThat(event.actor()).isEqualTo("supervisor-haishu");
        assertThat(event.role()).isEqualTo("SUPERVISOR");
        assertThat(event.details()).isEqualTo("published on 2025-09-30, appeals until 2025-10-14; 5 ledger entries: "
                + "P01 +20.00, P04 +20.00, HS06 +4.00, P02 +10.00, M04 +13.00");
    }

    @Test
    void aRejectedClaim_postsNothing() {
        PointsApplication submitted = jifen.submitInHaishu(person, education("BACHELOR"));
        jifen.reject(submitted.id(), "P02", "MISSING_EVIDENCE", EDUCATION_REVIEWER);
        assertThat(jifen.stored(submitted.id()).claims()).extracting(c -> c.status()).containsExactly(ClaimStatus.APPROVED,
                ClaimStatus.REJECTED);

        jifen.publish(SUPERVISOR_OF_HAISHU, submitted.id());

        assertThat(jifen.ledgerOf(person.id())).extracting(e -> e.indicator().code().value(), LedgerEntry::points)
                .containsExactly(tuple("P01", points("20.00")));
    }

    @Test
    void aSecondApplicationNextYear_addsOnlyWhatIsNew() {
        jifen.today(LocalDate.of(2024, 9, 30));
        jifen.givenSystemData(person.id(), "P04", "40", LocalDate.of(2024, 9, 1));
        PointsApplication first = jifen.submitInHaishu(person, education("BACHELOR"), patents(invention("ZL2021-1")));
        jifen.approve(first.id(), "P02", EDUCATION_REVIEWER);
        jifen.approve(first.id(), "M04", PATENT_REVIEWER);
        jifen.publish(SUPERVISOR_OF_HAISHU, first.id());

        jifen.today(TUESDAY_BEFORE_NATIONAL_DAY);
        jifen.givenSystemData(person.id(), "P04", "52", LocalDate.of(2025, 9, 1));
        PointsApplication second = jifen.submitInHaishu(person, education("BACHELOR"),
                patents(invention("ZL2021-1"), invention("ZL2025-3")));
        jifen.approve(second.id(), "P02", EDUCATION_REVIEWER);
        jifen.approve(second.id(), "M04", PATENT_REVIEWER);
        jifen.publish(SUPERVISOR_OF_HAISHU, second.id());

        List<LedgerEntry> ledger = jifen.ledgerOf(person.id());
        assertThat(ledger).extracting(e -> e.source().reference(), e -> e.indicator().code().value(),
                        LedgerEntry::points, LedgerEntry::effectiveOn)
                .containsExactlyInAnyOrder(
                        tuple("APP-000001", "P01", points("20.00"), LocalDate.of(2024, 9, 30)),
                        tuple("APP-000001", "P04", points("20.00"), LocalDate.of(2024, 9, 30)),
                        tuple("APP-000001", "P02", points("10.00"), LocalDate.of(2024, 9, 30)),
                        tuple("APP-000001", "M04", points("10.00"), LocalDate.of(2024, 9, 30)),
                        // 52 months: 26 points, 6 more than the 20 held; the second invention: 10 more
                        tuple("APP-000002", "P04", points("6.00"), TUESDAY_BEFORE_NATIONAL_DAY),
                        tuple("APP-000002", "M04", points("10.00"), TUESDAY_BEFORE_NATIONAL_DAY));
        Points total = ledger.stream().map(LedgerEntry::points).reduce(Points.ZERO, Points::plus);
        assertThat(total).isEqualTo(points("76.00"));
    }

    @Test
    void aClaimAlreadyHeldInTheLedger_postsNothing() {
        jifen.givenSystemData(person.id(), "P04", "40", LocalDate.of(2025, 9, 1));
        jifen.adapters().ledgers().append(List.of(new LedgerEntry(
                org.jifen.domain.ledger.IdempotencyKey.of("AUTO:earlier"), person.id(), TestPostings.ref("P04"),
                points("20.00"), EntryReason.AWARD, TestPostings.SYSTEM_DATA, Actor.SYSTEM,
                TestData.chinaTime(LocalDate.of(2025, 9, 2), 8, 0), LocalDate.of(2025, 9, 2), Optional.empty())));
        PointsApplication submitted = jifen.submitInHaishu(person);

        jifen.publish(SUPERVISOR_OF_HAISHU, submitted.id());

        assertThat(jifen.ledgerOf(person.id())).extracting(e -> e.key().value(), LedgerEntry::points)
                .containsExactly(tuple("AUTO:earlier", points("20.00")), tuple("APP:APP-000001:330000-2022/P01",
                        points("20.00")));
    }

    // ---------------------------------------------------------------- who may publish

    @Test
    void rolesOtherThanSupervisor_areRefusedWithForbidden_andChangeNothing() {
        PointsApplication decided = aDecidedApplication();

        for (Caller caller : List.of(CLERK_OF_HAISHU, EDUCATION_REVIEWER, Caller.of("admin", Role.ADMIN,
                TestData.NINGBO), Caller.applicant("zhang-wei", TestData.HAISHU, person.id()))) {
            DomainException refused = refusalToPublish(caller, decided.id());

            assertThat(refused.code()).as(caller.role().name()).isEqualTo("FORBIDDEN");
        }
        assertThat(jifen.stored(decided.id()).published()).isFalse();
    }

    @Test
    void aSupervisorOfYinzhou_isRefusedWithOutOfJurisdiction_andChangesNothing() {
        PointsApplication decided = aDecidedApplication();

        DomainException refused = refusalToPublish(SUPERVISOR_OF_YINZHOU, decided.id());

        assertThat(refused.code()).isEqualTo("OUT_OF_JURISDICTION");
        assertThat(jifen.ledgerOf(person.id())).isEmpty();
    }

    @Test
    void aSupervisorOfTheCity_mayPublishInHaishu() {
        PointsApplication decided = aDecidedApplication();

        PointsApplication published = jifen.publish(Caller.of("supervisor-ningbo", Role.SUPERVISOR,
                TestData.NINGBO), decided.id());

        assertThat(published.publication().map(Publication::publishedBy)).contains("supervisor-ningbo");
    }

    @Test
    void anUnknownApplication_isRefusedWithApplicationNotFound() {
        DomainException refused = refusalToPublish(SUPERVISOR_OF_HAISHU, ApplicationId.of("APP-999999"));

        assertThat(refused.code()).isEqualTo("APPLICATION_NOT_FOUND");
    }
}
