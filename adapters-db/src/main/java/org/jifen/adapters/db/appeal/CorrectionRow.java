package org.jifen.adapters.db.appeal;

/** One row of {@code appeal_correction}, the facts as JSON (public only because JDBI binds public types alone). */
public record CorrectionRow(String appealId, int positionNo, String indicatorCode, String facts) {
}
