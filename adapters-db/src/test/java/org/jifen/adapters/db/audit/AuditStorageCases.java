package org.jifen.adapters.db.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.jifen.adapters.db.TestDatabase;
import org.jifen.application.TestCallers;
import org.jifen.application.audit.AuditChainVerifier;
import org.jifen.application.audit.AuditTrail;
import org.jifen.application.memory.SettableClock;
import org.jifen.domain.audit.AuditAction;
import org.jifen.domain.audit.AuditEvent;
import org.junit.jupiter.api.Test;

/**
 * The audit table itself, beyond the port contract: the sequence is unique in the schema (not only in
 * the code), concurrent writers chaining through the {@link AuditTrail} each get the next sequence
 * (the chain lock), and an event appended in a unit of work that fails is rolled back with it.
 * Run on H2 and on PostgreSQL by the subclasses.
 */
abstract class AuditStorageCases {

    private static final int WRITERS = 8;
    private static final int EVENTS_EACH = 5;

    protected abstract TestDatabase db();

    private JdbiAuditLog log() {
        return db().get(JdbiAuditLog.class, JdbiAuditLog::new);
    }

    private AuditTrail trail() {
        return new AuditTrail(log(), SettableClock.at(LocalDate.of(2024, 5, 6)));
    }

    @Test
    void eventsFromAClockWithNanoseconds_stillVerify_afterTheDatabaseKeptMicroseconds() {
        SettableClock clock = new SettableClock(java.time.Instant.parse("2025-09-16T02:03:04.123456789Z"),
                SettableClock.CHINA);
        AuditTrail trail = new AuditTrail(log(), clock);
        trail.record(TestCallers.ADMIN, AuditAction.CALENDAR_LOADED, "calendar-2026", "2026 loaded");
        clock.advance(java.time.Duration.ofNanos(1_999));
        trail.record(TestCallers.ADMIN, AuditAction.CALENDAR_LOADED, "calendar-2027", "2027 loaded");

        assertThat(log().all()).extracting(AuditEvent::at).containsExactly(
                java.time.Instant.parse("2025-09-16T02:03:04.123456Z"),
                java.time.Instant.parse("2025-09-16T02:03:04.123458Z"));
        assertThat(AuditChainVerifier.verify(log().all()).valid()).isTrue();
    }

    @Test
    void theSequence_isUniqueInTheSchemaItself() throws Exception {
        AuditEvent first = trail().record(TestCallers.ADMIN, AuditAction.CATALOGUE_IMPORTED, "330203-2022",
                "海曙区区个性指标 7 项导入");

        try (Connection connection = DriverManager.getConnection(db().url());
             Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("""
                    INSERT INTO audit_event (sequence_no, occurred_at, actor, actor_role, audit_action, subject,
                        details, previous_hash, event_hash)
                    SELECT sequence_no, occurred_at, 'written concurrently', actor_role, audit_action, subject,
                        details, previous_hash, event_hash
                    FROM audit_event WHERE sequence_no = 1
                    """)).isInstanceOfSatisfying(SQLException.class,
                            e -> assertThat(e.getSQLState()).isEqualTo("23505"));
        }

        assertThat(log().all()).containsExactly(first);
    }

    @Test
    void concurrentWritersThroughTheAuditTrail_chainEveryEventOnceWithoutGapsOrConflicts() throws Exception {
        AuditTrail trail = trail();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> writers = new ArrayList<>();
        List<String> subjects = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            for (int writer = 0; writer < WRITERS; writer++) {
                String subject = "APP-%06d".formatted(writer + 1);
                writers.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < EVENTS_EACH; i++) {
                        db().transactions().run(() -> trail.record(TestCallers.HAISHU_SUPERVISOR,
                                AuditAction.CLAIM_DECIDED, subject, "P04 APPROVED 30.00"));
                        subjects.add(subject);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> writer : writers) {
                writer.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        List<AuditEvent> all = log().all();
        assertThat(all).extracting(AuditEvent::sequence)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, WRITERS * EVENTS_EACH).boxed().toList());
        assertThat(AuditChainVerifier.verify(all).valid()).isTrue();
        assertThat(all).extracting(AuditEvent::subject).containsExactlyInAnyOrderElementsOf(subjects);
        assertThat(log().last()).contains(all.get(all.size() - 1));
    }

    @Test
    void anEventRecordedInAUnitOfWorkThatFails_isRolledBackWithIt() {
        AuditEvent first = trail().record(TestCallers.ADMIN, AuditAction.CATALOGUE_IMPORTED, "330203-2022", "导入");

        assertThatThrownBy(() -> db().transactions().run(() -> {
            trail().record(TestCallers.HAISHU_SUPERVISOR, AuditAction.APPLICATION_PUBLISHED, "APP-000001", "公示");
            throw new IllegalStateException("the decision failed after its event was recorded");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(log().all()).containsExactly(first);
        AuditEvent second = trail().record(TestCallers.HAISHU_SUPERVISOR, AuditAction.APPLICATION_PUBLISHED,
                "APP-000001", "公示");
        assertThat(second.sequence()).isEqualTo(2);
        assertThat(AuditChainVerifier.verify(log().all()).valid()).isTrue();
    }
}
