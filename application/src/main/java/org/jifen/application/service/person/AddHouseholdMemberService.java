package org.jifen.application.service.person;

import org.jifen.application.audit.AuditTrail;
import org.jifen.application.port.in.person.AddHouseholdMemberCommand;
import org.jifen.application.port.in.person.AddHouseholdMemberUseCase;
import org.jifen.application.port.in.person.PersonView;
import org.jifen.application.port.in.shared.NotFoundException;
import org.jifen.application.port.in.shared.RuleRefusedException;
import org.jifen.application.port.out.person.PersonRepository;
import org.jifen.application.port.out.shared.TransactionRunner;
import org.jifen.domain.access.AccessPolicy;
import org.jifen.domain.access.Role;
import org.jifen.domain.audit.AuditAction;
import org.jifen.domain.person.HouseholdMember;
import org.jifen.domain.person.Person;

/** Adds a spouse or child to a person's household. */
public final class AddHouseholdMemberService implements AddHouseholdMemberUseCase {

    private final PersonRepository persons;
    private final AuditTrail audit;
    private final TransactionRunner transactions;

    public AddHouseholdMemberService(PersonRepository persons, AuditTrail audit, TransactionRunner transactions) {
        this.persons = persons;
        this.audit = audit;
        this.transactions = transactions;
    }

    @Override
    public PersonView addMember(AddHouseholdMemberCommand command) {
        AccessPolicy.requireRole(command.caller(), Role.CLERK, Role.ADMIN);
        return transactions.inTransaction(() -> {
            Person person = persons.find(command.person())
                    .orElseThrow(() -> new NotFoundException("PERSON_NOT_FOUND", "no person " + command.person()));
            AccessPolicy.requireJurisdiction(command.caller(), person.residenceDistrict());
            if (command.memberPerson().isPresent()) {
                Person registered = persons.find(command.memberPerson().get())
                        .orElseThrow(() -> new NotFoundException("PERSON_NOT_FOUND", "memberPerson: no person "
                                + command.memberPerson().get()));
                if (!registered.idNumber().equals(command.idNumber())) {
                    throw new RuleRefusedException("MEMBER_ID_NUMBER_MISMATCH", "memberPerson: person "
                            + registered.id() + " is registered with ID number " + registered.idNumber().masked()
                            + ", not " + command.idNumber().masked());
                }
            }
            HouseholdMember member = new HouseholdMember(command.relation(), command.idNumber(), command.name(),
                    command.memberPerson());
            Person updated = person.withMember(member);
            persons.update(updated);
            audit.record(command.caller(), AuditAction.HOUSEHOLD_MEMBER_ADDED, person.id().value(),
                    command.relation() + " " + command.idNumber().masked() + " " + Person.maskName(command.name())
                            + command.memberPerson().map(p -> " (person " + p + ")").orElse("") + " added");
            return PersonView.masked(updated);
        });
    }
}
