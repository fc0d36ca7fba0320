package org.jifen.application.port.in.person;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.person.HouseholdMember;
import org.jifen.domain.person.Person;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.person.Relation;
import org.jifen.domain.person.ResidencePermit;

/**
 * A person as a caller sees them: ID numbers and phone masked ({@code 330203********1232},
 * {@code 138****5678}) unless {@code revealed}, when they are whole.
 */
public record PersonView(
        PersonId personId,
        String idNumber,
        String name,
        Optional<String> phone,
        Optional<ResidencePermit> permit,
        DivisionCode residenceDistrict,
        List<Member> household,
        boolean revealed) {

    public PersonView {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(permit, "permit");
        Objects.requireNonNull(residenceDistrict, "residenceDistrict");
        household = List.copyOf(household);
    }

    /** A household member as seen: the ID number masked unless the view is revealed. */
    public record Member(Relation relation, String idNumber, String name, Optional<PersonId> person) {

        public Member {
            Objects.requireNonNull(relation, "relation");
            Objects.requireNonNull(idNumber, "idNumber");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(person, "person");
        }
    }

    /** The masked view: what every caller sees by default. */
    public static PersonView masked(Person person) {
        return of(person, false);
    }

    /** The whole view: only for an audited reveal. */
    public static PersonView revealed(Person person) {
        return of(person, true);
    }

    private static PersonView of(Person person, boolean reveal) {
        List<Member> members = person.household().stream().map(m -> member(m, reveal)).toList();
        return new PersonView(person.id(), reveal ? person.idNumber().value() : person.idNumber().masked(),
                person.name(), person.phone().map(p -> reveal ? p.value() : p.masked()), person.permit(),
                person.residenceDistrict(), members, reveal);
    }

    private static Member member(HouseholdMember member, boolean reveal) {
        return new Member(member.relation(), reveal ? member.idNumber().value() : member.idNumber().masked(),
                member.name(), member.person());
    }
}
