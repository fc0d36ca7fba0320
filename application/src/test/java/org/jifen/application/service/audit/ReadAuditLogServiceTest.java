package org.jifen.application.service.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jifen.application.InMemoryJifen;
import org.jifen.application.TestCallers;
import org.jifen.application.audit.AuditTrail;
import org.jifen.application.port.in.audit.AuditEventsQuery;
import org.jifen.application.port.in.audit.ReadAuditLogUseCase;
import org.jifen.application.port.out.audit.AuditQuery;
import org.jifen.domain.access.Caller;
import org.jifen.domain.audit.AuditAction;
import org.jifen.domain.audit.AuditEvent;
import org.jifen.domain.catalogue.Department;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.shared.DomainException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reading the audit log: auditors only, filtered by subject, actor and a time range [from, to). */
class ReadAuditLogServiceTest {

    private final InMemoryJifen jifen = new InMemoryJifen();
    private final AuditTrail trail = new AuditTrail(jifen.adapters().auditLog(), jifen.clock());
    private final ReadAuditLogUseCase read = new ReadAuditLogService(jifen.adapters().auditLog());

    private AuditEvent registered;
    private AuditEvent decided;
    private AuditEvent revealed;
    private AuditEvent published;

    /** Four events ten minutes apart from {@link InMemoryJifen#NOW}. */
    @BeforeEach
    void events() {
        registered = trail.record(TestCallers.HAISHU_CLERK, AuditAction.PERSON_REGISTERED, "person-0001",
                "person 330203********1232");
        jifen.clock().advance(Duration.ofMinutes(10));
        decided = trail.record(TestCallers.reviewer(Department.HRSS), AuditAction.CLAIM_DECIDED, "APP-000001",
                "P04 APPROVED 30.00");
        jifen.clock().advance(Duration.ofMinutes(10));
        revealed = trail.record(TestCallers.HAISHU_CLERK, AuditAction.PERSONAL_DATA_REVEALED, "person-0001",
                "reveal of 330203********1232");
        jifen.clock().advance(Duration.ofMinutes(10));
        published = trail.record(TestCallers.HAISHU_SUPERVISOR, AuditAction.APPLICATION_PUBLISHED, "APP-000001",
                "公示 5 个工作日");
    }

    private List<AuditEvent> events(Caller caller, Optional<String> subject, Optional<String> actor,
            Optional<Instant> from, Optional<Instant> to) {
        return read.events(new AuditEventsQuery(caller, new AuditQuery(subject, actor, from, to)));
    }

    private List<AuditEvent> asAuditor(Optional<String> subject, Optional<String> actor, Optional<Instant> from,
            Optional<Instant> to) {
        return events(TestCallers.AUDITOR, subject, actor, from, to);
    }

    @Test
    void anAuditor_readsTheWholeLogInSequenceOrder() {
        assertThat(read.events(new AuditEventsQuery(TestCallers.AUDITOR, AuditQuery.everything())))
                .containsExactly(registered, decided, revealed, published);
    }

    @Test
    void bySubject_onlyThatSubjectsEvents() {
        assertThat(asAuditor(Optional.of("person-0001"), Optional.empty(), Optional.empty(), Optional.empty()))
                .containsExactly(registered, revealed);
        assertThat(asAuditor(Optional.of("APP-000001"), Optional.empty(), Optional.empty(), Optional.empty()))
                .containsExactly(decided, published);
        assertThat(asAuditor(Optional.of("person-9999"), Optional.empty(), Optional.empty(), Optional.empty()))
                .isEmpty();
    }

    @Test
    void byActor_onlyThatActorsEvents() {
        assertThat(asAuditor(Optional.empty(), Optional.of("clerk-hs"), Optional.empty(), Optional.empty()))
                .containsExactly(registered, revealed);
        assertThat(asAuditor(Optional.empty(), Optional.of("reviewer-hs-hrss"), Optional.empty(), Optional.empty()))
                .containsExactly(decided);
    }

    @Test
    void byTime_fromIncludedToExcluded() {
        Instant start = InMemoryJifen.NOW;

        assertThat(asAuditor(Optional.empty(), Optional.empty(), Optional.of(start.plus(Duration.ofMinutes(10))),
                Optional.of(start.plus(Duration.ofMinutes(30))))).containsExactly(decided, revealed);
        assertThat(asAuditor(Optional.empty(), Optional.empty(), Optional.of(start.plus(Duration.ofMinutes(11))),
                Optional.empty())).containsExactly(revealed, published);
        assertThat(asAuditor(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(start.plus(Duration.ofMinutes(10))))).containsExactly(registered);
    }

    @Test
    void filtersCombine() {
        assertThat(asAuditor(Optional.of("person-0001"), Optional.of("clerk-hs"),
                Optional.of(InMemoryJifen.NOW.plusSeconds(1)), Optional.empty())).containsExactly(revealed);
    }

    @Test
    void theEventsReadHoldNoFullIdNumber() {
        assertThat(asAuditor(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()))
                .extracting(AuditEvent::details).noneMatch(d -> d.matches(".*\\d{17}[\\dX].*"));
    }

    @Test
    void everyoneButAnAuditor_isRefusedWithForbidden_andTheLogIsUnchanged() {
        List<AuditEvent> before = jifen.adapters().auditLog().all();

        for (Caller caller : List.of(TestCallers.ADMIN, TestCallers.HAISHU_CLERK, TestCallers.HAISHU_SUPERVISOR,
                TestCallers.reviewer(Department.HRSS), TestCallers.SYSTEM,
                TestCallers.applicant(PersonId.of("person-0001")))) {
            assertThatThrownBy(() -> events(caller, Optional.of("person-0001"), Optional.empty(), Optional.empty(),
                    Optional.empty())).as(caller.role().name()).isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.code()).isEqualTo("FORBIDDEN"));
        }

        assertThat(jifen.adapters().auditLog().all()).isEqualTo(before);
    }
}
