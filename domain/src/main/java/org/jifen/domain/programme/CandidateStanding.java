package org.jifen.domain.programme;

import java.util.Objects;
import java.util.Optional;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.shared.Points;

/**
 * How a candidate stands before the allocation: the applicant whose usable score serves the family,
 * that score, and either the ranking key (the candidate takes part) or the exclusion reason with its
 * explaining text (the candidate takes no part). Built by {@link Allocation#assess}.
 */
public record CandidateStanding(
        RoundCandidate candidate,
        PersonId servedBy,
        Points score,
        Optional<RankingKey> key,
        Optional<ResultReason> exclusion,
        String reasonText) {

    public CandidateStanding {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(servedBy, "servedBy");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(exclusion, "exclusion");
        Objects.requireNonNull(reasonText, "reasonText");
        if (key.isPresent() == exclusion.isPresent()) {
            throw new IllegalArgumentException("a candidate either takes part (with a ranking key) or is excluded"
                    + " (with a reason)");
        }
        if (exclusion.filter(r -> !r.isExclusion()).isPresent()) {
            throw new IllegalArgumentException(exclusion.get() + " is not an exclusion");
        }
    }

    public static CandidateStanding eligible(RoundCandidate candidate, PersonId servedBy, Points score,
            RankingKey key) {
        return new CandidateStanding(candidate, servedBy, score, Optional.of(key), Optional.empty(), "");
    }

    public static CandidateStanding excluded(RoundCandidate candidate, PersonId servedBy, Points score,
            ResultReason reason, String text) {
        return new CandidateStanding(candidate, servedBy, score, Optional.empty(), Optional.of(reason), text);
    }

    public boolean takesPart() {
        return key.isPresent();
    }
}
