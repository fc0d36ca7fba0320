package org.jifen.application.port.in.calendar;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jifen.domain.access.Caller;
import org.jifen.domain.calendar.CalendarYear;
import org.jifen.domain.shared.InvalidValueException;

/** Loads years of the working-day calendar (工作日历): holidays and make-up working days (调休). */
public record LoadCalendarCommand(Caller caller, List<CalendarYear> years) {

    public LoadCalendarCommand {
        Objects.requireNonNull(caller, "caller");
        years = List.copyOf(Objects.requireNonNull(years, "years"));
        if (years.isEmpty()) {
            throw new InvalidValueException("INVALID_CALENDAR", "years", "at least one year is required");
        }
        Set<Integer> seen = new HashSet<>();
        for (CalendarYear year : years) {
            if (!seen.add(year.year())) {
                throw new InvalidValueException("INVALID_CALENDAR", "years", year.year() + " is given twice");
            }
        }
    }
}
