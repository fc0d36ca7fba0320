package org.jifen.application.service.person;

import java.util.HashMap;
import java.util.Map;
import org.jifen.application.port.in.person.LookUpPersonsUseCase;
import org.jifen.application.port.in.person.PersonLookup;
import org.jifen.application.port.in.person.PersonLookupQuery;
import org.jifen.application.port.out.person.PersonRepository;
import org.jifen.application.port.out.shared.TransactionRunner;
import org.jifen.domain.access.AccessDeniedException;
import org.jifen.domain.access.AccessPolicy;
import org.jifen.domain.access.Role;
import org.jifen.domain.person.IdNumber;
import org.jifen.domain.person.Person;
import org.jifen.domain.person.PersonId;

/** Looks up person ids by ID number, in one set-based read, for staff covering where the persons live. */
public final class LookUpPersonsService implements LookUpPersonsUseCase {

    private final PersonRepository persons;
    private final TransactionRunner transactions;

    public LookUpPersonsService(PersonRepository persons, TransactionRunner transactions) {
        this.persons = persons;
        this.transactions = transactions;
    }

    @Override
    public PersonLookup lookUp(PersonLookupQuery query) {
        AccessPolicy.requireRole(query.caller(), Role.CLERK, Role.REVIEWER, Role.SUPERVISOR, Role.ADMIN, Role.SYSTEM);
        if (query.idNumbers().isEmpty()) {
            return new PersonLookup(Map.of());
        }
        return transactions.inTransaction(() -> {
            Map<IdNumber, PersonId> found = new HashMap<>();
            for (Person person : persons.findByIdNumbers(query.idNumbers())) {
                if (!query.caller().covers(person.residenceDistrict())) {
                    throw new AccessDeniedException("OUT_OF_JURISDICTION", query.caller().subject() + " acts in "
                            + query.caller().jurisdiction() + ", which does not cover " + person.residenceDistrict()
                            + ", where the holder of ID number " + person.idNumber().masked() + " lives");
                }
                found.put(person.idNumber(), person.id());
            }
            return new PersonLookup(found);
        });
    }
}
