package org.jifen.domain.programme;

import java.util.Objects;
import java.util.Optional;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.shared.Points;

/**
 * One line of a round's result: the rank (1 = best; 0 when the candidate took no part), the applicant
 * whose score served the family (the higher-scoring parent when both applied), the beneficiary, the
 * score used, the place obtained, and otherwise why not: the reason's code and a text that explains it
 * with the numbers ({@code 积分45.00低于本项目最低分60.00}); the text is empty for a placed candidate.
 */
public record RoundResultLine(
        int rank,
        PersonId applicant,
        Beneficiary beneficiary,
        Points score,
        Optional<PlaceCode> place,
        Optional<ResultReason> reason,
        String reasonText) {

    public RoundResultLine {
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(beneficiary, "beneficiary");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(reasonText, "reasonText");
        if (rank < 0) {
            throw new IllegalArgumentException("a rank is 1 or more, or 0 for a candidate who took no part");
        }
        boolean excluded = reason.filter(ResultReason::isExclusion).isPresent();
        if ((rank == 0) != excluded) {
            throw new IllegalArgumentException("rank 0 goes with an exclusion reason, and only with one");
        }
        if (place.isPresent() == reason.isPresent()) {
            throw new IllegalArgumentException("a line has either a place or a reason for having none");
        }
        if (reason.isPresent() && reasonText.isBlank()) {
            throw new IllegalArgumentException("a reason needs its text");
        }
    }

    /** Whether the candidate obtained a place. */
    public boolean placed() {
        return place.isPresent();
    }

    /** Whether the candidate took no part in the ranking (below the minimum, frozen, not eligible). */
    public boolean excluded() {
        return rank == 0;
    }
}
