package org.jifen.adapters.db.programme;

/**
 * One row of {@code programme_tie_break}: {@code INDICATOR_POINTS} with its indicator or
 * {@code EARLIER_SUBMISSION} (public only because JDBI binds the methods of public types alone).
 */
public record TieBreakRow(String programmeCode, int positionNo, String tieBreakKind, String indicatorCode) {

    static final String INDICATOR_POINTS = "INDICATOR_POINTS";
    static final String EARLIER_SUBMISSION = "EARLIER_SUBMISSION";
}
