package org.jifen.application.port.out.calendar;

import org.jifen.domain.calendar.CalendarYear;
import org.jifen.domain.calendar.WorkingDayCalendar;

/** The working-day calendar (工作日历) as data the operator updates. */
public interface WorkingCalendarRepository {

    WorkingDayCalendar calendar();

    /** Adds a year, or replaces it when the State Council's schedule is corrected. */
    void put(CalendarYear year);
}
