package org.jifen.application.port.out.entitlement;

import java.util.List;
import java.util.Optional;
import org.jifen.domain.entitlement.Entitlement;
import org.jifen.domain.entitlement.EntitlementId;
import org.jifen.domain.person.PersonId;

/**
 * Entitlements obtained through points (school places, rental housing, household registration):
 * granted by programme rounds, revoked by fraud clearing.
 */
public interface EntitlementRepository {

    Optional<Entitlement> find(EntitlementId id);

    /** Every entitlement held through this person's points, granted and revoked. */
    List<Entitlement> findByHolder(PersonId holder);

    void add(Entitlement entitlement);

    /**
     * Stores new entitlements together (a round's grants): an id already stored, or given twice, refuses
     * the whole call with {@code DUPLICATE_ENTITLEMENT} and nothing is stored. Adapters store them in one
     * step where they can.
     */
    default void addAll(List<Entitlement> granted) {
        java.util.Set<EntitlementId> ids = new java.util.HashSet<>();
        for (Entitlement entitlement : granted) {
            if (!ids.add(entitlement.id()) || find(entitlement.id()).isPresent()) {
                throw new org.jifen.application.port.in.shared.RuleRefusedException("DUPLICATE_ENTITLEMENT",
                        "entitlement " + entitlement.id() + " exists");
            }
        }
        for (Entitlement entitlement : granted) {
            add(entitlement);
        }
    }

    /** Stores the revoked state of an existing entitlement. */
    void update(Entitlement entitlement);
}
