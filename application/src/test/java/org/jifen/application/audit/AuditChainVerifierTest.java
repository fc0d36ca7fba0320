package org.jifen.application.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jifen.application.TestCallers;
import org.jifen.application.TestData;
import org.jifen.application.memory.InMemoryAdapters;
import org.jifen.application.memory.SettableClock;
import org.jifen.application.port.in.audit.AuditVerification;
import org.jifen.domain.audit.AuditAction;
import org.jifen.domain.audit.AuditEvent;
import org.jifen.domain.catalogue.Department;
import org.junit.jupiter.api.Test;

/** The verifier names the first broken link of the audit chain: a change, a removal, a move, a forgery. */
class AuditChainVerifierTest {

    private final SettableClock clock = new SettableClock(TestData.chinaTime(LocalDate.of(2024, 5, 2), 9, 30),
            SettableClock.CHINA);
    private final InMemoryAdapters adapters = new InMemoryAdapters(clock);
    private final AuditTrail trail = new AuditTrail(adapters.auditLog(), clock);

    /** Five events written through the trail, a minute apart. */
    private List<AuditEvent> fiveEvents() {
        trail.record(TestCallers.HAISHU_CLERK, AuditAction.PERSON_REGISTERED, "person-0001", "330203********1232");
        clock.advance(Duration.ofMinutes(1));
        trail.record(TestCallers.HAISHU_CLERK, AuditAction.APPLICATION_SUBMITTED, "APP-000001", "4 claims");
        clock.advance(Duration.ofMinutes(1));
        trail.record(TestCallers.reviewer(Department.HRSS), AuditAction.CLAIM_DECIDED, "APP-000001",
                "P04 APPROVED 30.00");
        clock.advance(Duration.ofMinutes(1));
        trail.record(TestCallers.HAISHU_SUPERVISOR, AuditAction.APPLICATION_PUBLISHED, "APP-000001", "公示 5 个工作日");
        clock.advance(Duration.ofMinutes(1));
        trail.record(TestCallers.ADMIN, AuditAction.POINTS_CLEARED, "person-0001", "case 海公(刑)字2024第001号");
        return new ArrayList<>(adapters.auditLog().all());
    }

    private static AuditEvent withDetails(AuditEvent e, String details) {
        return new AuditEvent(e.sequence(), e.at(), e.actor(), e.role(), e.action(), e.subject(), details,
                e.previousHash(), e.hash());
    }

    private static AuditEvent withHash(AuditEvent e, String hash) {
        return new AuditEvent(e.sequence(), e.at(), e.actor(), e.role(), e.action(), e.subject(), e.details(),
                e.previousHash(), hash);
    }

    private static AuditEvent withSequence(AuditEvent e, long sequence) {
        return new AuditEvent(sequence, e.at(), e.actor(), e.role(), e.action(), e.subject(), e.details(),
                e.previousHash(), e.hash());
    }

    /** The event with its hash recomputed, as a forger who knows the algorithm would. */
    private static AuditEvent rehashed(AuditEvent e) {
        return withHash(e, AuditTrail.hash(e));
    }

    private static void assertBrokenAt(AuditVerification verification, long sequence, long events, String problem) {
        assertThat(verification.valid()).isFalse();
        assertThat(verification.events()).isEqualTo(events);
        assertThat(verification.firstBrokenSequence()).contains(sequence);
        assertThat(verification.problem()).hasValueSatisfying(p -> assertThat(p).isEqualTo(problem));
    }

    @Test
    void aChainWrittenByTheTrail_isValid() {
        AuditVerification verification = AuditChainVerifier.verify(fiveEvents());

        assertThat(verification).isEqualTo(new AuditVerification(true, 5, Optional.empty(), Optional.empty()));
    }

    @Test
    void anEmptyLog_isValidWithNoEvents() {
        assertThat(AuditChainVerifier.verify(List.of()))
                .isEqualTo(new AuditVerification(true, 0, Optional.empty(), Optional.empty()));
    }

    @Test
    void aChangedDetailInEventThreeOfFive_isReportedAtThree() {
        List<AuditEvent> events = fiveEvents();
        events.set(2, withDetails(events.get(2), "P04 APPROVED 3.00"));

        assertBrokenAt(AuditChainVerifier.verify(events), 3, 5, "event 3 was changed after it was written");
    }

    @Test
    void aDeletedEventTwo_isReportedAtThreeWhereTwoShouldBe() {
        List<AuditEvent> events = fiveEvents();
        events.remove(1);

        assertBrokenAt(AuditChainVerifier.verify(events), 3, 4,
                "event 3 is where event 2 should be: an event was removed or moved");
    }

    @Test
    void twoEventsSwapped_areReportedAtTheFirstOutOfPlace() {
        List<AuditEvent> events = fiveEvents();
        Collections.swap(events, 1, 2);

        assertBrokenAt(AuditChainVerifier.verify(events), 3, 5,
                "event 3 is where event 2 should be: an event was removed or moved");
    }

    @Test
    void twoEventsSwappedAndRenumbered_areReportedAtTheFirstThatNoLongerLinks() {
        List<AuditEvent> events = fiveEvents();
        AuditEvent second = events.get(1);
        AuditEvent third = events.get(2);
        events.set(1, withSequence(third, 2));
        events.set(2, withSequence(second, 3));

        assertBrokenAt(AuditChainVerifier.verify(events), 2, 5, "event 2 does not link to the event before it");
    }

    @Test
    void aForgedHash_isReportedAtThatEvent() {
        List<AuditEvent> events = fiveEvents();
        events.set(3, withHash(events.get(3), "ab".repeat(32)));

        assertBrokenAt(AuditChainVerifier.verify(events), 4, 5, "event 4 was changed after it was written");
    }

    @Test
    void aChangedEventWithItsHashRecomputed_isReportedAtTheNextEventWhichNoLongerLinks() {
        List<AuditEvent> events = fiveEvents();
        events.set(3, rehashed(withDetails(events.get(3), "公示 1 个工作日")));

        assertBrokenAt(AuditChainVerifier.verify(events), 5, 5, "event 5 does not link to the event before it");
    }

    @Test
    void aFirstEventNotLinkedToGenesis_isReportedAtOne() {
        List<AuditEvent> events = fiveEvents();
        AuditEvent first = events.get(0);
        events.set(0, rehashed(new AuditEvent(1, first.at(), first.actor(), first.role(), first.action(),
                first.subject(), first.details(), "1".repeat(64), "")));

        assertBrokenAt(AuditChainVerifier.verify(events), 1, 5, "event 1 does not link to the event before it");
    }

    @Test
    void onlyTheFirstBrokenLinkIsNamed() {
        List<AuditEvent> events = fiveEvents();
        events.set(1, withDetails(events.get(1), "tampered"));
        events.set(3, withDetails(events.get(3), "tampered too"));

        assertBrokenAt(AuditChainVerifier.verify(events), 2, 5, "event 2 was changed after it was written");
    }
}
