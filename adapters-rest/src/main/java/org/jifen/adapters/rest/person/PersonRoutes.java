package org.jifen.adapters.rest.person;

import java.util.Optional;
import org.jifen.adapters.rest.shared.ApiException;
import org.jifen.adapters.rest.shared.ApiReply;
import org.jifen.adapters.rest.shared.IdempotentWrites;
import org.jifen.adapters.rest.shared.Required;
import org.jifen.adapters.rest.shared.RouteSet;
import org.jifen.adapters.rest.shared.RouteTable;
import org.jifen.application.port.in.person.AddHouseholdMemberCommand;
import org.jifen.application.port.in.person.AddHouseholdMemberUseCase;
import org.jifen.application.port.in.person.GetPersonUseCase;
import org.jifen.application.port.in.person.PersonQuery;
import org.jifen.application.port.in.person.PersonView;
import org.jifen.application.port.in.person.RegisterPersonCommand;
import org.jifen.application.port.in.person.RegisterPersonUseCase;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.person.IdNumber;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.person.PhoneNumber;
import org.jifen.domain.person.Relation;
import org.jifen.domain.person.ResidencePermit;

/**
 * Persons: register, read (masked; {@code ?reveal=true} audited), add a household member; both writes take an
 * {@code Idempotency-Key}.
 */
public final class PersonRoutes implements RouteSet {

    private final RegisterPersonUseCase register;
    private final GetPersonUseCase get;
    private final AddHouseholdMemberUseCase addMember;
    private final IdempotentWrites idempotent;

    public PersonRoutes(RegisterPersonUseCase register, GetPersonUseCase get, AddHouseholdMemberUseCase addMember,
            IdempotentWrites idempotent) {
        this.register = register;
        this.get = get;
        this.addMember = addMember;
        this.idempotent = idempotent;
    }

    @Override
    public void register(RouteTable routes) {
        routes.post("/api/v1/persons", idempotent.creating("/api/v1/persons", call -> {
            RegisterPersonRequest request = call.body(RegisterPersonRequest.class);
            PersonView view = register.register(new RegisterPersonCommand(call.caller(),
                    IdNumber.parse(Required.field(request.idNumber(), "idNumber")),
                    Required.field(request.name(), "name"),
                    Optional.ofNullable(request.phone()).filter(p -> !p.isBlank()).map(PhoneNumber::parse),
                    Optional.ofNullable(request.residencePermit()).map(PersonRoutes::permit),
                    DivisionCode.of(Required.field(request.residenceDistrict(), "residenceDistrict"))));
            return ApiReply.created(PersonResponse.of(view), "/api/v1/persons/" + view.personId().value());
        }));
        routes.get("/api/v1/persons/{personId}", call -> ApiReply.ok(PersonResponse.of(
                get.get(new PersonQuery(call.caller(), PersonId.of(call.path("personId")), call.flag("reveal"))))));
        String household = "/api/v1/persons/{personId}/household";
        routes.post(household, idempotent.creating(household, call -> {
            AddHouseholdMemberRequest request = call.body(AddHouseholdMemberRequest.class);
            PersonView view = addMember.addMember(new AddHouseholdMemberCommand(call.caller(),
                    PersonId.of(call.path("personId")), relation(Required.field(request.relation(), "relation")),
                    IdNumber.parse(Required.field(request.idNumber(), "idNumber")),
                    Required.field(request.name(), "name"),
                    Optional.ofNullable(request.personId()).filter(p -> !p.isBlank()).map(PersonId::of)));
            return ApiReply.ok(PersonResponse.of(view));
        }));
    }

    private static ResidencePermit permit(RegisterPersonRequest.ResidencePermitJson json) {
        return new ResidencePermit(Required.field(json.number(), "residencePermit.number"),
                DivisionCode.of(Required.field(json.issuer(), "residencePermit.issuer")),
                Required.field(json.validFrom(), "residencePermit.validFrom"),
                Required.field(json.validTo(), "residencePermit.validTo"));
    }

    private static Relation relation(String text) {
        try {
            return Relation.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw ApiException.badField("INVALID_FIELD", "relation", "SPOUSE or CHILD expected");
        }
    }
}
