package org.jifen.application.port.out.person;

import java.util.Optional;
import org.jifen.domain.person.IdNumber;
import org.jifen.domain.person.Person;
import org.jifen.domain.person.PersonId;

/** Persons known to Jifen. */
public interface PersonRepository {

    Optional<Person> find(PersonId id);

    Optional<Person> findByIdNumber(IdNumber idNumber);

    /** Adds a person; an id or ID number already stored is refused with {@code PERSON_EXISTS}. */
    void add(Person person);

    /** Stores the new state of an existing person (household members added); {@code PERSON_NOT_FOUND} otherwise. */
    void update(Person person);
}
