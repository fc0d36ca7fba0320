package org.jifen.application.port.in.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jifen.domain.access.Caller;
import org.jifen.domain.jurisdiction.DivisionCode;

/** The ranking of usable scores in a district effective on a date, as known at a time (now when empty). */
public record DistrictRankingQuery(Caller caller, DivisionCode district, LocalDate on, Optional<Instant> knownAt) {

    public DistrictRankingQuery {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(knownAt, "knownAt");
    }
}
