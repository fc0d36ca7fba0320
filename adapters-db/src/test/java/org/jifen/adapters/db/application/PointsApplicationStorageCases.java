package org.jifen.adapters.db.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jifen.adapters.db.TestDatabase;
import org.jifen.application.TestData;
import org.jifen.application.port.out.application.StoredSubmission;
import org.jifen.domain.application.ApplicationId;
import org.jifen.domain.application.Channel;
import org.jifen.domain.application.Claim;
import org.jifen.domain.application.ClaimDecision;
import org.jifen.domain.application.ClaimStatus;
import org.jifen.domain.application.PointsApplication;
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
 * The application tables beyond the port contract: declared quantities keep their exact scale whatever
 * it is, the idempotency key is unique in the schema itself, and of submissions racing with one key
 * exactly one is stored, and concurrent decisions on one application do not overwrite each other. Run on H2 and on PostgreSQL by the subclasses.
 */
abstract class PointsApplicationStorageCases {

    private static final Instant AT = Instant.parse("2024-05-06T01:02:03.123456Z");

    protected abstract TestDatabase db();

    private JdbiPointsApplicationRepository applications() {
        return db().get(JdbiPointsApplicationRepository.class, JdbiPointsApplicationRepository::new);
    }

    private static Claim quantity(String code, String declared, String found) {
        return new Claim(TestPostings.ref(code), ScoringMethod.AUTO, Department.HRSS,
                new Facts.Quantity(new BigDecimal(declared)), List.of(), ClaimStatus.APPROVED,
                Optional.of(ClaimDecision.approved(new Facts.Quantity(new BigDecimal(found)), Points.parse("1.00"),
                        Optional.empty(), "SYSTEM", AT)));
    }

    private static PointsApplication application(String id, String person, List<Claim> claims) {
        return new PointsApplication(ApplicationId.of(id), PersonId.of(person), TestData.HAISHU, Channel.APP, AT,
                LocalDate.of(2024, 5, 6), claims, List.of(), Optional.empty());
    }

    @Test
    void quantities_keepTheirExactScale_evenBeyondTwoPlacesOrInExponentForm() {
        PointsApplication application = application("APP-000001", "person-0001", List.of(
                quantity("P04", "61.0", "61.000000"),
                quantity("P05", "0.000001", "1E+3"),
                quantity("HS07", "12345678901234567890.123456789", "0")));

        applications().add(application, Optional.empty());

        PointsApplication found = applications().find(application.id()).orElseThrow();
        assertThat(found).isEqualTo(application);
        assertThat(found.claims()).extracting(c -> ((Facts.Quantity) c.declared()).amount().toString())
                .containsExactly("61.0", "0.000001", "12345678901234567890.123456789");
        assertThat(found.claims()).extracting(
                        c -> ((Facts.Quantity) c.decision().orElseThrow().facts().orElseThrow()).amount().toString())
                .containsExactly("61.000000", "1E+3", "0");
    }

    @Test
    void theIdempotencyKey_isUniqueInTheSchemaItself() throws Exception {
        applications().add(application("APP-000001", "person-0001", List.of()),
                Optional.of(new StoredSubmission("key-1", "fp-1", ApplicationId.of("APP-000001"))));

        try (Connection connection = DriverManager.getConnection(db().url());
             Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("""
                    INSERT INTO points_application (application_id, person_id, district, channel, submitted_at,
                        submitted_on, idempotency_key, submission_fingerprint)
                    SELECT 'APP-000002', person_id, district, channel, submitted_at, submitted_on, idempotency_key,
                        'fp-2'
                    FROM points_application WHERE application_id = 'APP-000001'
                    """)).isInstanceOfSatisfying(SQLException.class,
                            e -> assertThat(e.getSQLState()).isEqualTo("23505"));
        }

        assertThat(applications().find(ApplicationId.of("APP-000002"))).isEmpty();
    }

    @Test
    void submissionsRacingWithOneKey_storeExactlyOneAndRefuseTheOthersWithDuplicateSubmission() throws Exception {
        int writers = 6;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            for (int writer = 1; writer <= writers; writer++) {
                ApplicationId id = ApplicationId.of("APP-%06d".formatted(writer));
                PointsApplication application = application(id.value(), "person-0001",
                        List.of(quantity("P04", "61", "61")));
                futures.add(pool.submit(() -> {
                    start.await();
                    db().transactions().run(() -> applications().add(application,
                            Optional.of(new StoredSubmission("浙里办-请求-0001", "fp-" + id, id))));
                    return null;
                }));
            }
            start.countDown();
            int stored = 0;
            for (Future<?> future : futures) {
                try {
                    future.get(60, TimeUnit.SECONDS);
                    stored++;
                } catch (ExecutionException refused) {
                    assertThat(refused.getCause()).isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.code()).isEqualTo("DUPLICATE_SUBMISSION"));
                }
            }
            assertThat(stored).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }

        List<PointsApplication> all = applications().findByPerson(PersonId.of("person-0001"));
        assertThat(all).hasSize(1);
        assertThat(applications().findSubmission("浙里办-请求-0001")).hasValueSatisfying(
                s -> assertThat(s.application()).isEqualTo(all.get(0).id()));
        assertThat(all.get(0).claims()).hasSize(1);
    }

    @Test
    void twoReviewersDecidingClaimsOfOneApplicationAtOnce_bothDecisionsAreKept() throws Exception {
        PointsApplication submitted = application("APP-000001", "person-0001", List.of(
                Claim.pending(TestPostings.ref("P02"), ScoringMethod.EVIDENCE, Department.EDUCATION,
                        new Facts.LevelHeld("BACHELOR"), List.of("diploma.pdf")),
                Claim.pending(TestPostings.ref("M01"), ScoringMethod.EVIDENCE, Department.HOUSING,
                        new Facts.LevelHeld("OWN_HOME"), List.of("deed.pdf"))));
        applications().add(submitted, Optional.empty());
        CountDownLatch firstHasRead = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> education = pool.submit(() -> db().transactions().run(() -> {
                PointsApplication read = applications().find(submitted.id()).orElseThrow();
                firstHasRead.countDown();
                pause(300); // the other reviewer reads meanwhile, or tries to
                applications().update(read.decide(IndicatorCode.of("P02"), ClaimStatus.APPROVED,
                        ClaimDecision.approved(new Facts.LevelHeld("BACHELOR"), Points.parse("10.00"),
                                Optional.empty(), "reviewer-hs-education", AT)));
            }));
            Future<?> housing = pool.submit(() -> {
                firstHasRead.await();
                db().transactions().run(() -> {
                    PointsApplication read = applications().find(submitted.id()).orElseThrow();
                    applications().update(read.decide(IndicatorCode.of("M01"), ClaimStatus.REJECTED,
                            ClaimDecision.rejected("MISSING_EVIDENCE", Optional.empty(), "reviewer-hs-housing", AT)));
                });
                return null;
            });
            education.get(60, TimeUnit.SECONDS);
            housing.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }

        assertThat(applications().find(submitted.id()).orElseThrow().claims()).extracting(Claim::status)
                .containsExactly(ClaimStatus.APPROVED, ClaimStatus.REJECTED);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
