package org.jifen.application.port.in.person;

import java.util.Objects;
import org.jifen.domain.access.Caller;
import org.jifen.domain.person.PersonId;

/** Reads a person; {@code reveal} asks for the ID numbers and phone whole (allowed roles only, audited). */
public record PersonQuery(Caller caller, PersonId person, boolean reveal) {

    public PersonQuery {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(person, "person");
    }

    /** The masked view. */
    public static PersonQuery masked(Caller caller, PersonId person) {
        return new PersonQuery(caller, person, false);
    }
}
