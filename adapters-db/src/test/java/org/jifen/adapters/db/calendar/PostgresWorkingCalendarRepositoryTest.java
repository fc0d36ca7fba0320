package org.jifen.adapters.db.calendar;

import org.jifen.adapters.db.TestDatabase;
import org.jifen.application.port.out.calendar.WorkingCalendarRepository;
import org.jifen.application.port.out.calendar.WorkingCalendarRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The WorkingCalendarRepository contract on PostgreSQL. */
class PostgresWorkingCalendarRepositoryTest extends WorkingCalendarRepositoryContract {

    @RegisterExtension
    final TestDatabase db = TestDatabase.postgres();

    @Override
    protected WorkingCalendarRepository calendarRepository() {
        return db.get(JdbiWorkingCalendarRepository.class, JdbiWorkingCalendarRepository::new);
    }
}
