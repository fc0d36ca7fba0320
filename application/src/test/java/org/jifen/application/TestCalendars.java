package org.jifen.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jifen.domain.calendar.CalendarYear;
import org.jifen.domain.calendar.WorkingDayCalendar;

/**
 * The working-day calendar of 2024 and 2025 as the State Council published it, in Java for tests:
 * the same data as the CLI's {@code calendar/china-working-days.yaml}.
 * <ul>
 * <li>2024: 国务院办公厅关于2024年部分节假日安排的通知 (国办发明电〔2023〕7号, 2023-10-25).</li>
 * <li>2025: 国务院办公厅关于2025年部分节假日安排的通知 (国办发明电〔2024〕12号, 2024-11-12).</li>
 * <li>2026: 国务院办公厅关于2026年部分节假日安排的通知 (国办发明电〔2025〕7号, 2025-11-04); only in
 * {@link #year2026()} and {@link #shipped()}, so tests on {@link #years()} keep 2026 uncovered.</li>
 * </ul>
 * Holidays are every day of each period off (weekend days included); make-up working days (调休上班)
 * are the weekend days worked.
 */
public final class TestCalendars {

    private TestCalendars() {
    }

    /** 2024: 28 days off, 8 make-up working days. */
    public static CalendarYear year2024() {
        Set<LocalDate> holidays = new TreeSet<>();
        holidays.addAll(days(2024, 1, 1, 1, 1));    // 元旦
        holidays.addAll(days(2024, 2, 10, 2, 17));  // 春节
        holidays.addAll(days(2024, 4, 4, 4, 6));    // 清明节
        holidays.addAll(days(2024, 5, 1, 5, 5));    // 劳动节
        holidays.addAll(days(2024, 6, 10, 6, 10));  // 端午节
        holidays.addAll(days(2024, 9, 15, 9, 17));  // 中秋节
        holidays.addAll(days(2024, 10, 1, 10, 7));  // 国庆节
        Set<LocalDate> makeUp = Set.of(
                LocalDate.of(2024, 2, 4), LocalDate.of(2024, 2, 18),    // 春节
                LocalDate.of(2024, 4, 7),                               // 清明节
                LocalDate.of(2024, 4, 28), LocalDate.of(2024, 5, 11),   // 劳动节
                LocalDate.of(2024, 9, 14),                              // 中秋节
                LocalDate.of(2024, 9, 29), LocalDate.of(2024, 10, 12)); // 国庆节
        return new CalendarYear(2024, holidays, makeUp);
    }

    /** 2025: 28 days off, 5 make-up working days. */
    public static CalendarYear year2025() {
        Set<LocalDate> holidays = new TreeSet<>();
        holidays.addAll(days(2025, 1, 1, 1, 1));    // 元旦
        holidays.addAll(days(2025, 1, 28, 2, 4));   // 春节
        holidays.addAll(days(2025, 4, 4, 4, 6));    // 清明节
        holidays.addAll(days(2025, 5, 1, 5, 5));    // 劳动节
        holidays.addAll(days(2025, 5, 31, 6, 2));   // 端午节
        holidays.addAll(days(2025, 10, 1, 10, 8));  // 国庆节、中秋节
        Set<LocalDate> makeUp = Set.of(
                LocalDate.of(2025, 1, 26), LocalDate.of(2025, 2, 8),    // 春节
                LocalDate.of(2025, 4, 27),                              // 劳动节
                LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 11)); // 国庆节、中秋节
        return new CalendarYear(2025, holidays, makeUp);
    }

    /** 2026: 33 days off, 6 make-up working days. */
    public static CalendarYear year2026() {
        Set<LocalDate> holidays = new TreeSet<>();
        holidays.addAll(days(2026, 1, 1, 1, 3));    // 元旦
        holidays.addAll(days(2026, 2, 15, 2, 23));  // 春节
        holidays.addAll(days(2026, 4, 4, 4, 6));    // 清明节
        holidays.addAll(days(2026, 5, 1, 5, 5));    // 劳动节
        holidays.addAll(days(2026, 6, 19, 6, 21));  // 端午节
        holidays.addAll(days(2026, 9, 25, 9, 27));  // 中秋节
        holidays.addAll(days(2026, 10, 1, 10, 7));  // 国庆节
        Set<LocalDate> makeUp = Set.of(
                LocalDate.of(2026, 1, 4),                               // 元旦
                LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 28),   // 春节
                LocalDate.of(2026, 5, 9),                               // 劳动节
                LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 10)); // 国庆节
        return new CalendarYear(2026, holidays, makeUp);
    }

    /** The three years the shipped calendar file holds. */
    public static List<CalendarYear> shipped() {
        return List.of(year2024(), year2025(), year2026());
    }

    /** 2024 and 2025. */
    public static List<CalendarYear> years() {
        return List.of(year2024(), year2025());
    }

    /** A calendar covering 2024 and 2025 only. */
    public static WorkingDayCalendar calendar() {
        return WorkingDayCalendar.of(years());
    }

    /** Every day from one date to another, both included. */
    private static List<LocalDate> days(int year, int fromMonth, int fromDay, int toMonth, int toDay) {
        List<LocalDate> days = new ArrayList<>();
        LocalDate to = LocalDate.of(year, toMonth, toDay);
        for (LocalDate day = LocalDate.of(year, fromMonth, fromDay); !day.isAfter(to); day = day.plusDays(1)) {
            days.add(day);
        }
        return days;
    }
}
