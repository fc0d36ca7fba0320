package org.jifen.domain.person;

import java.time.LocalDate;
import java.util.Objects;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.shared.InvalidValueException;

/**
 * A residence permit (居住证): number, issuing authority's division, validity (both days included).
 * Issued in Zhejiang when the issuer code starts with {@code 33}.
 */
public record ResidencePermit(String number, DivisionCode issuer, LocalDate validFrom, LocalDate validTo) {

    public ResidencePermit {
        if (number == null || !number.strip().matches("[A-Za-z0-9-]{4,40}")) {
            throw new InvalidValueException("INVALID_PERMIT", "residencePermit.number",
                    "4 to 40 letters, digits or '-' expected");
        }
        number = number.strip();
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validTo, "validTo");
        if (validTo.isBefore(validFrom)) {
            throw new InvalidValueException("INVALID_PERMIT", "residencePermit.validTo",
                    "ends (" + validTo + ") before it starts (" + validFrom + ")");
        }
    }

    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validTo);
    }

    public boolean issuedInZhejiang() {
        return issuer.value().startsWith("33");
    }
}
