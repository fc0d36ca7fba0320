package org.jifen.application.port.out.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jifen.application.audit.AuditTrail;
import org.jifen.domain.audit.AuditAction;
import org.jifen.domain.audit.AuditEvent;
import org.jifen.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AuditLog} adapter must do. An adapter's test extends this class and returns the same
 * log for every call within one test, empty at the start of each test.
 *
 * <p>The log is append-only: events come back equal in every field (instants to the microsecond, Chinese
 * and masked text, both hashes) and in sequence order; an event whose sequence does not follow the last
 * one is refused with {@code AUDIT_SEQUENCE_CONFLICT} and nothing is appended. The log does not check
 * hashes: that is {@link org.jifen.application.audit.AuditChainVerifier}'s job, so a tampered store can
 * still be read and reported.
 */
public abstract class AuditLogContract {

    private static final Instant T1 = Instant.parse("2024-05-02T01:30:00.123456Z");
    private static final Instant T2 = Instant.parse("2024-05-02T01:30:00.123457Z");
    private static final Instant T3 = Instant.parse("2024-05-02T08:00:00Z");
    private static final Instant T4 = Instant.parse("2024-05-03T00:00:00Z");
    private static final Instant T5 = Instant.parse("2024-05-03T23:59:59.999999Z");

    /** The log under test. */
    protected abstract AuditLog auditLog();

    /** One event to chain: when, who (subject and role), what, on whom, details. */
    private record Spec(Instant at, String actor, String role, AuditAction action, String subject, String details) {
    }

    private static Spec spec(Instant at, String actor, String role, AuditAction action, String subject,
            String details) {
        return new Spec(at, actor, role, action, subject, details);
    }

    /** Chains the events as {@link AuditTrail} does: sequences from 1, each linked to the previous hash. */
    private static List<AuditEvent> chain(List<Spec> specs) {
        List<AuditEvent> events = new ArrayList<>();
        String previous = AuditEvent.GENESIS;
        long sequence = 1;
        for (Spec s : specs) {
            AuditEvent unsigned = new AuditEvent(sequence++, s.at(), s.actor(), s.role(), s.action(), s.subject(),
                    s.details(), previous, "");
            AuditEvent event = new AuditEvent(unsigned.sequence(), s.at(), s.actor(), s.role(), s.action(),
                    s.subject(), s.details(), previous, AuditTrail.hash(unsigned));
            events.add(event);
            previous = event.hash();
        }
        return events;
    }

    /** Five events on two persons and an application by four actors, T1 to T5. */
    private static List<AuditEvent> fiveEvents() {
        return chain(List.of(
                spec(T1, "admin-zj", "ADMIN", AuditAction.CATALOGUE_IMPORTED, "330203-2022",
                        "海曙区区个性指标 7 项导入"),
                spec(T2, "clerk-hs", "CLERK", AuditAction.PERSON_REGISTERED, "person-0001",
                        "person 330203********1232, phone 138****5678"),
                spec(T3, "reviewer-hs-hrss", "REVIEWER", AuditAction.CLAIM_DECIDED, "APP-000001",
                        "P04 APPROVED 30.00"),
                spec(T4, "clerk-hs", "CLERK", AuditAction.PERSONAL_DATA_REVEALED, "person-0002",
                        "reveal of person 330203********2345"),
                spec(T5, "admin-zj", "ADMIN", AuditAction.POINTS_CLEARED, "person-0001",
                        "case 海公(刑)字2024第001号, 3 clearing entries")));
    }

    private List<AuditEvent> appendAll(List<AuditEvent> events) {
        events.forEach(auditLog()::append);
        return events;
    }

    private static AuditQuery query(Optional<String> subject, Optional<String> actor, Optional<Instant> from,
            Optional<Instant> to) {
        return new AuditQuery(subject, actor, from, to);
    }

    @Test
    void anEmptyLog_hasNoLastEventAndNoEvents() {
        assertThat(auditLog().last()).isEmpty();
        assertThat(auditLog().all()).isEmpty();
        assertThat(auditLog().query(AuditQuery.everything())).isEmpty();
    }

    @Test
    void appendedEvents_comeBackEqualInEveryFieldInSequenceOrder() {
        List<AuditEvent> events = appendAll(fiveEvents());

        assertThat(auditLog().all()).containsExactlyElementsOf(events);
        assertThat(auditLog().all()).extracting(AuditEvent::sequence).containsExactly(1L, 2L, 3L, 4L, 5L);
        AuditEvent second = auditLog().all().get(1);
        assertThat(second.at()).isEqualTo(T2);
        assertThat(second.actor()).isEqualTo("clerk-hs");
        assertThat(second.role()).isEqualTo("CLERK");
        assertThat(second.action()).isEqualTo(AuditAction.PERSON_REGISTERED);
        assertThat(second.subject()).isEqualTo("person-0001");
        assertThat(second.details()).isEqualTo("person 330203********1232, phone 138****5678");
        assertThat(second.previousHash()).isEqualTo(events.get(0).hash());
        assertThat(second.hash()).isEqualTo(events.get(1).hash()).hasSize(64);
        assertThat(auditLog().all().get(0).previousHash()).isEqualTo("0".repeat(64));
    }

    @Test
    void last_isTheEventAppendedLast() {
        List<AuditEvent> events = fiveEvents();
        auditLog().append(events.get(0));
        assertThat(auditLog().last()).contains(events.get(0));

        auditLog().append(events.get(1));
        auditLog().append(events.get(2));

        assertThat(auditLog().last()).contains(events.get(2));
    }

    @Test
    void aFirstEventThatIsNotSequenceOne_isRefusedWithAuditSequenceConflict() {
        AuditEvent second = fiveEvents().get(1);

        assertThatThrownBy(() -> auditLog().append(second)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("AUDIT_SEQUENCE_CONFLICT"));

        assertThat(auditLog().all()).isEmpty();
        assertThat(auditLog().last()).isEmpty();
    }

    @Test
    void aSequenceThatDoesNotFollowTheLast_isRefusedWithAuditSequenceConflictAndNothingIsAppended() {
        List<AuditEvent> events = fiveEvents();
        appendAll(events.subList(0, 3));
        AuditEvent repeatOfThree = chain(List.of(spec(T4, "x", "ADMIN", AuditAction.POINTS_CLEARED, "s", "d"),
                spec(T4, "x", "ADMIN", AuditAction.POINTS_CLEARED, "s", "d"),
                spec(T4, "written concurrently", "ADMIN", AuditAction.POINTS_CLEARED, "s", "d"))).get(2);

        for (AuditEvent wrong : List.of(events.get(0), events.get(1), repeatOfThree, events.get(4))) {
            assertThatThrownBy(() -> auditLog().append(wrong)).as("sequence " + wrong.sequence())
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.code()).isEqualTo("AUDIT_SEQUENCE_CONFLICT"));
        }

        assertThat(auditLog().all()).containsExactlyElementsOf(events.subList(0, 3));
        assertThat(auditLog().last()).contains(events.get(2));
        auditLog().append(events.get(3));
        assertThat(auditLog().last()).contains(events.get(3));
    }

    @Test
    void query_bySubject_answersThatSubjectsEventsInSequenceOrder() {
        List<AuditEvent> events = appendAll(fiveEvents());

        assertThat(auditLog().query(query(Optional.of("person-0001"), Optional.empty(), Optional.empty(),
                Optional.empty()))).containsExactly(events.get(1), events.get(4));
        assertThat(auditLog().query(query(Optional.of("person-9999"), Optional.empty(), Optional.empty(),
                Optional.empty()))).isEmpty();
    }

    @Test
    void query_byActor_answersThatActorsEventsInSequenceOrder() {
        List<AuditEvent> events = appendAll(fiveEvents());

        assertThat(auditLog().query(query(Optional.empty(), Optional.of("clerk-hs"), Optional.empty(),
                Optional.empty()))).containsExactly(events.get(1), events.get(3));
        assertThat(auditLog().query(query(Optional.of("person-0001"), Optional.of("admin-zj"), Optional.empty(),
                Optional.empty()))).containsExactly(events.get(4));
    }

    @Test
    void query_byTime_isTheHalfOpenRangeFromIncludedToExcluded() {
        List<AuditEvent> events = appendAll(fiveEvents());

        assertThat(auditLog().query(query(Optional.empty(), Optional.empty(), Optional.of(T2), Optional.of(T4))))
                .containsExactly(events.get(1), events.get(2));
        assertThat(auditLog().query(query(Optional.empty(), Optional.empty(), Optional.of(T2.plusNanos(1000)),
                Optional.of(T4.plusNanos(1000))))).containsExactly(events.get(2), events.get(3));
        assertThat(auditLog().query(query(Optional.empty(), Optional.empty(), Optional.of(T4), Optional.empty())))
                .containsExactly(events.get(3), events.get(4));
        assertThat(auditLog().query(query(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(T2))))
                .containsExactly(events.get(0));
        assertThat(auditLog().query(query(Optional.empty(), Optional.empty(), Optional.of(T3), Optional.of(T3))))
                .isEmpty();
        assertThat(auditLog().query(query(Optional.of("person-0001"), Optional.empty(), Optional.of(T3),
                Optional.empty()))).containsExactly(events.get(4));
    }

    @Test
    void query_everything_isTheWholeLog() {
        List<AuditEvent> events = appendAll(fiveEvents());

        assertThat(auditLog().query(AuditQuery.everything())).containsExactlyElementsOf(events);
    }

    @Test
    void theLogIsAppendOnly_thePortDeclaresNoWayToChangeOrRemoveAnEvent() {
        List<String> declared = Arrays.stream(AuditLog.class.getDeclaredMethods())
                .filter(m -> !m.isSynthetic() && !Modifier.isStatic(m.getModifiers()))
                .map(Method::getName).sorted().toList();

        assertThat(declared).containsExactly("all", "append", "last", "query");
    }
}
