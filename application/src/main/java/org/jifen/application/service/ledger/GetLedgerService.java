package org.jifen.application.service.ledger;

import java.util.List;
import org.jifen.application.port.in.ledger.GetLedgerUseCase;
import org.jifen.application.port.in.ledger.LedgerQuery;
import org.jifen.application.port.in.shared.NotFoundException;
import org.jifen.application.port.out.ledger.LedgerRepository;
import org.jifen.application.port.out.person.PersonRepository;
import org.jifen.domain.access.AccessPolicy;
import org.jifen.domain.ledger.LedgerEntry;
import org.jifen.domain.person.Person;

/** Lists a person's ledger entries. */
public final class GetLedgerService implements GetLedgerUseCase {

    private final PersonRepository persons;
    private final LedgerRepository ledgers;

    public GetLedgerService(PersonRepository persons, LedgerRepository ledgers) {
        this.persons = persons;
        this.ledgers = ledgers;
    }

    @Override
    public List<LedgerEntry> entries(LedgerQuery query) {
        if (query.caller().role() == org.jifen.domain.access.Role.APPLICANT && !query.caller().isPerson(query.person())) {
            throw new org.jifen.domain.access.AccessDeniedException("NOT_OWN_DATA", "an applicant sees only their own data");
        }
        Person person = persons.find(query.person())
                .orElseThrow(() -> new NotFoundException("PERSON_NOT_FOUND", "no person " + query.person()));
        AccessPolicy.requireOwnOrStaff(query.caller(), person.id(), person.residenceDistrict());
        return ledgers.load(person.id()).entries();
    }
}
