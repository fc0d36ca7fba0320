package org.jifen.application.memory;

import java.util.List;
import org.jifen.application.port.out.calendar.WorkingCalendarRepository;
import org.jifen.domain.calendar.CalendarYear;
import org.jifen.domain.calendar.WorkingDayCalendar;

/** The working-day calendar in memory, empty until years are put. */
public final class InMemoryWorkingCalendarRepository implements WorkingCalendarRepository, Snapshotting {

    private volatile WorkingDayCalendar calendar = WorkingDayCalendar.of(List.of());

    @Override
    public WorkingDayCalendar calendar() {
        return calendar;
    }

    @Override
    public synchronized void put(CalendarYear year) {
        calendar = calendar.with(year);
    }

    @Override
    public Object snapshot() {
        return calendar;
    }

    @Override
    public synchronized void restore(Object snapshot) {
        calendar = (WorkingDayCalendar) snapshot;
    }
}
