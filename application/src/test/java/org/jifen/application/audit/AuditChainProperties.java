package org.jifen.application.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.jifen.application.TestData;
import org.jifen.application.memory.InMemoryAdapters;
import org.jifen.application.memory.SettableClock;
import org.jifen.application.port.in.audit.AuditVerification;
import org.jifen.domain.access.Caller;
import org.jifen.domain.access.Role;
import org.jifen.domain.audit.AuditAction;
import org.jifen.domain.audit.AuditEvent;
import org.jifen.domain.catalogue.Department;
import org.jifen.domain.person.PersonId;

/**
 * Whatever is written through the {@link AuditTrail}, the chain verifies; changing the details of any one
 * event afterwards is reported at exactly that event.
 */
class AuditChainProperties {

    /** One record: who (subject and role), what, on whom, the details, and how long after the previous one. */
    record Entry(String actor, Role role, AuditAction action, String subject, String details, long nanosLater) {

        Caller caller() {
            return new Caller(actor, role, TestData.HAISHU, Optional.of(Department.HRSS),
                    Optional.of(PersonId.of("person-0001")));
        }
    }

    /** Text as details hold it: ASCII, Chinese, masks, separators and line breaks. */
    private static Arbitrary<String> text(int minLength) {
        return Arbitraries.strings().withCharRange(' ', '~').withCharRange('\u4e00', '\u4fff')
                .withChars('\n', '\t', '*', ':').ofMinLength(minLength).ofMaxLength(40);
    }

    @Provide
    Arbitrary<List<Entry>> records() {
        Arbitrary<String> actors = Arbitraries.strings().withCharRange('a', 'z').withChars('-', '_')
                .ofMinLength(1).ofMaxLength(12);
        return Combinators.combine(actors, Arbitraries.of(Role.class), Arbitraries.of(AuditAction.class), text(0),
                text(0), Arbitraries.longs().between(0, 3_600_000_000_000L))
                .as(Entry::new).list().ofMinSize(1).ofMaxSize(25);
    }

    @Provide
    Arbitrary<String> details() {
        return text(0);
    }

    private static List<AuditEvent> write(List<Entry> entries) {
        SettableClock clock = new SettableClock(TestData.chinaTime(LocalDate.of(2024, 5, 2), 9, 30),
                SettableClock.CHINA);
        InMemoryAdapters adapters = new InMemoryAdapters(clock);
        AuditTrail trail = new AuditTrail(adapters.auditLog(), clock);
        for (Entry entry : entries) {
            clock.advance(Duration.ofNanos(entry.nanosLater()));
            trail.record(entry.caller(), entry.action(), entry.subject(), entry.details());
        }
        return adapters.auditLog().all();
    }

    @Property
    void anySequenceWrittenThroughTheTrail_verifies(@ForAll("records") List<Entry> entries) {
        List<AuditEvent> events = write(entries);

        AuditVerification verification = AuditChainVerifier.verify(events);

        assertThat(verification)
                .isEqualTo(new AuditVerification(true, entries.size(), Optional.empty(), Optional.empty()));
        assertThat(events).extracting(AuditEvent::details).containsExactlyElementsOf(
                entries.stream().map(Entry::details).toList());
    }

    @Property
    void changingTheDetailsOfAnyOneEvent_isReportedAtExactlyThatEvent(@ForAll("records") List<Entry> entries,
            @ForAll @IntRange(min = 0, max = 1_000) int pick, @ForAll("details") String changed) {
        List<AuditEvent> events = new ArrayList<>(write(entries));
        int index = pick % events.size();
        AuditEvent original = events.get(index);
        Assume.that(!changed.equals(original.details()));
        events.set(index, new AuditEvent(original.sequence(), original.at(), original.actor(), original.role(),
                original.action(), original.subject(), changed, original.previousHash(), original.hash()));

        AuditVerification verification = AuditChainVerifier.verify(events);

        assertThat(verification.valid()).isFalse();
        assertThat(verification.events()).isEqualTo(entries.size());
        assertThat(verification.firstBrokenSequence()).contains(original.sequence());
        assertThat(original.sequence()).isEqualTo(index + 1L);
    }
}
