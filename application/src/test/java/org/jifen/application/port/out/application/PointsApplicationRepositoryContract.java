package org.jifen.application.port.out.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jifen.application.TestData;
import org.jifen.domain.application.ApplicationId;
import org.jifen.domain.application.Channel;
import org.jifen.domain.application.Claim;
import org.jifen.domain.application.ClaimDecision;
import org.jifen.domain.application.ClaimStatus;
import org.jifen.domain.application.Deduction;
import org.jifen.domain.application.PointsApplication;
import org.jifen.domain.application.Publication;
import org.jifen.domain.application.VerificationMethod;
import org.jifen.domain.catalogue.Department;
import org.jifen.domain.catalogue.Facts;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.catalogue.ScoringMethod;
import org.jifen.domain.ledger.TestPostings;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.shared.DomainException;
import org.jifen.domain.shared.Points;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PointsApplicationRepository} adapter must do. An adapter's test extends this class
 * and returns the same repository for every call within one test, empty at the start of each test.
 *
 * <p>Applications are compared with {@code equals}: every field of every claim (indicator reference,
 * method, department, declared facts of each kind, evidence in order, status, the decision with each of
 * its optional fields), every deduction and the publication must come back exactly as stored. Instants
 * are given to the microsecond, which PostgreSQL and H2 timestamps hold exactly. Declared quantities keep
 * their scale ({@code 61} stays {@code 61}, {@code 13.5} stays {@code 13.5}: {@code BigDecimal.equals} sees
 * the scale), so an adapter stores facts as text (e.g. JSON), not in a fixed-scale column.
 *
 * <p>Refusals: an application id or an idempotency key already stored is refused with
 * {@code DUPLICATE_SUBMISSION}, and nothing of the refused call is stored; updating an application that
 * was never added is refused with {@code APPLICATION_NOT_FOUND}.
 */
public abstract class PointsApplicationRepositoryContract {

    private static final PersonId ANNA = PersonId.of("person-0001");
    private static final PersonId BORIS = PersonId.of("person-0002");
    private static final ApplicationId FIRST = ApplicationId.of("APP-000001");
    private static final ApplicationId SECOND = ApplicationId.of("APP-000002");
    private static final ApplicationId THIRD = ApplicationId.of("APP-000003");
    private static final Instant SUBMITTED_AT = Instant.parse("2024-05-06T01:02:03.123456Z");
    private static final LocalDate SUBMITTED_ON = LocalDate.of(2024, 5, 6);
    private static final Instant DECIDED_AT = Instant.parse("2024-05-08T02:30:00.000001Z");
    private static final Instant SECOND_APPROVED_AT = Instant.parse("2024-05-09T07:45:10.5Z");
    private static final String REVIEWER = "reviewer-hs-public_security";
    private static final String SECOND_REVIEWER = "reviewer-hs-public_security-2";

    /** The repository under test. */
    protected abstract PointsApplicationRepository applicationRepository();

    // ---------------------------------------------------------------- test data

    /** A claim on an indicator of the default catalogues. */
    private static Claim claim(String code, ScoringMethod method, Department department, Facts declared,
            List<String> evidence, ClaimStatus status, Optional<ClaimDecision> decision) {
        return new Claim(TestPostings.ref(code), method, department, declared, evidence, status, decision);
    }

    /**
     * An application holding a claim of every status, with every kind of declared facts and every optional
     * field of a decision both empty and present, and two deductions (one approved by a second reviewer, one
     * awaiting that approval). Not published.
     */
    private static PointsApplication inReview(ApplicationId id, PersonId person) {
        Claim auto = claim("P04", ScoringMethod.AUTO, Department.HRSS, new Facts.Quantity(new BigDecimal("61")),
                List.of(), ClaimStatus.APPROVED,
                Optional.of(ClaimDecision.approved(new Facts.Quantity(new BigDecimal("61")), Points.parse("30.00"),
                        Optional.empty(), "SYSTEM", SUBMITTED_AT)));
        Claim residence = claim("P05", ScoringMethod.AUTO, Department.PUBLIC_SECURITY,
                new Facts.Span(LocalDate.of(2023, 3, 31), LocalDate.of(2024, 5, 6)), List.of(),
                ClaimStatus.APPROVED,
                Optional.of(ClaimDecision.approved(new Facts.Quantity(new BigDecimal("13.5")), Points.parse("3.25"),
                        Optional.empty(), "SYSTEM", SUBMITTED_AT)));
        Claim education = claim("P02", ScoringMethod.EVIDENCE, Department.EDUCATION, new Facts.LevelHeld("BACHELOR"),
                List.of("evidence/diploma-2012.pdf", "学信网-验证报告-2024.pdf"), ClaimStatus.PENDING, Optional.empty());
        Claim home = claim("M01", ScoringMethod.EVIDENCE, Department.HOUSING, new Facts.LevelHeld("OWN_HOME"),
                List.of(), ClaimStatus.REJECTED,
                Optional.of(ClaimDecision.rejected("MISSING_EVIDENCE", Optional.empty(), "reviewer-hs-housing",
                        DECIDED_AT)));
        Claim patents = claim("M04", ScoringMethod.EVIDENCE, Department.MARKET_REGULATION,
                new Facts.Events(List.of(new Facts.Event("INVENTION", "ZL202110001234.5"),
                        new Facts.Event("UTILITY_MODEL", "ZL202220005678.9"))),
                List.of("patent-1.pdf", "patent-2.pdf"), ClaimStatus.APPROVED,
                Optional.of(ClaimDecision.approved(new Facts.Events(List.of(
                        new Facts.Event("INVENTION", "ZL202110001234.5"))), Points.parse("10.00"), Optional.empty(),
                        "reviewer-hs-market_regulation", DECIDED_AT)));
        Claim governance = claim("M10", ScoringMethod.MANUAL, Department.PUBLIC_SECURITY,
                new Facts.SetPoints(Points.parse("8.50")), List.of("grid-member-certificate.jpg"),
                ClaimStatus.AWAITING_SECOND_APPROVAL,
                Optional.of(ClaimDecision.approved(new Facts.SetPoints(Points.parse("8.50")), Points.parse("8.50"),
                        Optional.of(VerificationMethod.SITE_VISIT), REVIEWER, DECIDED_AT)));
        Claim veteran = claim("HS05", ScoringMethod.EVIDENCE, Department.VETERANS_AFFAIRS, new Facts.Holding(true),
                List.of("discharge-certificate.pdf"), ClaimStatus.REJECTED,
                Optional.of(ClaimDecision.rejected("退役证明与本人信息不符", Optional.of(VerificationMethod.TIP_OFF),
                        "reviewer-hs-veterans_affairs", DECIDED_AT)
                        .withSecondApproval("reviewer-hs-veterans_affairs-2", SECOND_APPROVED_AT)));
        Claim age = claim("P01", ScoringMethod.AUTO, Department.PUBLIC_SECURITY,
                new Facts.BirthDate(LocalDate.of(1990, 3, 7)), List.of(), ClaimStatus.APPROVED,
                Optional.of(ClaimDecision.approved(new Facts.BirthDate(LocalDate.of(1990, 3, 7)),
                        Points.parse("20.00"), Optional.empty(), "SYSTEM", SUBMITTED_AT)
                        .withSecondApproval("supervisor-hs", SECOND_APPROVED_AT)));
        Deduction detention = new Deduction(TestPostings.ref("M91"), "DETENTION", "海公(治)决字2024第0012号",
                LocalDate.of(2024, 3, 31), VerificationMethod.SYSTEM_CHECK, Points.parse("-10.00"),
                ClaimStatus.APPROVED, REVIEWER, DECIDED_AT, Optional.empty());
        Deduction conviction = new Deduction(TestPostings.ref("M91"), "CRIMINAL", "(2024)浙0203刑初0042号",
                LocalDate.of(2024, 4, 15), VerificationMethod.TIP_OFF, Points.parse("-30.00"),
                ClaimStatus.AWAITING_SECOND_APPROVAL, REVIEWER, DECIDED_AT, Optional.empty());
        Deduction dishonest = new Deduction(TestPostings.ref("M92"), "DISHONEST", "失信-2024-0007",
                LocalDate.of(2024, 2, 29), VerificationMethod.SYSTEM_CHECK, Points.parse("-20.00"),
                ClaimStatus.APPROVED, REVIEWER, DECIDED_AT, Optional.of(SECOND_REVIEWER));
        return new PointsApplication(id, person, TestData.HAISHU, Channel.TOWNSHIP_WINDOW, SUBMITTED_AT, SUBMITTED_ON,
                List.of(auto, residence, education, home, patents, governance, veteran, age),
                List.of(detention, conviction, dishonest), Optional.empty());
    }

    /** A small application: one AUTO claim approved at submission, submitted through the app. */
    private static PointsApplication small(ApplicationId id, PersonId person) {
        Claim library = claim("HS07", ScoringMethod.AUTO, Department.CULTURE, Facts.Quantity.of(17), List.of(),
                ClaimStatus.APPROVED, Optional.of(ClaimDecision.approved(Facts.Quantity.of(17), Points.parse("1.00"),
                        Optional.empty(), "SYSTEM", SUBMITTED_AT)));
        return new PointsApplication(id, person, TestData.HAISHU, Channel.APP, SUBMITTED_AT.plusSeconds(60),
                SUBMITTED_ON, List.of(library), List.of(), Optional.empty());
    }

    private static StoredSubmission submission(String key, String fingerprint, ApplicationId application) {
        return new StoredSubmission(key, fingerprint, application);
    }

    private static void assertRefusedWith(Throwable thrown, String code) {
        assertThat(thrown).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    // ---------------------------------------------------------------- tests

    @Test
    void anEmptyRepository_findsNothing() {
        assertThat(applicationRepository().find(FIRST)).isEmpty();
        assertThat(applicationRepository().findByPerson(ANNA)).isEmpty();
        assertThat(applicationRepository().findSubmission("key-1")).isEmpty();
    }

    @Test
    void anAddedApplication_comesBackEqualInEveryClaimDecisionAndDeduction() {
        PointsApplication application = inReview(FIRST, ANNA);

        applicationRepository().add(application, Optional.empty());

        PointsApplication found = applicationRepository().find(FIRST).orElseThrow();
        assertThat(found).isEqualTo(application);
        assertThat(found.claims()).containsExactlyElementsOf(application.claims());
        assertThat(found.claims()).extracting(Claim::status).containsExactly(ClaimStatus.APPROVED,
                ClaimStatus.APPROVED, ClaimStatus.PENDING, ClaimStatus.REJECTED, ClaimStatus.APPROVED,
                ClaimStatus.AWAITING_SECOND_APPROVAL, ClaimStatus.REJECTED, ClaimStatus.APPROVED);
        assertThat(found.claim(IndicatorCode.of("P02")).orElseThrow().evidence())
                .containsExactly("evidence/diploma-2012.pdf", "学信网-验证报告-2024.pdf");
        ClaimDecision veteran = found.claim(IndicatorCode.of("HS05")).orElseThrow().decision().orElseThrow();
        assertThat(veteran.reason()).contains("退役证明与本人信息不符");
        assertThat(veteran.method()).contains(VerificationMethod.TIP_OFF);
        assertThat(veteran.secondApprovedBy()).contains("reviewer-hs-veterans_affairs-2");
        assertThat(veteran.secondApprovedAt()).contains(SECOND_APPROVED_AT);
        assertThat(veteran.facts()).isEmpty();
        ClaimDecision residence = found.claim(IndicatorCode.of("P05")).orElseThrow().decision().orElseThrow();
        assertThat(residence.reason()).isEmpty();
        assertThat(residence.method()).isEmpty();
        assertThat(residence.secondApprovedBy()).isEmpty();
        assertThat(residence.secondApprovedAt()).isEmpty();
        assertThat(residence.target()).isEqualTo(Points.parse("3.25"));
        assertThat(found.deductions()).containsExactlyElementsOf(application.deductions());
        assertThat(found.channel()).isEqualTo(Channel.TOWNSHIP_WINDOW);
        assertThat(found.submittedAt()).isEqualTo(SUBMITTED_AT);
        assertThat(found.submittedOn()).isEqualTo(SUBMITTED_ON);
        assertThat(found.publication()).isEmpty();
    }

    @Test
    void anApplicationDecidedApprovedAndPublishedThroughTheDomain_comesBackEqualAfterEachUpdate() {
        PointsApplication submitted = inReview(FIRST, ANNA);
        applicationRepository().add(submitted, Optional.of(submission("key-1", "fp-1", FIRST)));

        PointsApplication decided = submitted.decide(IndicatorCode.of("P02"), ClaimStatus.APPROVED,
                ClaimDecision.approved(new Facts.LevelHeld("BACHELOR"), Points.parse("10.00"), Optional.empty(),
                        "reviewer-hs-education", DECIDED_AT.plusSeconds(3600)));
        applicationRepository().update(decided);
        assertThat(applicationRepository().find(FIRST)).contains(decided);

        PointsApplication approved = decided
                .approveSecond(IndicatorCode.of("M10"), SECOND_REVIEWER, SECOND_APPROVED_AT)
                .approveDeduction("(2024)浙0203刑初0042号", SECOND_REVIEWER);
        applicationRepository().update(approved);
        assertThat(applicationRepository().find(FIRST)).contains(approved);

        Publication publication = new Publication(LocalDate.of(2024, 5, 10), LocalDate.of(2024, 5, 17),
                Instant.parse("2024-05-10T00:30:00.654321Z"), "supervisor-hs");
        PointsApplication published = approved.publish(publication);
        applicationRepository().update(published);

        PointsApplication found = applicationRepository().find(FIRST).orElseThrow();
        assertThat(found).isEqualTo(published);
        assertThat(found.publication()).contains(publication);
        assertThat(found.claims()).extracting(Claim::status).doesNotContain(ClaimStatus.PENDING,
                ClaimStatus.AWAITING_SECOND_APPROVAL);
        assertThat(found.deductions()).extracting(Deduction::status).containsOnly(ClaimStatus.APPROVED);
        assertThat(applicationRepository().findByPerson(ANNA)).containsExactly(published);
        assertThat(applicationRepository().findSubmission("key-1")).contains(submission("key-1", "fp-1", FIRST));
    }

    @Test
    void findByPerson_answersEveryApplicationOfThatPersonOnly() {
        PointsApplication annaFirst = inReview(FIRST, ANNA);
        PointsApplication boris = small(SECOND, BORIS);
        PointsApplication annaSecond = small(THIRD, ANNA);
        applicationRepository().add(annaFirst, Optional.empty());
        applicationRepository().add(boris, Optional.empty());
        applicationRepository().add(annaSecond, Optional.empty());

        assertThat(applicationRepository().findByPerson(ANNA)).containsExactlyInAnyOrder(annaFirst, annaSecond);
        assertThat(applicationRepository().findByPerson(BORIS)).containsExactly(boris);
        assertThat(applicationRepository().findByPerson(PersonId.of("person-9999"))).isEmpty();
    }

    @Test
    void aSubmissionStoredWithItsApplication_isFoundByItsKey() {
        StoredSubmission first = submission("3f2a9c1e-key", "sha256:" + "ab".repeat(32), FIRST);
        StoredSubmission second = submission("浙里办-请求-0002", "sha256:" + "cd".repeat(32), SECOND);
        applicationRepository().add(small(FIRST, ANNA), Optional.of(first));
        applicationRepository().add(small(SECOND, BORIS), Optional.of(second));
        applicationRepository().add(small(THIRD, ANNA), Optional.empty());

        assertThat(applicationRepository().findSubmission("3f2a9c1e-key")).contains(first);
        assertThat(applicationRepository().findSubmission("浙里办-请求-0002")).contains(second);
        assertThat(applicationRepository().findSubmission("3F2A9C1E-KEY")).as("keys are exact").isEmpty();
        assertThat(applicationRepository().findSubmission("unknown")).isEmpty();
        assertThat(applicationRepository().find(THIRD)).contains(small(THIRD, ANNA));
    }

    @Test
    void addingAnIdAgain_isRefusedWithDuplicateSubmissionAndStoresNothingOfTheSecondCall() {
        PointsApplication first = inReview(FIRST, ANNA);
        applicationRepository().add(first, Optional.of(submission("key-1", "fp-1", FIRST)));
        PointsApplication sameId = small(FIRST, BORIS);

        Throwable thrown = catchThrowable(() -> applicationRepository()
                .add(sameId, Optional.of(submission("key-2", "fp-2", FIRST))));

        assertRefusedWith(thrown, "DUPLICATE_SUBMISSION");
        assertThat(applicationRepository().find(FIRST)).contains(first);
        assertThat(applicationRepository().findByPerson(BORIS)).isEmpty();
        assertThat(applicationRepository().findSubmission("key-2")).isEmpty();
        assertThat(applicationRepository().findSubmission("key-1")).contains(submission("key-1", "fp-1", FIRST));
    }

    @Test
    void addingAnIdempotencyKeyAgain_isRefusedWithDuplicateSubmissionAndStoresNothingOfTheSecondCall() {
        PointsApplication first = small(FIRST, ANNA);
        applicationRepository().add(first, Optional.of(submission("key-1", "fp-1", FIRST)));

        Throwable thrown = catchThrowable(() -> applicationRepository()
                .add(inReview(SECOND, ANNA), Optional.of(submission("key-1", "fp-other", SECOND))));

        assertRefusedWith(thrown, "DUPLICATE_SUBMISSION");
        assertThat(applicationRepository().find(SECOND)).isEmpty();
        assertThat(applicationRepository().findByPerson(ANNA)).containsExactly(first);
        assertThat(applicationRepository().findSubmission("key-1")).contains(submission("key-1", "fp-1", FIRST));
    }

    @Test
    void updatingAnApplicationNeverAdded_isRefusedWithApplicationNotFoundAndStoresNothing() {
        applicationRepository().add(small(FIRST, ANNA), Optional.empty());

        assertThatThrownBy(() -> applicationRepository().update(inReview(SECOND, BORIS)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("APPLICATION_NOT_FOUND"));

        assertThat(applicationRepository().find(SECOND)).isEmpty();
        assertThat(applicationRepository().findByPerson(BORIS)).isEmpty();
        assertThat(applicationRepository().find(FIRST)).contains(small(FIRST, ANNA));
    }

    @Test
    void anUpdate_replacesOnlyThatApplication() {
        PointsApplication anna = inReview(FIRST, ANNA);
        PointsApplication boris = small(SECOND, BORIS);
        applicationRepository().add(anna, Optional.of(submission("key-1", "fp-1", FIRST)));
        applicationRepository().add(boris, Optional.of(submission("key-2", "fp-2", SECOND)));
        PointsApplication published = boris.publish(new Publication(LocalDate.of(2024, 5, 10),
                LocalDate.of(2024, 5, 17), Instant.parse("2024-05-10T00:30:00Z"), "supervisor-hs"));

        applicationRepository().update(published);

        assertThat(applicationRepository().find(SECOND)).contains(published);
        assertThat(applicationRepository().find(FIRST)).contains(anna);
        assertThat(applicationRepository().findSubmission("key-2")).contains(submission("key-2", "fp-2", SECOND));
    }
}
