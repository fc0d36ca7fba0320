package org.jifen.application.port.in.person;

import java.util.Objects;
import java.util.Optional;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.person.IdNumber;
import org.jifen.domain.person.PhoneNumber;
import org.jifen.domain.person.ResidencePermit;
import org.jifen.domain.shared.InvalidValueException;

/**
 * One person of an import (one line of a persons file): ID number, name, phone (optional), residence
 * permit (optional) and the district where the residence is registered, as {@link RegisterPersonCommand}
 * takes them.
 */
public record PersonRegistration(
        IdNumber idNumber,
        String name,
        Optional<PhoneNumber> phone,
        Optional<ResidencePermit> permit,
        DivisionCode residenceDistrict) {

    public PersonRegistration {
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
