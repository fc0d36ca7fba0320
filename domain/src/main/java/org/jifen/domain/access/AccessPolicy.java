package org.jifen.domain.access;

import java.util.Arrays;
import java.util.Optional;
import org.jifen.domain.catalogue.Department;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.person.Person;
import org.jifen.domain.person.PersonId;

/**
 * The authorization rules every use case applies, so that every adapter gets the same answers
 * (DOMAIN.md §7). Each check throws {@link AccessDeniedException} with a stable code.
 */
public final class AccessPolicy {

    private AccessPolicy() {
    }

    /** The caller's role is one of these, or {@code FORBIDDEN}. */
    public static void requireRole(Caller caller, Role... allowed) {
        if (!caller.is(allowed)) {
            throw new AccessDeniedException("FORBIDDEN", "role " + caller.role() + " may not do this (allowed: "
                    + Arrays.toString(allowed) + ")");
        }
    }

    /** The caller's jurisdiction covers the district, or {@code OUT_OF_JURISDICTION}. */
    public static void requireJurisdiction(Caller caller, DivisionCode district) {
        if (!caller.covers(district)) {
            throw new AccessDeniedException("OUT_OF_JURISDICTION", caller.subject() + " acts in "
                    + caller.jurisdiction() + ", which does not cover " + district);
        }
    }

    /** The caller is a reviewer of this department, or {@code WRONG_DEPARTMENT}. */
    public static void requireDepartment(Caller caller, Department department) {
        if (caller.department().filter(department::equals).isEmpty()) {
            throw new AccessDeniedException("WRONG_DEPARTMENT", "this is decided by " + department + ", not by "
                    + caller.department().map(Department::name).orElse("a caller without department"));
        }
    }

    /**
     * 回避: staff never act on their own household's application, or {@code CONFLICT_OF_INTEREST}.
     * The caller is in the applicant's household when the caller's person is the applicant or a
     * registered member of the applicant's household, or when the caller's own record
     * ({@code callerPerson}, if registered) names the applicant as a member — by person id or by
     * ID number, whichever side registered the link.
     */
    public static void requireNoConflictOfInterest(Caller caller, Person applicant, Optional<Person> callerPerson) {
        boolean conflict = caller.person().filter(applicant::householdIncludes).isPresent()
                || callerPerson.filter(own -> own.idNumber().equals(applicant.idNumber())
                        || own.householdIncludes(applicant.id())
                        || own.household().stream().anyMatch(m -> m.idNumber().equals(applicant.idNumber()))
                        || applicant.household().stream().anyMatch(m -> m.idNumber().equals(own.idNumber())))
                        .isPresent();
        if (conflict) {
            throw new AccessDeniedException("CONFLICT_OF_INTEREST", caller.subject()
                    + " belongs to the applicant's household and may not act on this application");
        }
    }

    /**
     * Reading a person's data: the applicant themself, or staff (any role but APPLICANT and SYSTEM)
     * whose jurisdiction covers the person's district.
     */
    public static void requireOwnOrStaff(Caller caller, PersonId person, DivisionCode personDistrict) {
        if (caller.role() == Role.APPLICANT) {
            if (!caller.isPerson(person)) {
                throw new AccessDeniedException("NOT_OWN_DATA", "an applicant sees only their own data");
            }
            return;
        }
        requireRole(caller, Role.CLERK, Role.REVIEWER, Role.SUPERVISOR, Role.ADMIN, Role.AUDITOR);
        requireJurisdiction(caller, personDistrict);
    }

    /** Whether this role may see ID numbers and phones whole (each reveal is audited). */
    public static boolean mayReveal(Caller caller) {
        return caller.is(Role.CLERK, Role.SUPERVISOR, Role.ADMIN);
    }
}
