package org.jifen.domain.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.shared.InvalidValueException;

/**
 * A person known to Jifen (流动人口): id, ID number, name, phone, residence permit (居住证), the
 * district where the residence is registered, and the household (spouse, children) that uses the
 * points (一人参评、家庭应用). Never printed with a full ID number, phone or name.
 */
public record Person(
        PersonId id,
        IdNumber idNumber,
        String name,
        Optional<PhoneNumber> phone,
        Optional<ResidencePermit> permit,
        DivisionCode residenceDistrict,
        List<HouseholdMember> household) {

    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(permit, "permit");
        Objects.requireNonNull(residenceDistrict, "residenceDistrict");
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("INVALID_NAME", "name", "missing");
        }
        name = name.strip();
        household = List.copyOf(household);
    }

    /** A person with no phone, permit or household on record. */
    public Person(PersonId id, IdNumber idNumber, String name, DivisionCode residenceDistrict) {
        this(id, idNumber, name, Optional.empty(), Optional.empty(), residenceDistrict, List.of());
    }

    /** This person with one more household member; the same ID number twice is refused. */
    public Person withMember(HouseholdMember member) {
        if (member.idNumber().equals(idNumber)
                || household.stream().anyMatch(m -> m.idNumber().equals(member.idNumber()))) {
            throw new InvalidValueException("DUPLICATE_MEMBER", "idNumber",
                    "this person is already in the household");
        }
        if (member.relation() == Relation.SPOUSE
                && household.stream().anyMatch(m -> m.relation() == Relation.SPOUSE)) {
            throw new InvalidValueException("DUPLICATE_MEMBER", "relation", "the household already has a spouse");
        }
        List<HouseholdMember> more = new ArrayList<>(household);
        more.add(member);
        return new Person(id, idNumber, name, phone, permit, residenceDistrict, more);
    }

    /** Whether this person id is the person or a registered member of the household. */
    public boolean householdIncludes(PersonId other) {
        return id.equals(other) || household.stream().anyMatch(m -> m.person().filter(other::equals).isPresent());
    }

    /** 张三 → 张*, 欧阳娜娜 → 欧***: the first character only, for listings and logs. */
    public String maskedName() {
        return maskName(name);
    }

    /** Masks any personal name the same way. */
    public static String maskName(String name) {
        int first = name.codePointAt(0);
        int rest = name.codePointCount(0, name.length()) - 1;
        return new String(Character.toChars(first)) + "*".repeat(Math.max(rest, 1));
    }

    @Override
    public String toString() {
        return "Person[" + id + ", " + idNumber.masked() + ", " + maskedName() + ", " + residenceDistrict + "]";
    }
}
