package org.jifen.application.service.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.jifen.application.service.application.ApplicationFixture.ADMIN_OF_NINGBO;
import static org.jifen.application.service.application.ApplicationFixture.AUDITOR_OF_NINGBO;
import static org.jifen.application.service.application.ApplicationFixture.CLERK_OF_HAISHU;
import static org.jifen.application.service.application.ApplicationFixture.CLERK_OF_NINGBO;
import static org.jifen.application.service.application.ApplicationFixture.CLERK_OF_YINZHOU;
import static org.jifen.application.service.application.ApplicationFixture.EDUCATION_REVIEWER;
import static org.jifen.application.service.application.ApplicationFixture.HAISHU;
import static org.jifen.application.service.application.ApplicationFixture.NOW;
import static org.jifen.application.service.application.ApplicationFixture.SUPERVISOR_OF_HAISHU;
import static org.jifen.application.service.application.ApplicationFixture.SYSTEM;
import static org.jifen.application.service.application.ApplicationFixture.TUESDAY_BEFORE_NATIONAL_DAY;
import static org.jifen.application.service.application.ApplicationFixture.YINZHOU;
import static org.jifen.application.service.application.ApplicationFixture.anEligiblePerson;
import static org.jifen.application.service.application.ApplicationFixture.claim;
import static org.jifen.application.service.application.ApplicationFixture.command;
import static org.jifen.application.service.application.ApplicationFixture.communityService;
import static org.jifen.application.service.application.ApplicationFixture.education;
import static org.jifen.application.service.application.ApplicationFixture.invention;
import static org.jifen.application.service.application.ApplicationFixture.patents;
import static org.jifen.application.service.application.ApplicationFixture.utilityModel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jifen.application.PersonBuilder;
import org.jifen.application.port.in.application.SubmitApplicationCommand;
import org.jifen.domain.access.Caller;
import org.jifen.domain.application.ApplicationId;
import org.jifen.domain.application.Channel;
import org.jifen.domain.application.Claim;
import org.jifen.domain.application.ClaimDecision;
import org.jifen.domain.application.ClaimStatus;
import org.jifen.domain.application.PointsApplication;
import org.jifen.domain.audit.AuditAction;
import org.jifen.domain.audit.AuditEvent;
import org.jifen.domain.catalogue.Department;
import org.jifen.domain.catalogue.Facts;
import org.jifen.domain.catalogue.ScoringMethod;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.ledger.TestPostings;
import org.jifen.domain.person.Person;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.person.ResidencePermit;
import org.jifen.domain.shared.DomainException;
import org.jifen.domain.shared.Points;
import org.junit.jupiter.api.Test;

class SubmitApplicationServiceTest {

    private final ApplicationFixture jifen = new ApplicationFixture();
    /** person-0001, born 1990-03-07 (35 on 2025-09-30), living in Haishu, permit valid 2023–2026. */
    private final Person person = jifen.given(anEligiblePerson());

    private static Points points(String value) {
        return Points.parse(value);
    }

    private void givenSystemDataOfThePerson() {
        LocalDate asOf = LocalDate.of(2025, 9, 1);
        jifen.givenSystemData(person.id(), "P04", "40", asOf);
        jifen.givenSystemData(person.id(), "P05", "13", asOf);
        jifen.givenSystemData(person.id(), "HS06", "1", asOf);
        jifen.givenSystemData(person.id(), "M06", "7", LocalDate.of(2025, 10, 1)); // not yet known on the day
    }

    private DomainException refusal(SubmitApplicationCommand command) {
        List<Object> before = jifen.everyStore();
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> jifen.submit(command));
        assertThat(thrown).as("refused").isInstanceOf(DomainException.class);
        jifen.assertUnchangedSince(before);
        return (DomainException) thrown;
    }

    // ---------------------------------------------------------------- scoring at submission

    @Test
    void autoIndicatorsAreScoredAtOnceFromSystemData_andClaimsWaitForReview() {
        givenSystemDataOfThePerson();

        PointsApplication application = jifen.submitInHaishu(person, education("BACHELOR"),
                patents(invention("ZL2021-1"), utilityModel("ZL2022-2")), communityService(6));

        assertThat(application.id()).isEqualTo(ApplicationId.of("APP-000001"));
        assertThat(application.person()).isEqualTo(person.id());
        assertThat(application.district()).isEqualTo(HAISHU);
        assertThat(application.channel()).isEqualTo(Channel.DISTRICT_CENTRE);
        assertThat(application.submittedAt()).isEqualTo(NOW);
        assertThat(application.submittedOn()).isEqualTo(TUESDAY_BEFORE_NATIONAL_DAY);
        assertThat(application.published()).isFalse();
        assertThat(application.deductions()).isEmpty();
        assertThat(application.claims())
                .extracting(c -> c.indicator().code().value(), Claim::method, Claim::status, Claim::points)
                .containsExactly(
                        tuple("P01", ScoringMethod.AUTO, ClaimStatus.APPROVED, points("20.00")),
                        tuple("P04", ScoringMethod.AUTO, ClaimStatus.APPROVED, points("20.00")),
                        tuple("P05", ScoringMethod.AUTO, ClaimStatus.APPROVED, points("3.25")),
                        tuple("HS06", ScoringMethod.AUTO, ClaimStatus.APPROVED, points("4.00")),
                        tuple("P02", ScoringMethod.EVIDENCE, ClaimStatus.PENDING, points("0.00")),
                        tuple("M04", ScoringMethod.EVIDENCE, ClaimStatus.PENDING, points("0.00")),
                        tuple("M10", ScoringMethod.MANUAL, ClaimStatus.PENDING, points("0.00")));
    }

    @Test
    void anAutoClaim_isApprovedBySystemWithTheQuantityAsFacts() {
        givenSystemDataOfThePerson();

        PointsApplication application = jifen.submitInHaishu(person);

        Claim p04 = application.requireClaim(org.jifen.domain.catalogue.IndicatorCode.of("P04"));
        assertThat(p04.indicator()).isEqualTo(TestPostings.ref("P04"));
        assertThat(p04.department()).isEqualTo(Department.HRSS);
        assertThat(p04.declared()).isEqualTo(new Facts.Quantity(new BigDecimal("40")));
        assertThat(p04.evidence()).containsExactly("SYSTEM_DATA:2025-09-01");
        ClaimDecision decision = p04.decision().orElseThrow();
        assertThat(decision.approved()).isTrue();
        assertThat(decision.decidedBy()).isEqualTo("SYSTEM");
        assertThat(decision.decidedAt()).isEqualTo(NOW);
        assertThat(decision.target()).isEqualTo(points("20.00"));
        assertThat(decision.facts()).contains(new Facts.Quantity(new BigDecimal("40")));
        assertThat(decision.method()).isEmpty();
        assertThat(decision.secondApprovedBy()).isEmpty();

        Claim p01 = application.requireClaim(org.jifen.domain.catalogue.IndicatorCode.of("P01"));
        assertThat(p01.declared()).isEqualTo(new Facts.BirthDate(LocalDate.of(1990, 3, 7)));
        assertThat(p01.evidence()).containsExactly("ID_NUMBER:birth date");
        assertThat(p01.points()).isEqualTo(points("20.00"));
    }

    @Test
    void autoIndicatorsWithoutSystemData_areLeftOut_andOnlyTheAgeIsScored() {
        PointsApplication application = jifen.submitInHaishu(person, education("BACHELOR"));

        assertThat(application.claims()).extracting(c -> c.indicator().code().value(), Claim::status, Claim::points)
                .containsExactly(
                        tuple("P01", ClaimStatus.APPROVED, points("20.00")),
                        tuple("P02", ClaimStatus.PENDING, points("0.00")));
    }

    @Test
    void theAgeIsScoredOnTheApplicationDate_fromTheIdNumber() {
        Person older = jifen.given(anEligiblePerson().withId("person-0002").bornOn(LocalDate.of(1983, 10, 1)));

        PointsApplication application = jifen.submitInHaishu(older);

        // 41 until 30 September 2025 (turns 42 on 1 October): 19 points
        assertThat(application.claims()).extracting(c -> c.indicator().code().value(), Claim::points)
                .containsExactly(tuple("P01", points("19.00")));
    }

    @Test
    void aPendingClaim_keepsTheDeclaredFactsAndEvidence() {
        PointsApplication application = jifen.submitInHaishu(person,
                patents(invention("ZL2021-1"), utilityModel("ZL2022-2")));

        Claim m04 = application.requireClaim(org.jifen.domain.catalogue.IndicatorCode.of("M04"));
        assertThat(m04.indicator()).isEqualTo(TestPostings.ref("M04"));
        assertThat(m04.department()).isEqualTo(Department.MARKET_REGULATION);
        assertThat(m04.declared()).isEqualTo(new Facts.Events(List.of(invention("ZL2021-1"),
                utilityModel("ZL2022-2"))));
        assertThat(m04.evidence()).containsExactly("patent-certificates");
        assertThat(m04.decision()).isEmpty();
    }

    @Test
    void theApplicationIsStored_andTheSubmissionAudited() {
        givenSystemDataOfThePerson();

        PointsApplication application = jifen.submitInHaishu(person, education("BACHELOR"));

        assertThat(jifen.stored(application.id())).isEqualTo(application);
        assertThat(jifen.auditEvents()).hasSize(1);
        AuditEvent event = jifen.auditEvents().get(0);
        assertThat(event.action()).isEqualTo(AuditAction.APPLICATION_SUBMITTED);
        assertThat(event.subject()).isEqualTo("APP-000001");
        assertThat(event.actor()).isEqualTo("clerk-haishu");
        assertThat(event.role()).isEqualTo("CLERK");
        assertThat(event.at()).isEqualTo(NOW);
        assertThat(event.details()).isEqualTo("person person-0001 (330203********1232), district 330203, channel "
                + "DISTRICT_CENTRE, claims: P01 APPROVED 20.00, P04 APPROVED 20.00, P05 APPROVED 3.25, "
                + "HS06 APPROVED 4.00, P02 PENDING");
        assertThat(event.details()).doesNotContain(person.idNumber().value()).doesNotContain(person.name());
    }

    // ---------------------------------------------------------------- eligibility, before any scoring

    @Test
    void permitEndedTheDayBefore_isRefusedWithPermitExpired_andWritesNothing() {
        Person expired = jifen.given(PersonBuilder.aPerson().withId("person-0002").withSequence(124)
                .withPermit("ZJ-330203-0002", LocalDate.of(2022, 9, 30), LocalDate.of(2025, 9, 29)));
        jifen.givenSystemData(expired.id(), "P04", "40", LocalDate.of(2025, 9, 1));

        DomainException refused = refusal(command(CLERK_OF_HAISHU, expired.id(), HAISHU, education("BACHELOR")));

        assertThat(refused.code()).isEqualTo("PERMIT_EXPIRED");
        assertThat(refused.getMessage()).contains("2025-09-29").contains("2025-09-30");
        assertThat(jifen.applicationsOf(expired.id())).isEmpty();
        assertThat(jifen.auditEvents()).isEmpty();
    }

    @Test
    void permitValidUntilToday_isStillEligible() {
        Person lastDay = jifen.given(PersonBuilder.aPerson().withId("person-0002").withSequence(124)
                .withPermit("ZJ-330203-0002", LocalDate.of(2022, 9, 30), TUESDAY_BEFORE_NATIONAL_DAY));

        PointsApplication application = jifen.submitInHaishu(lastDay);

        assertThat(application.person()).isEqualTo(lastDay.id());
    }

    @Test
    void permitIssuedOutsideZhejiang_isRefusedWithPermitNotZhejiang_andWritesNothing() {
        Person fromNanjing = jifen.given(PersonBuilder.aPerson().withId("person-0002").withSequence(124)
                .withPermit(new ResidencePermit("JS-320100-0002", DivisionCode.of("320100"), LocalDate.of(2023, 1, 1),
                        LocalDate.of(2026, 12, 31))));

        DomainException refused = refusal(command(CLERK_OF_HAISHU, fromNanjing.id(), HAISHU));

        assertThat(refused.code()).isEqualTo("PERMIT_NOT_ZHEJIANG");
        assertThat(refused.getMessage()).contains("320100");
        assertThat(jifen.applicationsOf(fromNanjing.id())).isEmpty();
        assertThat(jifen.auditEvents()).isEmpty();
    }

    @Test
    void livingInYinzhouAndApplyingInHaishu_isRefusedWithNotResidentInDistrict_andWritesNothing() {
        Person yinzhouResident = jifen.given(anEligiblePerson().withId("person-0002").livingIn(YINZHOU)
                .withPermit("ZJ-330212-0002", LocalDate.of(2023, 1, 1), LocalDate.of(2026, 12, 31)));

        DomainException refused = refusal(command(CLERK_OF_HAISHU, yinzhouResident.id(), HAISHU,
                education("BACHELOR")));

        assertThat(refused.code()).isEqualTo("NOT_RESIDENT_IN_DISTRICT");
        assertThat(refused.getMessage()).contains("330212").contains("330203");
        assertThat(jifen.applicationsOf(yinzhouResident.id())).isEmpty();
        assertThat(jifen.auditEvents()).isEmpty();
    }

    @Test
    void noPermitOnRecord_isRefusedWithPermitMissing_andWritesNothing() {
        Person withoutPermit = jifen.given(PersonBuilder.aPerson().withId("person-0002").withSequence(124));

        DomainException refused = refusal(command(CLERK_OF_HAISHU, withoutPermit.id(), HAISHU));

        assertThat(refused.code()).isEqualTo("PERMIT_MISSING");
        assertThat(jifen.applicationsOf(withoutPermit.id())).isEmpty();
        assertThat(jifen.auditEvents()).isEmpty();
    }

    @Test
    void eligibilityIsCheckedBeforeTheClaims() {
        Person withoutPermit = jifen.given(PersonBuilder.aPerson().withId("person-0002").withSequence(124));

        DomainException refused = refusal(command(CLERK_OF_HAISHU, withoutPermit.id(), HAISHU,
                claim("P04", new Facts.Quantity(BigDecimal.TEN)), education("PHD")));

        assertThat(refused.code()).isEqualTo("PERMIT_MISSING");
    }

    @Test
    void anUnknownPerson_isRefusedWithPersonNotFound() {
        DomainException refused = refusal(command(CLERK_OF_HAISHU, PersonId.of("person-9999"), HAISHU));

        assertThat(refused.code()).isEqualTo("PERSON_NOT_FOUND");
    }

    // ---------------------------------------------------------------- claims

    @Test
    void anIndicatorNotInForceInTheDistrict_isRefusedWithUnknownIndicatorNamingIt() {
        Person yinzhouResident = jifen.given(anEligiblePerson().withId("person-0002").livingIn(YINZHOU)
                .withPermit("ZJ-330212-0002", LocalDate.of(2023, 1, 1), LocalDate.of(2026, 12, 31)));

        DomainException refused = refusal(command(CLERK_OF_YINZHOU, yinzhouResident.id(), YINZHOU,
                education("BACHELOR"), claim("HS05", new Facts.Holding(true), "veteran-card")));

        assertThat(refused.code()).isEqualTo("UNKNOWN_INDICATOR");
        assertThat(refused.getMessage()).isEqualTo("claims[1] (HS05): no indicator HS05 is in force in 330212 on "
                + "2025-09-30");
    }

    @Test
    void anIndicatorNoCatalogueHolds_isRefusedWithUnknownIndicator() {
        DomainException refused = refusal(command(CLERK_OF_HAISHU, person.id(), HAISHU,
                claim("X99", new Facts.Holding(true))));

        assertThat(refused.code()).isEqualTo("UNKNOWN_INDICATOR");
        assertThat(refused.getMessage()).contains("X99");
    }

    @Test
    void claimingAnAutoIndicator_isRefused() {
        DomainException refused = refusal(command(CLERK_OF_HAISHU, person.id(), HAISHU,
                claim("P04", new Facts.Quantity(BigDecimal.valueOf(60)), "social-insurance-statement")));

        assertThat(refused.code()).isEqualTo("AUTO_INDICATOR_NOT_CLAIMABLE");
        assertThat(refused.getMessage()).contains("P04");
    }

    @Test
    void claimingADeduction_isRefused() {
        DomainException refused = refusal(command(CLERK_OF_HAISHU, person.id(), HAISHU,
                claim("M91", new Facts.Events(List.of(new Facts.Event("DETENTION", "case-1"))))));

        assertThat(refused.code()).isEqualTo("DEDUCTION_NOT_CLAIMABLE");
        assertThat(refused.getMessage()).contains("M91");
    }

    @Test
    void aLevelNotInTheTable_isRefusedWithInvalidFactsNamingTheClaim() {
        DomainException refused = refusal(command(CLERK_OF_HAISHU, person.id(), HAISHU, education("PHD")));

        assertThat(refused.code()).isEqualTo("INVALID_FACTS");
        assertThat(refused.getMessage()).startsWith("claims[0] (P02): level PHD is not one of");
    }

    @Test
    void factsOfTheWrongShape_areRefusedWithInvalidFacts() {
        DomainException refused = refusal(command(CLERK_OF_HAISHU, person.id(), HAISHU,
                claim("P02", new Facts.Quantity(BigDecimal.ONE))));

        assertThat(refused.code()).isEqualTo("INVALID_FACTS");
        assertThat(refused.getMessage()).isEqualTo("claims[0] (P02): a LEVEL rule cannot score Quantity facts");
    }

    @Test
    void pointsOutsideTheRange_areRefusedWithInvalidFacts() {
        DomainException refused = refusal(command(CLERK_OF_HAISHU, person.id(), HAISHU, communityService(12)));

        assertThat(refused.code()).isEqualTo("INVALID_FACTS");
        assertThat(refused.getMessage()).startsWith("claims[0] (M10): points 12.00 are outside");
    }

    @Test
    void theSameIndicatorTwice_isRefusedWithDuplicateClaim() {
        DomainException refused = refusal(command(CLERK_OF_HAISHU, person.id(), HAISHU, education("BACHELOR"),
                education("MASTER")));

        assertThat(refused.code()).isEqualTo("DUPLICATE_CLAIM");
        assertThat(refused.getMessage()).contains("claims[1] (P02)");
    }

    // ---------------------------------------------------------------- idempotency

    @Test
    void resubmittingWithTheSameKeyAndContent_returnsTheFirstApplication_andWritesNothing() {
        givenSystemDataOfThePerson();
        PointsApplication first = jifen.submit(command(CLERK_OF_HAISHU, "key-1", person.id(), HAISHU,
                education("BACHELOR"), patents(invention("ZL2021-1"))));
        List<Object> before = jifen.everyStore();
        jifen.clock().advance(java.time.Duration.ofMinutes(5));

        PointsApplication again = jifen.submit(command(CLERK_OF_HAISHU, "key-1", person.id(), HAISHU,
                education("BACHELOR"), patents(invention("ZL2021-1"))));

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again).isEqualTo(first);
        jifen.assertUnchangedSince(before);
        assertThat(jifen.applicationsOf(person.id())).hasSize(1);
        assertThat(jifen.auditEvents()).extracting(AuditEvent::action)
                .containsExactly(AuditAction.APPLICATION_SUBMITTED);
    }

    @Test
    void theSameContentWithClaimsInAnotherOrderAndThroughTheApplicant_isTheSameSubmission() {
        PointsApplication first = jifen.submit(command(CLERK_OF_HAISHU, "key-1", person.id(), HAISHU,
                education("BACHELOR"), patents(invention("ZL2021-1"), utilityModel("ZL2022-2"))));
        Caller applicant = Caller.applicant("zhang-wei", HAISHU, person.id());

        PointsApplication again = jifen.submit(command(applicant, "key-1", person.id(), HAISHU,
                patents(utilityModel("ZL2022-2"), invention("ZL2021-1")), education("BACHELOR")));

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(jifen.auditEvents()).hasSize(1);
    }

    @Test
    void theSameKeyWithOtherContent_isRefusedWithIdempotencyConflict_andWritesNothing() {
        PointsApplication first = jifen.submit(command(CLERK_OF_HAISHU, "key-1", person.id(), HAISHU,
                education("BACHELOR")));

        DomainException refused = refusal(command(CLERK_OF_HAISHU, "key-1", person.id(), HAISHU,
                education("MASTER")));

        assertThat(refused.code()).isEqualTo("IDEMPOTENCY_CONFLICT");
        assertThat(refused.getMessage()).contains(first.id().value());
        assertThat(jifen.applicationsOf(person.id())).containsExactly(first);
        assertThat(jifen.auditEvents()).hasSize(1);
    }

    @Test
    void anotherChannelUnderTheSameKey_isOtherContent() {
        jifen.submit(command(CLERK_OF_HAISHU, "key-1", person.id(), HAISHU));

        DomainException refused = refusal(new SubmitApplicationCommand(CLERK_OF_HAISHU, Optional.of("key-1"),
                person.id(), HAISHU, Channel.APP, List.of()));

        assertThat(refused.code()).isEqualTo("IDEMPOTENCY_CONFLICT");
    }

    @Test
    void withoutAKey_everySubmissionIsNew() {
        PointsApplication first = jifen.submitInHaishu(person, education("BACHELOR"));
        PointsApplication second = jifen.submitInHaishu(person, education("BACHELOR"));

        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(jifen.applicationsOf(person.id())).hasSize(2);
    }

    @Test
    void aBlankKey_isRefusedByTheCommand() {
        assertThatThrownBy(() -> command(CLERK_OF_HAISHU, " ", person.id(), HAISHU))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("INVALID_IDEMPOTENCY_KEY");
    }

    // ---------------------------------------------------------------- who may submit

    @Test
    void theApplicantForThemself_andStaffCoveringTheDistrict_maySubmit() {
        Caller applicant = Caller.applicant("zhang-wei", HAISHU, person.id());

        assertThat(jifen.submit(command(applicant, person.id(), HAISHU)).id().value()).isEqualTo("APP-000001");
        assertThat(jifen.submit(command(CLERK_OF_NINGBO, person.id(), HAISHU)).id().value()).isEqualTo("APP-000002");
        assertThat(jifen.submit(command(ADMIN_OF_NINGBO, person.id(), HAISHU)).id().value()).isEqualTo("APP-000003");
        assertThat(jifen.auditEvents()).extracting(AuditEvent::actor)
                .containsExactly("zhang-wei", "clerk-ningbo", "admin-ningbo");
    }

    @Test
    void rolesThatDoNotSubmit_areRefusedWithForbidden_andWriteNothing() {
        for (Caller caller : List.of(EDUCATION_REVIEWER, SUPERVISOR_OF_HAISHU, AUDITOR_OF_NINGBO, SYSTEM)) {
            DomainException refused = refusal(command(caller, person.id(), HAISHU, education("BACHELOR")));

            assertThat(refused.code()).as(caller.role().name()).isEqualTo("FORBIDDEN");
        }
        assertThat(jifen.auditEvents()).isEmpty();
    }

    @Test
    void aClerkOfYinzhouSubmittingInHaishu_isRefusedWithOutOfJurisdiction_andWritesNothing() {
        DomainException refused = refusal(command(CLERK_OF_YINZHOU, person.id(), HAISHU, education("BACHELOR")));

        assertThat(refused.code()).isEqualTo("OUT_OF_JURISDICTION");
        assertThat(jifen.applicationsOf(person.id())).isEmpty();
        assertThat(jifen.auditEvents()).isEmpty();
    }

    @Test
    void anApplicantSubmittingForSomeoneElse_isRefusedWithNotOwnData_andWritesNothing() {
        Person other = jifen.given(anEligiblePerson().withId("person-0002").withSequence(124));
        Caller applicant = Caller.applicant("zhang-wei", HAISHU, person.id());

        DomainException refused = refusal(command(applicant, other.id(), HAISHU, education("BACHELOR")));

        assertThat(refused.code()).isEqualTo("NOT_OWN_DATA");
        assertThat(jifen.applicationsOf(other.id())).isEmpty();
        assertThat(jifen.auditEvents()).isEmpty();
    }

    @Test
    void authorizationIsCheckedBeforeTheIdempotencyKey() {
        jifen.submit(command(CLERK_OF_HAISHU, "key-1", person.id(), HAISHU));

        DomainException refused = refusal(command(CLERK_OF_YINZHOU, "key-1", person.id(), HAISHU));

        assertThat(refused.code()).isEqualTo("OUT_OF_JURISDICTION");
    }
}
