package org.jifen.adapters.rest.person;

import java.time.LocalDate;

/** {@code POST /api/v1/persons}: a person to register (residence permit and phone optional). */
public record RegisterPersonRequest(String idNumber, String name, String phone, ResidencePermitJson residencePermit,
        String residenceDistrict) {

    /** 居住证: number, issuing division, validity. */
    public record ResidencePermitJson(String number, String issuer, LocalDate validFrom, LocalDate validTo) {
    }
}
