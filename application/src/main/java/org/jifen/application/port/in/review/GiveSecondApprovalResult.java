package org.jifen.application.port.in.review;

import java.util.Objects;
import java.util.Optional;
import org.jifen.domain.application.PointsApplication;
import org.jifen.domain.ledger.LedgerEntry;

/** The application after a second approval, and the penalty entry posted when a deduction was approved. */
public record GiveSecondApprovalResult(PointsApplication application, Optional<LedgerEntry> posted) {

    public GiveSecondApprovalResult {
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(posted, "posted");
    }
}
