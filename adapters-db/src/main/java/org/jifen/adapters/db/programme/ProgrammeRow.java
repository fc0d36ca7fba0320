package org.jifen.adapters.db.programme;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One row of {@code programme} (public only because JDBI binds the methods of public types alone). */
public record ProgrammeRow(
        String programmeCode,
        String kind,
        String name,
        String district,
        LocalDate cutoffDate,
        BigDecimal minScore,
        boolean excludeTrialRun) {
}
