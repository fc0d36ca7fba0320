package org.jifen.application.port.in.person;

import java.util.Objects;
import java.util.Optional;
import org.jifen.domain.access.Caller;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.person.IdNumber;
import org.jifen.domain.person.PhoneNumber;
import org.jifen.domain.person.ResidencePermit;
import org.jifen.domain.shared.InvalidValueException;

/**
 * Registers a person (流动人口登记): ID number, name, phone (optional), residence permit (居住证, optional:
 * without one the person cannot apply, {@code PERMIT_MISSING}) and the district where the residence is
 * registered.
 */
public record RegisterPersonCommand(
        Caller caller,
        IdNumber idNumber,
        String name,
        Optional<PhoneNumber> phone,
        Optional<ResidencePermit> permit,
        DivisionCode residenceDistrict) {

    public RegisterPersonCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(permit, "permit");
        Objects.requireNonNull(residenceDistrict, "residenceDistrict");
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("INVALID_NAME", "name", "missing");
        }
        name = name.strip();
    }
}
