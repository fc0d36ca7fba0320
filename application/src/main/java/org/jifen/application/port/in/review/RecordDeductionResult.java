package org.jifen.application.port.in.review;

import java.util.Objects;
import java.util.Optional;
import org.jifen.domain.application.Deduction;
import org.jifen.domain.application.PointsApplication;
import org.jifen.domain.ledger.LedgerEntry;

/**
 * The application with the penalty event recorded, the event, and its ledger entry when it was posted
 * at once (empty while it waits for a second approval).
 */
public record RecordDeductionResult(PointsApplication application, Deduction deduction, Optional<LedgerEntry> posted) {

    public RecordDeductionResult {
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(deduction, "deduction");
        Objects.requireNonNull(posted, "posted");
    }
}
