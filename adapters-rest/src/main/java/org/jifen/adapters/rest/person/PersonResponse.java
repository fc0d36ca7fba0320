package org.jifen.adapters.rest.person;

import java.util.List;
import org.jifen.adapters.rest.person.RegisterPersonRequest.ResidencePermitJson;
import org.jifen.application.port.in.person.PersonView;

/** A person: ID numbers and phone masked unless {@code revealed}. */
public record PersonResponse(String personId, String idNumber, String name, String phone,
        ResidencePermitJson residencePermit, String residenceDistrict, List<MemberResponse> household,
        boolean revealed) {

    /** A household member. */
    public record MemberResponse(String relation, String idNumber, String name, String personId) {
    }

    public static PersonResponse of(PersonView view) {
        return new PersonResponse(view.personId().value(), view.idNumber(), view.name(), view.phone().orElse(null),
                view.permit().map(p -> new ResidencePermitJson(p.number(), p.issuer().value(), p.validFrom(), p.validTo()))
                        .orElse(null),
                view.residenceDistrict().value(),
                view.household().stream().map(m -> new MemberResponse(m.relation().name(), m.idNumber(), m.name(),
                        m.person().map(id -> id.value()).orElse(null))).toList(),
                view.revealed());
    }
}
