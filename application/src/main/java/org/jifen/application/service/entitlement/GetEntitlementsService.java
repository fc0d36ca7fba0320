package org.jifen.application.service.entitlement;

import java.util.List;
import org.jifen.application.port.in.entitlement.EntitlementsQuery;
import org.jifen.application.port.in.entitlement.GetEntitlementsUseCase;
import org.jifen.application.port.in.shared.NotFoundException;
import org.jifen.application.port.out.entitlement.EntitlementRepository;
import org.jifen.application.port.out.person.PersonRepository;
import org.jifen.domain.access.AccessPolicy;
import org.jifen.domain.entitlement.Entitlement;
import org.jifen.domain.person.Person;

/** Lists the entitlements obtained through a person's points. */
public final class GetEntitlementsService implements GetEntitlementsUseCase {

    private final PersonRepository persons;
    private final EntitlementRepository entitlements;

    public GetEntitlementsService(PersonRepository persons, EntitlementRepository entitlements) {
        this.persons = persons;
        this.entitlements = entitlements;
    }

    @Override
    public List<Entitlement> entitlements(EntitlementsQuery query) {
        if (query.caller().role() == org.jifen.domain.access.Role.APPLICANT && !query.caller().isPerson(query.person())) {
            throw new org.jifen.domain.access.AccessDeniedException("NOT_OWN_DATA", "an applicant sees only their own data");
        }
        Person person = persons.find(query.person())
                .orElseThrow(() -> new NotFoundException("PERSON_NOT_FOUND", "no person " + query.person()));
        AccessPolicy.requireOwnOrStaff(query.caller(), person.id(), person.residenceDistrict());
        return entitlements.findByHolder(person.id());
    }
}
