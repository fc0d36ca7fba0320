package org.jifen.adapters.db.entitlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jifen.application.EntitlementBuilder.anEntitlement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jifen.adapters.db.TestDatabase;
import org.jifen.domain.entitlement.Entitlement;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.person.TestIdNumbers;
import org.jifen.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

/**
 * A round's grants stored together ({@code addAll}): one batch, all or nothing. Run on H2 and on
 * PostgreSQL by the subclasses.
 */
abstract class EntitlementStorageCases {

    protected abstract TestDatabase db();

    private JdbiEntitlementRepository entitlements() {
        return db().get(JdbiEntitlementRepository.class, JdbiEntitlementRepository::new);
    }

    /** Grants to {@code count} households, person-00001… with their own children. */
    private static List<Entitlement> grants(int first, int count) {
        List<Entitlement> grants = new ArrayList<>();
        for (int i = first; i < first + count; i++) {
            grants.add(anEntitlement().withId("ENT-%06d".formatted(i)).heldBy("person-%05d".formatted(i))
                    .forBeneficiary(TestIdNumbers.idNumber("330203", LocalDate.of(2018, 1, 1).plusDays(i % 365),
                            i % 1000), "孩子" + i)
                    .atPlace("SCH-" + (i % 7)).build());
        }
        return grants;
    }

    @Test
    void manyGrants_areStoredTogetherAndComeBackEqual() {
        List<Entitlement> grants = grants(1, 2_500);

        entitlements().addAll(grants);

        assertThat(entitlements().find(grants.get(0).id())).contains(grants.get(0));
        assertThat(entitlements().find(grants.get(2_499).id())).contains(grants.get(2_499));
        assertThat(entitlements().findByHolder(PersonId.of("person-01234"))).containsExactly(grants.get(1_233));
    }

    @Test
    void grantsWithAnIdAlreadyStored_areRefusedWholeWithDuplicateEntitlement() {
        List<Entitlement> earlier = grants(3, 1);
        entitlements().addAll(earlier);
        List<Entitlement> round = grants(1, 5);

        assertThatThrownBy(() -> entitlements().addAll(round)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("DUPLICATE_ENTITLEMENT"));

        for (Entitlement grant : round) {
            assertThat(entitlements().find(grant.id())).as(grant.id().value())
                    .isEqualTo(grant.id().equals(earlier.get(0).id()) ? java.util.Optional.of(earlier.get(0))
                            : java.util.Optional.empty());
        }
    }

    @Test
    void grantsNamingAnIdTwice_areRefusedWholeWithDuplicateEntitlement() {
        List<Entitlement> round = new ArrayList<>(grants(1, 3));
        round.add(grants(2, 1).get(0));

        assertThatThrownBy(() -> entitlements().addAll(round)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("DUPLICATE_ENTITLEMENT"));

        for (Entitlement grant : round) {
            assertThat(entitlements().find(grant.id())).isEmpty();
        }
    }

    @Test
    void aRefusedBatchInsideAUnitOfWork_rollsBackTheWholeUnit() {
        List<Entitlement> earlier = grants(3, 1);
        entitlements().addAll(earlier);

        assertThatThrownBy(() -> db().transactions().run(() -> {
            entitlements().add(grants(10, 1).get(0));
            entitlements().addAll(grants(1, 5));
        })).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("DUPLICATE_ENTITLEMENT"));

        assertThat(entitlements().find(grants(10, 1).get(0).id())).isEmpty();
        assertThat(entitlements().find(grants(1, 1).get(0).id())).isEmpty();
        assertThat(entitlements().find(earlier.get(0).id())).contains(earlier.get(0));
    }
}
