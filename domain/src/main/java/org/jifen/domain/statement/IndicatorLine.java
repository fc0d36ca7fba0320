package org.jifen.domain.statement;

import java.util.List;
import java.util.Objects;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.catalogue.IndicatorKind;
import org.jifen.domain.catalogue.ScoringMethod;
import org.jifen.domain.ledger.LedgerEntry;
import org.jifen.domain.shared.Points;

/** One indicator on a score statement: its balance, its cap and every entry behind the balance. */
public record IndicatorLine(
        IndicatorCode code,
        String chineseName,
        String englishName,
        IndicatorKind kind,
        ScoringMethod method,
        Points balance,
        Points cap,
        List<LedgerEntry> entries) {

    public IndicatorLine {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(balance, "balance");
        Objects.requireNonNull(cap, "cap");
        entries = List.copyOf(entries);
    }
}
