package org.jifen.domain.entitlement;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jifen.domain.person.IdNumber;
import org.jifen.domain.person.PersonId;

/**
 * 积分应用所得权益: what a household obtained through the applicant's points in a programme round
 * — a school place, a rental unit, household registration — and, once revoked, why.
 */
public record Entitlement(
        EntitlementId id,
        PersonId holder,
        IdNumber beneficiary,
        String beneficiaryName,
        String programme,
        String place,
        Instant grantedAt,
        Optional<Revocation> revocation) {

    public Entitlement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(beneficiary, "beneficiary");
        Objects.requireNonNull(beneficiaryName, "beneficiaryName");
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(grantedAt, "grantedAt");
        Objects.requireNonNull(revocation, "revocation");
    }

    public boolean active() {
        return revocation.isEmpty();
    }

    public Entitlement revoke(Revocation why) {
        if (revocation.isPresent()) {
            throw new IllegalStateException("entitlement " + id + " is already revoked");
        }
        return new Entitlement(id, holder, beneficiary, beneficiaryName, programme, place, grantedAt, Optional.of(why));
    }
}
