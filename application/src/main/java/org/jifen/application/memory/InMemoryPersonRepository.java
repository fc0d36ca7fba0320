package org.jifen.application.memory;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jifen.domain.jurisdiction.DivisionCode;
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
    public List<Person> findAll(Collection<PersonId> ids) {
        Map<PersonId, Person> current = persons;
        return Set.copyOf(ids).stream().map(current::get).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public List<Person> findByIdNumbers(Collection<IdNumber> idNumbers) {
        Set<IdNumber> wanted = Set.copyOf(idNumbers);
        return persons.values().stream().filter(p -> wanted.contains(p.idNumber())).toList();
    }

    @Override
    public List<Person> findByDistrict(DivisionCode district) {
        return persons.values().stream().filter(p -> p.residenceDistrict().equals(district))
                .sorted(java.util.Comparator.comparing(Person::id)).toList();
    }

    @Override
    public synchronized void addAll(List<Person> added) {
        Map<IdNumber, PersonId> numbers = new HashMap<>();
        persons.values().forEach(p -> numbers.put(p.idNumber(), p.id()));
        Set<PersonId> ids = new HashSet<>(persons.keySet());
        for (Person person : added) {
            if (!ids.add(person.id())) {
                throw new PersonExistsException(person.id());
            }
            PersonId holder = numbers.putIfAbsent(person.idNumber(), person.id());
            if (holder != null) {
                throw new PersonExistsException(holder);
            }
        }
        Map<PersonId, Person> more = new LinkedHashMap<>(persons);
        added.forEach(person -> more.put(person.id(), person));
        persons = java.util.Collections.unmodifiableMap(more);
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
