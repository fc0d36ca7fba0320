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

    /** Stores the revoked state of an existing entitlement. */
    void update(Entitlement entitlement);
}
