package org.jifen.adapters.db.programme;

/** One row of {@code round_place} (public only because JDBI binds the methods of public types alone). */
public record RoundPlaceRow(String roundId, String placeCode, int seats) {
}
