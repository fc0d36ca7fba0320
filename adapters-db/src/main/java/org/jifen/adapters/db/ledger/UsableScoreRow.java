package org.jifen.adapters.db.ledger;

import java.math.BigDecimal;

/** One line of the ranking query (public only because JDBI maps public types alone). */
public record UsableScoreRow(String personId, BigDecimal total) {
}
