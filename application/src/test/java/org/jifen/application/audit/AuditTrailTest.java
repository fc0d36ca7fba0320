package org.jifen.application.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.jifen.application.TestCallers;
import org.jifen.application.TestData;
import org.jifen.application.memory.InMemoryAdapters;
import org.jifen.application.memory.SettableClock;
import org.jifen.domain.audit.AuditAction;
import org.jifen.domain.audit.AuditEvent;
import org.jifen.domain.catalogue.Department;
import org.jifen.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

/** The audit trail writes hash-chained events: who, what, when, on whom, with masked details. */
class AuditTrailTest {

    private final SettableClock clock = new SettableClock(TestData.chinaTime(LocalDate.of(2024, 5, 2), 9, 30),
            SettableClock.CHINA);
    private final InMemoryAdapters adapters = new InMemoryAdapters(clock);
    private final AuditTrail trail = new AuditTrail(adapters.auditLog(), clock);

    /** SHA-256 of the text as lower-case hex, computed here independently of the production code. */
    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private List<AuditEvent> recordThree() {
        AuditEvent first = trail.record(TestCallers.HAISHU_CLERK, AuditAction.PERSON_REGISTERED, "person-0001",
                "person 330203********1232");
        clock.advance(Duration.ofMinutes(5));
        AuditEvent second = trail.record(TestCallers.reviewer(Department.HRSS), AuditAction.CLAIM_DECIDED,
                "APP-000001", "P04 APPROVED 30.00");
        clock.advance(Duration.ofMillis(1));
        AuditEvent third = trail.record(TestCallers.HAISHU_SUPERVISOR, AuditAction.APPLICATION_PUBLISHED,
                "APP-000001", "公示 2024-05-06 至 2024-05-10");
        return List.of(first, second, third);
    }

    @Test
    void theFirstEvent_hasSequenceOneAndLinksToSixtyFourZeros() {
        AuditEvent first = trail.record(TestCallers.ADMIN, AuditAction.CATALOGUE_IMPORTED, "330203-2022", "7 项");

        assertThat(first.sequence()).isEqualTo(1);
        assertThat(first.previousHash()).isEqualTo("0000000000000000000000000000000000000000000000000000000000000000");
        assertThat(first.previousHash()).isEqualTo(AuditEvent.GENESIS);
    }

    @Test
    void anEvent_recordsTheCallerTheActionTheSubjectTheDetailsAndTheClocksNow() {
        AuditEvent event = trail.record(TestCallers.HAISHU_CLERK, AuditAction.PERSONAL_DATA_REVEALED, "person-0001",
                "reveal of 330203********1232");

        assertThat(event.at()).isEqualTo(clock.now());
        assertThat(event.actor()).isEqualTo("clerk-hs");
        assertThat(event.role()).isEqualTo("CLERK");
        assertThat(event.action()).isEqualTo(AuditAction.PERSONAL_DATA_REVEALED);
        assertThat(event.subject()).isEqualTo("person-0001");
        assertThat(event.details()).isEqualTo("reveal of 330203********1232");
        assertThat(adapters.auditLog().all()).containsExactly(event);
    }

    @Test
    void eachEvent_linksToThePreviousHash_andItsHashIsTheSha256OfItsCanonicalContent() throws Exception {
        List<AuditEvent> events = recordThree();

        assertThat(events).extracting(AuditEvent::sequence).containsExactly(1L, 2L, 3L);
        assertThat(events.get(0).previousHash()).isEqualTo("0".repeat(64));
        assertThat(events.get(1).previousHash()).isEqualTo(events.get(0).hash());
        assertThat(events.get(2).previousHash()).isEqualTo(events.get(1).hash());
        for (AuditEvent event : events) {
            assertThat(event.hash()).as("event " + event.sequence()).isEqualTo(sha256(event.canonicalContent()))
                    .matches("[0-9a-f]{64}");
            assertThat(AuditTrail.hash(event)).isEqualTo(event.hash());
        }
        assertThat(events).extracting(AuditEvent::hash).doesNotHaveDuplicates();
        assertThat(adapters.auditLog().all()).containsExactlyElementsOf(events);
        assertThat(events.get(2).at()).isEqualTo(events.get(0).at().plus(Duration.ofMinutes(5)).plusMillis(1));
    }

    @Test
    void theHashCoversEveryFieldButItself() {
        AuditEvent event = recordThree().get(1);
        List<AuditEvent> changed = List.of(
                new AuditEvent(event.sequence() + 1, event.at(), event.actor(), event.role(), event.action(),
                        event.subject(), event.details(), event.previousHash(), event.hash()),
                new AuditEvent(event.sequence(), event.at().plusNanos(1000), event.actor(), event.role(),
                        event.action(), event.subject(), event.details(), event.previousHash(), event.hash()),
                new AuditEvent(event.sequence(), event.at(), "someone-else", event.role(), event.action(),
                        event.subject(), event.details(), event.previousHash(), event.hash()),
                new AuditEvent(event.sequence(), event.at(), event.actor(), "ADMIN", event.action(),
                        event.subject(), event.details(), event.previousHash(), event.hash()),
                new AuditEvent(event.sequence(), event.at(), event.actor(), event.role(), AuditAction.APPEAL_DECIDED,
                        event.subject(), event.details(), event.previousHash(), event.hash()),
                new AuditEvent(event.sequence(), event.at(), event.actor(), event.role(), event.action(),
                        "APP-000002", event.details(), event.previousHash(), event.hash()),
                new AuditEvent(event.sequence(), event.at(), event.actor(), event.role(), event.action(),
                        event.subject(), event.details() + " ", event.previousHash(), event.hash()),
                new AuditEvent(event.sequence(), event.at(), event.actor(), event.role(), event.action(),
                        event.subject(), event.details(), "f".repeat(64), event.hash()));

        for (AuditEvent tampered : changed) {
            assertThat(AuditTrail.hash(tampered)).as(tampered.toString()).isNotEqualTo(event.hash());
        }
    }

    @Test
    void textMovedFromOneFieldToTheNext_changesTheHash() {
        AuditEvent event = trail.record(TestCallers.HAISHU_CLERK, AuditAction.PERSON_REGISTERED, "person-0001",
                "registered\nby the window");
        AuditEvent moved = new AuditEvent(event.sequence(), event.at(), event.actor(), event.role(), event.action(),
                "person-0001\nregistered", "by the window", event.previousHash(), event.hash());

        assertThat(moved.canonicalContent()).isNotEqualTo(event.canonicalContent());
        assertThat(AuditTrail.hash(moved)).isNotEqualTo(event.hash());
    }

    @Test
    void aTrailOverALogThatMovedOn_isRefusedWithAuditSequenceConflictAndAppendsNothing() {
        AuditEvent first = trail.record(TestCallers.ADMIN, AuditAction.CATALOGUE_IMPORTED, "330203-2022", "7 项");
        AuditEvent stale = new AuditEvent(1, clock.now(), "admin-zj", "ADMIN", AuditAction.CATALOGUE_IMPORTED,
                "330212-2023", "1 项", AuditEvent.GENESIS, "0".repeat(64));

        assertThatThrownBy(() -> adapters.auditLog().append(stale)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("AUDIT_SEQUENCE_CONFLICT"));

        assertThat(adapters.auditLog().all()).containsExactly(first);
    }
}
