package org.jifen.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jifen.domain.shared.InvalidValueException;

/**
 * One year of the working-day calendar as the State Council publishes it: public holidays (法定节假日,
 * days off even on weekdays) and make-up working days (调休上班, weekend days worked).
 */
public record CalendarYear(int year, Set<LocalDate> holidays, Set<LocalDate> makeUpWorkdays) {

    public CalendarYear {
        holidays = Set.copyOf(new TreeSet<>(Objects.requireNonNull(holidays, "holidays")));
        makeUpWorkdays = Set.copyOf(new TreeSet<>(Objects.requireNonNull(makeUpWorkdays, "makeUpWorkdays")));
        for (LocalDate day : holidays) {
            requireInYear(year, day, "holidays");
        }
        for (LocalDate day : makeUpWorkdays) {
            requireInYear(year, day, "makeUpWorkdays");
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                throw new InvalidValueException("INVALID_CALENDAR", "makeUpWorkdays",
                        day + " is a " + day.getDayOfWeek() + ", a make-up working day is a weekend day");
            }
            if (holidays.contains(day)) {
                throw new InvalidValueException("INVALID_CALENDAR", "makeUpWorkdays",
                        day + " is listed both as a holiday and as a make-up working day");
            }
        }
    }

    private static void requireInYear(int year, LocalDate day, String field) {
        if (day.getYear() != year) {
            throw new InvalidValueException("INVALID_CALENDAR", field, day + " is not in " + year);
        }
    }
}
