package org.jifen.domain.programme;

import java.util.Objects;
import org.jifen.domain.person.IdNumber;
import org.jifen.domain.person.Person;

/** Who benefits from a place (a child, a spouse, the applicant): ID number and name; printed masked. */
public record Beneficiary(IdNumber idNumber, String name) {

    public Beneficiary {
        Objects.requireNonNull(idNumber, "idNumber");
        if (name == null || name.isBlank()) {
            throw new org.jifen.domain.shared.InvalidValueException("INVALID_NAME", "beneficiary.name", "missing");
        }
    }

    @Override
    public String toString() {
        return "Beneficiary[" + idNumber.masked() + ", " + Person.maskName(name) + "]";
    }
}
