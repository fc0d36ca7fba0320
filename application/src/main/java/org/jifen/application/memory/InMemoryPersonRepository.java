package org.jifen.application.memory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jifen.domain.person.PersonExistsException;
import org.jifen.application.port.out.person.PersonRepository;
import org.jifen.domain.person.IdNumber;
import org.jifen.domain.person.Person;
import org.jifen.domain.person.PersonId;

/** Persons in memory. */
public final class InMemoryPersonRepository implements PersonRepository, Snapshotting {

    private volatile Map<PersonId, Person> persons = Map.of();

    @Override
    public Optional<Person> find(PersonId id) {
        return Optional.ofNullable(persons.get(id));
    }

    @Override
    public Optional<Person> findByIdNumber(IdNumber idNumber) {
        return persons.values().stream().filter(p -> p.idNumber().equals(idNumber)).findFirst();
    }

    @Override
    public synchronized void add(Person person) {
        if (persons.containsKey(person.id())) {
            throw new PersonExistsException(person.id());
        }
        Optional<Person> sameNumber = findByIdNumber(person.idNumber());
        if (sameNumber.isPresent()) {
            throw new PersonExistsException(sameNumber.get().id());
        }
        Map<PersonId, Person> more = new LinkedHashMap<>(persons);
        more.put(person.id(), person);
        persons = java.util.Collections.unmodifiableMap(more);
    }

    @Override
    public synchronized void update(Person person) {
        if (!persons.containsKey(person.id())) {
            throw new org.jifen.application.port.in.shared.NotFoundException("PERSON_NOT_FOUND",
                    "no person " + person.id());
        }
        Map<PersonId, Person> changed = new LinkedHashMap<>(persons);
        changed.put(person.id(), person);
        persons = java.util.Collections.unmodifiableMap(changed);
    }

    @Override
    public Object snapshot() {
        return persons;
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        persons = (Map<PersonId, Person>) snapshot;
    }
}
