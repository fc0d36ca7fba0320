package org.jifen.application.port.in.person;

import java.util.Map;
import java.util.Optional;
import org.jifen.domain.person.IdNumber;
import org.jifen.domain.person.PersonId;

/** Which of the ID numbers asked for are registered, and under which person id; the others are absent. */
public record PersonLookup(Map<IdNumber, PersonId> found) {

    public PersonLookup {
        found = Map.copyOf(found);
    }

    public Optional<PersonId> personOf(IdNumber idNumber) {
        return Optional.ofNullable(found.get(idNumber));
    }
}
