package org.jifen.adapters.db.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jifen.adapters.db.JdbiTransactionRunner;
import org.jifen.adapters.db.JifenDatabase;
import org.jifen.adapters.db.TransactionLocks;
import org.jifen.application.port.out.calendar.WorkingCalendarRepository;
import org.jifen.domain.calendar.CalendarYear;
import org.jifen.domain.calendar.WorkingDayCalendar;

/**
 * The working-day calendar in {@code calendar_year} and {@code calendar_day}: a year put is stored with
 * its holidays and make-up working days, replacing the days stored for it before, under the year's
 * transaction lock so that two operators putting one year do not mix their days.
 */
public final class JdbiWorkingCalendarRepository implements WorkingCalendarRepository {

    /** The {@link TransactionLocks} scope of a calendar year (the key is the year). */
    public static final String LOCK_SCOPE = "calendar";

    private final JdbiTransactionRunner transactions;
    private final TransactionLocks locks;

    public JdbiWorkingCalendarRepository(JifenDatabase database) {
        Objects.requireNonNull(database, "database");
        this.transactions = database.transactions();
        this.locks = database.locks();
    }

    @Override
    public WorkingDayCalendar calendar() {
        return transactions.withDao(CalendarDao.class, dao -> {
            Map<Integer, Set<LocalDate>> holidays = new HashMap<>();
            Map<Integer, Set<LocalDate>> makeUp = new HashMap<>();
            for (CalendarDayRow day : dao.days()) {
                (CalendarDayRow.HOLIDAY.equals(day.dayKind()) ? holidays : makeUp)
                        .computeIfAbsent(day.calendarYear(), y -> new HashSet<>()).add(day.dayOn());
            }
            List<CalendarYear> years = new ArrayList<>();
            for (int year : dao.years()) {
                years.add(new CalendarYear(year, holidays.getOrDefault(year, Set.of()),
                        makeUp.getOrDefault(year, Set.of())));
            }
            return WorkingDayCalendar.of(years);
        });
    }

    @Override
    public void put(CalendarYear year) {
        List<CalendarDayRow> days = new ArrayList<>();
        year.holidays().stream().sorted()
                .forEach(day -> days.add(new CalendarDayRow(year.year(), day, CalendarDayRow.HOLIDAY)));
        year.makeUpWorkdays().stream().sorted()
                .forEach(day -> days.add(new CalendarDayRow(year.year(), day, CalendarDayRow.MAKE_UP_WORKDAY)));
        transactions.inTransaction(() -> {
            locks.lock(LOCK_SCOPE, Integer.toString(year.year()));
            transactions.useDao(CalendarDao.class, dao -> {
                if (dao.countYear(year.year()) == 0) {
                    dao.insertYear(year.year());
                } else {
                    dao.deleteDays(year.year());
                }
                if (!days.isEmpty()) {
                    dao.insertDays(days);
                }
            });
            return null;
        });
    }
}
