package org.jifen.application.service.entitlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jifen.application.EntitlementBuilder.anEntitlement;
import static org.jifen.application.PersonBuilder.aPerson;

import java.time.Instant;
import java.util.List;
import org.jifen.application.InMemoryJifen;
import org.jifen.application.TestCallers;
import org.jifen.application.port.in.entitlement.EntitlementsQuery;
import org.jifen.application.port.in.entitlement.GetEntitlementsUseCase;
import org.jifen.domain.access.Caller;
import org.jifen.domain.audit.AuditEvent;
import org.jifen.domain.catalogue.Department;
import org.jifen.domain.entitlement.Entitlement;
import org.jifen.domain.entitlement.Revocation;
import org.jifen.domain.person.Person;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.shared.DomainException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 积分应用所得权益: granted and revoked entitlements, for the applicant themself and staff covering them. */
class GetEntitlementsServiceTest {

    private final InMemoryJifen jifen = new InMemoryJifen();
    private final Person person = jifen.given(aPerson());
    private final Person neighbour = jifen.given(aPerson().withId("person-0002").withSequence(456).named("李娜"));
    private final GetEntitlementsUseCase getEntitlements = new GetEntitlementsService(jifen.adapters().persons(),
            jifen.adapters().entitlements());

    private final Entitlement school = anEntitlement().withId("ENT-000001").build();
    private final Entitlement rental = anEntitlement().withId("ENT-000002").inProgramme("RENTAL-2024-HS")
            .atPlace("公租房 3-1-0101").revoked(new Revocation("积分清零: 伪造社保缴费证明", "海公(刑)字2024第001号",
                    "admin-zj", Instant.parse("2024-10-15T02:00:00Z"))).build();
    private final Entitlement neighbours = anEntitlement().withId("ENT-000003").heldBy(neighbour.id()).build();

    @BeforeEach
    void entitlements() {
        List.of(school, rental, neighbours).forEach(jifen.adapters().entitlements()::add);
    }

    private List<Entitlement> entitlementsAs(Caller caller, PersonId person) {
        return getEntitlements.entitlements(new EntitlementsQuery(caller, person));
    }

    private void assertRefused(Caller caller, PersonId who, String code) {
        List<AuditEvent> audit = jifen.adapters().auditLog().all();

        assertThatThrownBy(() -> entitlementsAs(caller, who)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(code));

        assertThat(jifen.adapters().entitlements().findByHolder(person.id()))
                .containsExactlyInAnyOrder(school, rental);
        assertThat(jifen.adapters().auditLog().all()).isEqualTo(audit);
    }

    @Test
    void theApplicantThemself_seesGrantedAndRevokedEntitlements() {
        List<Entitlement> entitlements = entitlementsAs(TestCallers.applicant(person.id()), person.id());

        assertThat(entitlements).containsExactlyInAnyOrder(school, rental);
        assertThat(entitlements).filteredOn(Entitlement::active).containsExactly(school);
        assertThat(entitlements).filteredOn(e -> !e.active()).singleElement()
                .satisfies(e -> {
                    assertThat(e.revocation().orElseThrow().caseNumber()).isEqualTo("海公(刑)字2024第001号");
                    assertThat(e.revocation().orElseThrow().reason()).isEqualTo("积分清零: 伪造社保缴费证明");
                });
    }

    @Test
    void staffCoveringThePerson_seeGrantedAndRevokedEntitlements() {
        for (Caller staff : List.of(TestCallers.HAISHU_CLERK, TestCallers.HAISHU_SUPERVISOR,
                TestCallers.reviewer(Department.HRSS), TestCallers.ADMIN, TestCallers.AUDITOR)) {
            assertThat(entitlementsAs(staff, person.id())).as(staff.subject())
                    .containsExactlyInAnyOrder(school, rental);
        }
    }

    @Test
    void aPersonWithoutEntitlements_hasNone() {
        Person newcomer = jifen.given(aPerson().withId("person-0003").withSequence(789));

        assertThat(entitlementsAs(TestCallers.HAISHU_CLERK, newcomer.id())).isEmpty();
    }

    @Test
    void anotherApplicant_isRefusedWithNotOwnData() {
        assertRefused(TestCallers.applicant(neighbour.id()), person.id(), "NOT_OWN_DATA");
    }

    @Test
    void aClerkOfYinzhou_isRefusedWithOutOfJurisdiction() {
        assertRefused(TestCallers.YINZHOU_CLERK, person.id(), "OUT_OF_JURISDICTION");
    }

    @Test
    void anotherGovernmentSystem_isRefusedWithForbidden() {
        assertRefused(TestCallers.SYSTEM, person.id(), "FORBIDDEN");
    }

    @Test
    void anUnknownPerson_isRefusedWithPersonNotFound() {
        assertRefused(TestCallers.HAISHU_CLERK, PersonId.of("person-9999"), "PERSON_NOT_FOUND");
    }
}
