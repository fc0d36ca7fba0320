package org.jifen.application.port.out.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jifen.domain.jurisdiction.DivisionCode;

/**
 * The district-wide ranking of usable scores, computed where the ledger is (in SQL on a database).
 * Its answer is, person by person, the total of the score statement
 * ({@link org.jifen.domain.statement.ScoreStatements}) for the same district, date and time: only entries
 * effective on or before {@code on} and recorded at or before {@code knownAt}; only entries of the
 * catalogue versions in force on {@code on} for the district (its province's provincial tier, its city's
 * municipal tier, its own district tier); each tier's bonus subtotal capped at the tier's maximum
 * (100 / 150 / 50) plus its deductions; the total clamped to [0, 300].
 */
public interface UsableScoreQuery {

    /**
     * Every person whose residence is registered in {@code district} (those without entries at 0.00),
     * ordered by total, highest first, then by person id.
     */
    List<UsableScore> rank(DivisionCode district, LocalDate on, Instant knownAt);
}
