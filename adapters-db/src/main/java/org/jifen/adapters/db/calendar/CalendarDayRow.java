package org.jifen.adapters.db.calendar;

import java.time.LocalDate;

/**
 * One row of {@code calendar_day}: a holiday or make-up working day of a year (public only because JDBI
 * binds the methods of public types alone).
 */
public record CalendarDayRow(int calendarYear, LocalDate dayOn, String dayKind) {

    static final String HOLIDAY = "HOLIDAY";
    static final String MAKE_UP_WORKDAY = "MAKE_UP_WORKDAY";
}
