package org.jifen.adapters.db.programme;

/** One row of {@code programme_place} (public only because JDBI binds the methods of public types alone). */
public record ProgrammePlaceRow(String programmeCode, String placeCode, int seats) {
}
