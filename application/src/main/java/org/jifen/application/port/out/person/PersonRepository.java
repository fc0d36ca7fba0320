package org.jifen.application.port.out.person;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.person.IdNumber;
import org.jifen.domain.person.Person;
import org.jifen.domain.person.PersonId;

/** Persons known to Jifen. */
public interface PersonRepository {

    Optional<Person> find(PersonId id);

    Optional<Person> findByIdNumber(IdNumber idNumber);

    /**
     * The persons stored under any of these ids, in no particular order (ids not stored are left out),
     * read in a few set-based queries whatever the number of ids, never one per id.
     */
    List<Person> findAll(Collection<PersonId> ids);

    /** The persons holding any of these ID numbers, in no particular order; set-based like {@link #findAll}. */
    List<Person> findByIdNumbers(Collection<IdNumber> idNumbers);

    /** Every person whose residence is registered in the district, ordered by person id. */
    List<Person> findByDistrict(DivisionCode district);

    /** Adds a person; an id or ID number already stored is refused with {@code PERSON_EXISTS}. */
    void add(Person person);

    /**
     * Adds many persons at once, all or none, set-based (a batch, or COPY on PostgreSQL; never a round
     * trip per person). An id or ID number already stored, or given twice in the list, refuses the whole
     * call with {@code PERSON_EXISTS} naming the person holding it; nothing is added.
     */
    void addAll(List<Person> persons);

    /** Stores the new state of an existing person (household members added); {@code PERSON_NOT_FOUND} otherwise. */
    void update(Person person);
}
