package org.jifen.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.person.HouseholdMember;
import org.jifen.domain.person.IdNumber;
import org.jifen.domain.person.Person;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.person.PhoneNumber;
import org.jifen.domain.person.ResidencePermit;
import org.jifen.domain.person.TestIdNumbers;

/**
 * Builds a {@link Person} for tests: {@code aPerson().withId("person-0002").bornOn(..).livingIn(YINZHOU).build()}.
 * The ID number is synthetic (computed by {@link TestIdNumbers}, never a real one): unless given
 * explicitly it is made of the residence district's code, the birth date and the sequence.
 * Defaults: {@code person-0001}, 张伟, born 1990-03-07, living in Haishu 330203, sequence 123, no phone,
 * no residence permit, no household.
 */
public final class PersonBuilder {

    private PersonId id = PersonId.of("person-0001");
    private String name = "张伟";
    private LocalDate birthDate = TestData.BIRTH_DATE;
    private int sequence = 123;
    private DivisionCode residence = TestData.HAISHU;
    private IdNumber idNumber;
    private Optional<PhoneNumber> phone = Optional.empty();
    private Optional<ResidencePermit> permit = Optional.empty();
    private final List<HouseholdMember> household = new ArrayList<>();

    private PersonBuilder() {
    }

    public static PersonBuilder aPerson() {
        return new PersonBuilder();
    }

    public PersonBuilder withId(String id) {
        return withId(PersonId.of(id));
    }

    public PersonBuilder withId(PersonId id) {
        this.id = id;
        return this;
    }

    public PersonBuilder named(String name) {
        this.name = name;
        return this;
    }

    /** Born on that day: the computed ID number carries it (unless an ID number is given). */
    public PersonBuilder bornOn(LocalDate birthDate) {
        this.birthDate = birthDate;
        return this;
    }

    /** The three-digit sequence of the computed ID number (two people born the same day differ by it). */
    public PersonBuilder withSequence(int sequence) {
        this.sequence = sequence;
        return this;
    }

    public PersonBuilder withIdNumber(IdNumber idNumber) {
        this.idNumber = idNumber;
        return this;
    }

    public PersonBuilder withIdNumber(String idNumber) {
        return withIdNumber(IdNumber.parse(idNumber));
    }

    public PersonBuilder livingIn(DivisionCode district) {
        this.residence = district;
        return this;
    }

    public PersonBuilder livingIn(String district) {
        return livingIn(DivisionCode.of(district));
    }

    public PersonBuilder withPhone(String phone) {
        this.phone = Optional.of(PhoneNumber.parse(phone));
        return this;
    }

    public PersonBuilder withPermit(ResidencePermit permit) {
        this.permit = Optional.of(permit);
        return this;
    }

    /** A Zhejiang residence permit issued by the residence district, valid over those days (both included). */
    public PersonBuilder withPermit(String number, LocalDate validFrom, LocalDate validTo) {
        return withPermit(new ResidencePermit(number, residence, validFrom, validTo));
    }

    public PersonBuilder withHouseholdMember(HouseholdMember member) {
        household.add(member);
        return this;
    }

    public Person build() {
        IdNumber number = idNumber != null ? idNumber
                : TestIdNumbers.idNumber(residence.value(), birthDate, sequence);
        return new Person(id, number, name, phone, permit, residence, household);
    }
}
