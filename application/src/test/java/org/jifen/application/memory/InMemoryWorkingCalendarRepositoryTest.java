package org.jifen.application.memory;

import java.time.LocalDate;
import org.jifen.application.port.out.calendar.WorkingCalendarRepository;
import org.jifen.application.port.out.calendar.WorkingCalendarRepositoryContract;

/** The in-memory adapter against its port contract, on a fresh {@link InMemoryAdapters} per test. */
class InMemoryWorkingCalendarRepositoryTest extends WorkingCalendarRepositoryContract {

    private final InMemoryAdapters adapters = new InMemoryAdapters(SettableClock.at(LocalDate.of(2024, 5, 2)));

    @Override
    protected WorkingCalendarRepository calendarRepository() {
        return adapters.calendar();
    }
}
