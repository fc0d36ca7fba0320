package org.jifen.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * Working days (工作日): Monday to Friday, less public holidays, plus make-up working days (调休).
 * Only years loaded are answered; a date in another year is refused rather than guessed, since a
 * wrong guess would shorten a citizen's publication or appeal period.
 */
public final class WorkingDayCalendar {

    private final Map<Integer, CalendarYear> years;

    private WorkingDayCalendar(Map<Integer, CalendarYear> years) {
        this.years = Map.copyOf(years);
    }

    public static WorkingDayCalendar of(Collection<CalendarYear> years) {
        Map<Integer, CalendarYear> byYear = new TreeMap<>();
        for (CalendarYear year : years) {
            byYear.put(year.year(), year);
        }
        return new WorkingDayCalendar(byYear);
    }

    /** This calendar with a year added or replaced. */
    public WorkingDayCalendar with(CalendarYear year) {
        Map<Integer, CalendarYear> more = new TreeMap<>(years);
        more.put(year.year(), year);
        return new WorkingDayCalendar(more);
    }

    public boolean covers(int year) {
        return years.containsKey(year);
    }

    public java.util.SortedSet<Integer> years() {
        return new java.util.TreeSet<>(years.keySet());
    }

    public boolean isWorkingDay(LocalDate day) {
        CalendarYear year = years.get(day.getYear());
        if (year == null) {
            throw new CalendarNotCoveredException(day.getYear());
        }
        if (year.makeUpWorkdays().contains(day)) {
            return true;
        }
        if (year.holidays().contains(day)) {
            return false;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The {@code n}-th working day after {@code start} (start itself not counted); n ≥ 1. */
    public LocalDate plusWorkingDays(LocalDate start, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1");
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
