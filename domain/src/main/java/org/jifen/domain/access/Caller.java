package org.jifen.domain.access;

import java.util.Objects;
import java.util.Optional;
import org.jifen.domain.catalogue.Department;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.person.PersonId;

/**
 * Who is asking, as an adapter authenticated them: subject, role, the jurisdiction they act in (a
 * city or province code covers the districts below it), the department of a reviewer and the
 * person of an applicant.
 */
public record Caller(
        String subject, Role role, DivisionCode jurisdiction, Optional<Department> department,
        Optional<PersonId> person) {

    public Caller {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("a caller needs a subject");
        }
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(person, "person");
        if (role == Role.REVIEWER && department.isEmpty()) {
            throw new IllegalArgumentException("a reviewer needs a department");
        }
        if (role == Role.APPLICANT && person.isEmpty()) {
            throw new IllegalArgumentException("an applicant needs a person");
        }
    }

    public static Caller of(String subject, Role role, DivisionCode jurisdiction) {
        return new Caller(subject, role, jurisdiction, Optional.empty(), Optional.empty());
    }

    public static Caller reviewer(String subject, DivisionCode jurisdiction, Department department) {
        return new Caller(subject, Role.REVIEWER, jurisdiction, Optional.of(department), Optional.empty());
    }

    public static Caller applicant(String subject, DivisionCode jurisdiction, PersonId person) {
        return new Caller(subject, Role.APPLICANT, jurisdiction, Optional.empty(), Optional.of(person));
    }

    /** Whether the caller acts in a jurisdiction that covers this district. */
    public boolean covers(DivisionCode district) {
        return jurisdiction.contains(district);
    }

    public boolean is(Role... roles) {
        for (Role r : roles) {
            if (r == role) {
                return true;
            }
        }
        return false;
    }

    /** Whether the caller is the applicant of this person. */
    public boolean isPerson(PersonId id) {
        return role == Role.APPLICANT && person.filter(id::equals).isPresent();
    }
}
