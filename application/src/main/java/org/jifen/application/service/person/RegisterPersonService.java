package org.jifen.application.service.person;

import java.util.Optional;
import org.jifen.application.audit.AuditTrail;
import org.jifen.application.port.in.person.PersonView;
import org.jifen.application.port.in.person.RegisterPersonCommand;
import org.jifen.application.port.in.person.RegisterPersonUseCase;
import org.jifen.application.port.in.shared.RuleRefusedException;
import org.jifen.application.port.out.person.PersonRepository;
import org.jifen.application.port.out.shared.IdGenerator;
import org.jifen.application.port.out.shared.TransactionRunner;
import org.jifen.domain.access.AccessPolicy;
import org.jifen.domain.access.Role;
import org.jifen.domain.audit.AuditAction;
import org.jifen.domain.jurisdiction.DivisionLevel;
import org.jifen.domain.jurisdiction.DivisionRegistry;
import org.jifen.domain.person.Person;
import org.jifen.domain.person.PersonExistsException;
import org.jifen.domain.person.PersonId;

/** Registers a person under a new id, once per ID number. */
public final class RegisterPersonService implements RegisterPersonUseCase {

    private final PersonRepository persons;
    private final IdGenerator ids;
    private final DivisionRegistry divisions;
    private final AuditTrail audit;
    private final TransactionRunner transactions;

    public RegisterPersonService(PersonRepository persons, IdGenerator ids, DivisionRegistry divisions,
            AuditTrail audit, TransactionRunner transactions) {
        this.persons = persons;
        this.ids = ids;
        this.divisions = divisions;
        this.audit = audit;
        this.transactions = transactions;
    }

    @Override
    public PersonView register(RegisterPersonCommand command) {
        AccessPolicy.requireRole(command.caller(), Role.CLERK, Role.ADMIN);
        AccessPolicy.requireJurisdiction(command.caller(), command.residenceDistrict());
        divisions.require(command.residenceDistrict());
        if (command.residenceDistrict().level() != DivisionLevel.DISTRICT) {
            throw new RuleRefusedException("NOT_A_DISTRICT", "residenceDistrict: " + command.residenceDistrict()
                    + " (" + divisions.chineseName(command.residenceDistrict())
                    + ") is a province or city; a residence is registered in a district");
        }
        return transactions.inTransaction(() -> {
            Optional<Person> existing = persons.findByIdNumber(command.idNumber());
            if (existing.isPresent()) {
                throw new PersonExistsException(existing.get().id());
            }
            Person person = new Person(PersonId.of(ids.next("PER")), command.idNumber(), command.name(),
                    command.phone(), command.permit(), command.residenceDistrict(), java.util.List.of());
            persons.add(person);
            audit.record(command.caller(), AuditAction.PERSON_REGISTERED, person.id().value(),
                    "person " + person.idNumber().masked() + " " + person.maskedName() + " registered, residence "
                            + person.residenceDistrict() + ", permit "
                            + person.permit().map(p -> "issued by " + p.issuer() + " valid " + p.validFrom() + " to "
                                    + p.validTo()).orElse("none"));
            return PersonView.masked(person);
        });
    }
}
