package org.jifen.adapters.db.systemdata;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One row of {@code system_data} (public only because JDBI binds the methods of public types alone). */
public record SystemDataRow(String personId, String indicatorCode, LocalDate asOf, BigDecimal quantity) {
}
