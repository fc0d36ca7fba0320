package org.jifen.application.port.in.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jifen.application.port.out.ledger.UsableScore;
import org.jifen.domain.jurisdiction.DivisionCode;

/**
 * Every person resident in the district with their usable score effective on {@code on} as known at
 * {@code knownAt}, highest first (then by person id).
 */
public record DistrictRanking(DivisionCode district, LocalDate on, Instant knownAt, List<UsableScore> scores) {

    public DistrictRanking {
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(knownAt, "knownAt");
        scores = List.copyOf(scores);
    }
}
