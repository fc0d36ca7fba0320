package org.jifen.application.port.out.entitlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jifen.application.EntitlementBuilder.anEntitlement;

import java.time.Instant;
import java.time.LocalDate;
import org.jifen.domain.entitlement.Entitlement;
import org.jifen.domain.entitlement.EntitlementId;
import org.jifen.domain.entitlement.Revocation;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.person.TestIdNumbers;
import org.jifen.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

/**
 * What every {@link EntitlementRepository} adapter must do. An adapter's test extends this class and
 * returns the same repository for every call within one test, empty at the start of each test.
 *
 * <p>Entitlements are compared with {@code equals}: the beneficiary's full ID number and name, programme,
 * place, the grant instant and the revocation (reason, case number, by whom, when) come back as stored.
 * Instants are given to the microsecond. Refusals: an id already stored is refused with
 * {@code DUPLICATE_ENTITLEMENT}; updating an entitlement never added with {@code ENTITLEMENT_NOT_FOUND};
 * nothing of a refused call is stored.
 */
public abstract class EntitlementRepositoryContract {

    private static final PersonId ANNA = PersonId.of("person-0001");
    private static final PersonId BORIS = PersonId.of("person-0002");
    private static final EntitlementId SCHOOL = new EntitlementId("ENT-000001");
    private static final Revocation FRAUD = new Revocation("积分清零: 伪造社保缴费证明", "海公(刑)字2024第001号",
            "admin-zj", Instant.parse("2024-10-15T02:00:00.000001Z"));

    /** The repository under test. */
    protected abstract EntitlementRepository entitlementRepository();

    private static void assertRefusedWith(Runnable call, String code) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void anEmptyRepository_findsNothing() {
        assertThat(entitlementRepository().find(SCHOOL)).isEmpty();
        assertThat(entitlementRepository().findByHolder(ANNA)).isEmpty();
    }

    @Test
    void anAddedEntitlement_comesBackEqualInEveryField() {
        Entitlement school = anEntitlement().grantedAt(Instant.parse("2024-07-01T02:00:00.123456Z")).build();

        entitlementRepository().add(school);

        Entitlement found = entitlementRepository().find(SCHOOL).orElseThrow();
        assertThat(found).isEqualTo(school);
        assertThat(found.beneficiary().value()).isEqualTo(school.beneficiary().value());
        assertThat(found.beneficiaryName()).isEqualTo("张小雨");
        assertThat(found.programme()).isEqualTo("SCHOOL-2024-HS");
        assertThat(found.place()).isEqualTo("海曙区中心小学");
        assertThat(found.grantedAt()).isEqualTo(Instant.parse("2024-07-01T02:00:00.123456Z"));
        assertThat(found.revocation()).isEmpty();
        assertThat(found.active()).isTrue();
    }

    @Test
    void anEntitlementAddedRevoked_comesBackWithItsRevocation() {
        Entitlement revoked = anEntitlement().revoked(FRAUD).build();

        entitlementRepository().add(revoked);

        Entitlement found = entitlementRepository().find(SCHOOL).orElseThrow();
        assertThat(found).isEqualTo(revoked);
        assertThat(found.revocation()).contains(FRAUD);
        assertThat(found.active()).isFalse();
    }

    @Test
    void aRevocation_isStoredByUpdate() {
        Entitlement granted = anEntitlement().build();
        entitlementRepository().add(granted);
        Entitlement revoked = granted.revoke(FRAUD);

        entitlementRepository().update(revoked);

        assertThat(entitlementRepository().find(SCHOOL)).contains(revoked);
        assertThat(entitlementRepository().findByHolder(ANNA)).containsExactly(revoked);
    }

    @Test
    void findByHolder_answersGrantedAndRevokedEntitlementsOfThatHolderOnly() {
        Entitlement school = anEntitlement().withId("ENT-000001").build();
        Entitlement rental = anEntitlement().withId("ENT-000002").inProgramme("RENTAL-2024-HS")
                .atPlace("公租房 3-1-0101").forBeneficiary(TestIdNumbers.idNumber("330203", LocalDate.of(1990, 3, 7),
                        123), "张伟").revoked(FRAUD).build();
        Entitlement boris = anEntitlement().withId("ENT-000003").heldBy(BORIS).build();
        entitlementRepository().add(school);
        entitlementRepository().add(rental);
        entitlementRepository().add(boris);

        assertThat(entitlementRepository().findByHolder(ANNA)).containsExactlyInAnyOrder(school, rental);
        assertThat(entitlementRepository().findByHolder(BORIS)).containsExactly(boris);
        assertThat(entitlementRepository().findByHolder(PersonId.of("person-9999"))).isEmpty();
    }

    @Test
    void addingAnIdAgain_isRefusedWithDuplicateEntitlementAndKeepsTheFirst() {
        Entitlement first = anEntitlement().build();
        entitlementRepository().add(first);

        assertRefusedWith(() -> entitlementRepository().add(anEntitlement().heldBy(BORIS).atPlace("另一所学校").build()),
                "DUPLICATE_ENTITLEMENT");

        assertThat(entitlementRepository().find(SCHOOL)).contains(first);
        assertThat(entitlementRepository().findByHolder(BORIS)).isEmpty();
    }

    @Test
    void updatingAnEntitlementNeverAdded_isRefusedWithEntitlementNotFoundAndStoresNothing() {
        Entitlement first = anEntitlement().build();
        entitlementRepository().add(first);
        Entitlement neverAdded = anEntitlement().withId("ENT-000009").build().revoke(FRAUD);

        assertRefusedWith(() -> entitlementRepository().update(neverAdded), "ENTITLEMENT_NOT_FOUND");

        assertThat(entitlementRepository().find(neverAdded.id())).isEmpty();
        assertThat(entitlementRepository().findByHolder(ANNA)).containsExactly(first);
    }
}
