package org.jifen.application.service.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jifen.application.InMemoryJifen;
import org.jifen.application.TestCallers;
import org.jifen.application.TestData;
import org.jifen.application.audit.AuditTrail;
import org.jifen.application.port.in.audit.AuditVerification;
import org.jifen.application.port.in.audit.VerifyAuditChainUseCase;
import org.jifen.domain.access.Caller;
import org.jifen.domain.access.Role;
import org.jifen.domain.audit.AuditAction;
import org.jifen.domain.audit.AuditEvent;
import org.jifen.domain.catalogue.Department;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.shared.DomainException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Verifying the audit chain: for auditors and administrators, naming the first broken link. */
class VerifyAuditChainServiceTest {

    private final InMemoryJifen jifen = new InMemoryJifen();
    private final AuditTrail trail = new AuditTrail(jifen.adapters().auditLog(), jifen.clock());
    private final VerifyAuditChainUseCase verify = new VerifyAuditChainService(jifen.adapters().auditLog());

    /** Three events. */
    @BeforeEach
    void events() {
        trail.record(TestCallers.HAISHU_CLERK, AuditAction.PERSON_REGISTERED, "person-0001", "330203********1232");
        jifen.clock().advance(Duration.ofMinutes(3));
        trail.record(TestCallers.reviewer(Department.HRSS), AuditAction.CLAIM_DECIDED, "APP-000001", "P04 30.00");
        jifen.clock().advance(Duration.ofMinutes(3));
        trail.record(TestCallers.HAISHU_SUPERVISOR, AuditAction.APPLICATION_PUBLISHED, "APP-000001", "公示");
    }

    @Test
    void anAuditor_verifiesAnIntactChain() {
        assertThat(verify.verify(TestCallers.AUDITOR))
                .isEqualTo(new AuditVerification(true, 3, Optional.empty(), Optional.empty()));
    }

    @Test
    void anAdmin_mayVerifyToo() {
        assertThat(verify.verify(TestCallers.ADMIN))
                .isEqualTo(new AuditVerification(true, 3, Optional.empty(), Optional.empty()));
        assertThat(verify.verify(Caller.of("admin-hs", Role.ADMIN, TestData.HAISHU)).valid()).isTrue();
    }

    @Test
    void anEventStoredWithAForgedHash_isReportedAtItsSequence() {
        AuditEvent last = jifen.adapters().auditLog().last().orElseThrow();
        jifen.adapters().auditLog().append(new AuditEvent(4, jifen.clock().now(), "intruder", "ADMIN",
                AuditAction.POINTS_CLEARED, "person-0001", "forged", last.hash(), "ab".repeat(32)));

        AuditVerification verification = verify.verify(TestCallers.AUDITOR);

        assertThat(verification.valid()).isFalse();
        assertThat(verification.events()).isEqualTo(4);
        assertThat(verification.firstBrokenSequence()).contains(4L);
        assertThat(verification.problem()).contains("event 4 was changed after it was written");
    }

    @Test
    void aClerk_isRefusedWithForbidden_andTheLogIsUnchanged() {
        List<AuditEvent> before = jifen.adapters().auditLog().all();

        for (Caller caller : List.of(TestCallers.HAISHU_CLERK, TestCallers.HAISHU_SUPERVISOR,
                TestCallers.reviewer(Department.HRSS), TestCallers.SYSTEM, TestCallers.applicant(PersonId.of("person-0001")))) {
            assertThatThrownBy(() -> verify.verify(caller)).as(caller.role().name())
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("FORBIDDEN"));
        }

        assertThat(jifen.adapters().auditLog().all()).isEqualTo(before);
    }
}
