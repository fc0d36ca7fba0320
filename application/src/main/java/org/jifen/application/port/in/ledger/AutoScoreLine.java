package org.jifen.application.port.in.ledger;

import java.util.Optional;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.ledger.LedgerEntry;
import org.jifen.domain.shared.Points;

/**
 * One {@code AUTO} indicator scored: the target balance from the facts, and the entry posted (none
 * when the balance already matched). {@code facts} says in words what was used, e.g. "61 MONTH".
 */
public record AutoScoreLine(IndicatorCode indicator, String facts, Points target, Optional<LedgerEntry> posted) {
}
