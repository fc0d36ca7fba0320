package org.jifen.application.service.person;

import org.jifen.application.audit.AuditTrail;
import org.jifen.application.port.in.person.GetPersonUseCase;
import org.jifen.application.port.in.person.PersonQuery;
import org.jifen.application.port.in.person.PersonView;
import org.jifen.application.port.in.shared.NotFoundException;
import org.jifen.application.port.out.person.PersonRepository;
import org.jifen.application.port.out.shared.TransactionRunner;
import org.jifen.domain.access.AccessDeniedException;
import org.jifen.domain.access.AccessPolicy;
import org.jifen.domain.access.Caller;
import org.jifen.domain.access.Role;
import org.jifen.domain.audit.AuditAction;
import org.jifen.domain.person.Person;

/** Reads a person, masked; a reveal of the whole ID numbers and phone is audited. */
public final class GetPersonService implements GetPersonUseCase {

    private final PersonRepository persons;
    private final AuditTrail audit;
    private final TransactionRunner transactions;

    public GetPersonService(PersonRepository persons, AuditTrail audit, TransactionRunner transactions) {
        this.persons = persons;
        this.audit = audit;
        this.transactions = transactions;
    }

    @Override
    public PersonView get(PersonQuery query) {
        Caller caller = query.caller();
        if (query.reveal() && !AccessPolicy.mayReveal(caller)) {
            throw new AccessDeniedException("FORBIDDEN", "role " + caller.role()
                    + " may not see ID numbers and phone numbers whole");
        }
        if (caller.role() == Role.APPLICANT && !caller.isPerson(query.person())) {
            throw new AccessDeniedException("NOT_OWN_DATA", "an applicant sees only their own data");
        }
        if (caller.role() != Role.APPLICANT) {
            AccessPolicy.requireRole(caller, Role.CLERK, Role.REVIEWER, Role.SUPERVISOR, Role.ADMIN, Role.AUDITOR);
        }
        return transactions.inTransaction(() -> {
            Person person = persons.find(query.person())
                    .orElseThrow(() -> new NotFoundException("PERSON_NOT_FOUND", "no person " + query.person()));
            AccessPolicy.requireOwnOrStaff(caller, person.id(), person.residenceDistrict());
            if (!query.reveal()) {
                return PersonView.masked(person);
            }
            audit.record(caller, AuditAction.PERSONAL_DATA_REVEALED, person.id().value(),
                    "ID number " + person.idNumber().masked()
                            + person.phone().map(p -> ", phone " + p.masked()).orElse("")
                            + householdNumbers(person.household().size())
                            + " shown whole");
            return PersonView.revealed(person);
        });
    }

    private static String householdNumbers(int members) {
        return members == 0 ? "" : ", " + members + " household ID number" + (members == 1 ? "" : "s");
    }
}
