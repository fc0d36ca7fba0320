package org.jifen.domain.person;

import java.util.Objects;
import java.util.Optional;

/**
 * A member of an applicant's household: relation, ID number, name, and the member's own person id
 * when they are registered too (a spouse who also applies).
 */
public record HouseholdMember(Relation relation, IdNumber idNumber, String name, Optional<PersonId> person) {

    public HouseholdMember {
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(person, "person");
        if (name == null || name.isBlank()) {
            throw new org.jifen.domain.shared.InvalidValueException("INVALID_NAME", "name", "missing");
        }
    }
}
