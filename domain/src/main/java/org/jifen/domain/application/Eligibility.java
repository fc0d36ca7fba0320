package org.jifen.domain.application;

import java.time.LocalDate;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.person.Person;
import org.jifen.domain.person.ResidencePermit;

/**
 * Who may apply (DOMAIN.md §1): on the application date the residence permit is valid and issued
 * in Zhejiang, and the residence is registered in the applying district. Checked before any scoring.
 */
public final class Eligibility {

    private Eligibility() {
    }

    public static void check(Person person, DivisionCode district, LocalDate on) {
        ResidencePermit permit = person.permit().orElseThrow(() -> new IneligibleException("PERMIT_MISSING",
                "no residence permit (居住证) is on record"));
        if (!permit.issuedInZhejiang()) {
            throw new IneligibleException("PERMIT_NOT_ZHEJIANG", "the residence permit was issued by "
                    + permit.issuer() + ", not in Zhejiang (33xxxx)");
        }
        if (!permit.validOn(on)) {
            throw new IneligibleException("PERMIT_EXPIRED", "the residence permit is valid from "
                    + permit.validFrom() + " to " + permit.validTo() + ", not on " + on);
        }
        if (!person.residenceDistrict().equals(district)) {
            throw new IneligibleException("NOT_RESIDENT_IN_DISTRICT", "the residence is registered in "
                    + person.residenceDistrict() + ", not in " + district);
        }
    }
}
