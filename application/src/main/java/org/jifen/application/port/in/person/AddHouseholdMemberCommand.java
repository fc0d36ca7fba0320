package org.jifen.application.port.in.person;

import java.util.Objects;
import java.util.Optional;
import org.jifen.domain.access.Caller;
import org.jifen.domain.person.IdNumber;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.person.Relation;
import org.jifen.domain.shared.InvalidValueException;

/**
 * Adds a member to a person's household (一人参评、家庭应用): the relation (spouse or child), the
 * member's ID number and name, and the member's own person id when they are registered too.
 */
public record AddHouseholdMemberCommand(
        Caller caller,
        PersonId person,
        Relation relation,
        IdNumber idNumber,
        String name,
        Optional<PersonId> memberPerson) {

    public AddHouseholdMemberCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(memberPerson, "memberPerson");
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("INVALID_NAME", "name", "missing");
        }
        name = name.strip();
    }
}
