package org.jifen.domain.programme;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jifen.domain.person.PersonId;

/**
 * One entry of a round (参与分配的申请): the applicant whose points the family uses, the beneficiary
 * (a child, a spouse, the applicant), the places wanted, most wanted first (志愿), and the places whose
 * catchment (学区) the beneficiary lives in. Preferences keep their order with repeats dropped; the
 * catchment is held sorted, so no hash order ever shows.
 */
public record RoundCandidate(PersonId applicant, Beneficiary beneficiary, List<PlaceCode> preferences,
        Set<PlaceCode> catchment) {

    public RoundCandidate {
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(beneficiary, "beneficiary");
        preferences = List.copyOf(new LinkedHashSet<>(preferences));
        catchment = Collections.unmodifiableSortedSet(new TreeSet<>(catchment));
    }

    /** A candidate with no catchment priority anywhere. */
    public RoundCandidate(PersonId applicant, Beneficiary beneficiary, List<PlaceCode> preferences) {
        this(applicant, beneficiary, preferences, Set.of());
    }
}
