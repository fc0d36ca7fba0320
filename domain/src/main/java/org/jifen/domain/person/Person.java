package org.jifen.domain.person;

import java.util.Objects;
import org.jifen.domain.jurisdiction.DivisionCode;

/**
 * A person known to Jifen (流动人口): id, ID number, name and the district where the residence is
 * registered. The workflow adds the residence permit and the household.
 */
public record Person(PersonId id, IdNumber idNumber, String name, DivisionCode residenceDistrict) {

    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(residenceDistrict, "residenceDistrict");
        if (name == null || name.isBlank()) {
            throw new org.jifen.domain.shared.InvalidValueException("INVALID_NAME", "name", "missing");
        }
    }

    /** 张三 → 张*, 欧阳娜娜 → 欧***: the family name only, for listings and logs. */
    public String maskedName() {
        int first = name.codePointAt(0);
        int rest = name.codePointCount(0, name.length()) - 1;
        return new String(Character.toChars(first)) + "*".repeat(Math.max(rest, 1));
    }

    @Override
    public String toString() {
        return "Person[" + id + ", " + idNumber.masked() + ", " + maskedName() + ", " + residenceDistrict + "]";
    }
}
