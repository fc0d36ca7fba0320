package org.jifen.application.port.in.ledger;

import java.time.LocalDate;
import java.util.Objects;
import org.jifen.domain.jurisdiction.DivisionCode;

/**
 * The outcome of auto-scoring a district: how many persons are resident there, how many of them got
 * entries, and how many entries were posted in all.
 */
public record ScoreDistrictResult(DivisionCode district, LocalDate on, int persons, int personsPosted,
        int entriesPosted) {

    public ScoreDistrictResult {
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(on, "on");
    }
}
