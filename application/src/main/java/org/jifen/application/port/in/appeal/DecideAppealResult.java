package org.jifen.application.port.in.appeal;

import java.util.List;
import java.util.Objects;
import org.jifen.domain.appeal.Appeal;
import org.jifen.domain.ledger.LedgerEntry;

/** The decided appeal and the correction entries it posted (none when dismissed). */
public record DecideAppealResult(Appeal appeal, List<LedgerEntry> corrections) {

    public DecideAppealResult {
        Objects.requireNonNull(appeal, "appeal");
        corrections = List.copyOf(corrections);
    }
}
