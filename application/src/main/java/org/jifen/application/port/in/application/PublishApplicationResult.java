package org.jifen.application.port.in.application;

import java.util.List;
import java.util.Objects;
import org.jifen.domain.application.PointsApplication;
import org.jifen.domain.ledger.LedgerEntry;

/** The published application and the ledger entries its publication posted. */
public record PublishApplicationResult(PointsApplication application, List<LedgerEntry> posted) {

    public PublishApplicationResult {
        Objects.requireNonNull(application, "application");
        posted = List.copyOf(posted);
    }
}
