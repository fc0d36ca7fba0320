package org.jifen.application.port.out.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jifen.application.TestCalendars;
import org.jifen.domain.calendar.CalendarYear;
import org.jifen.domain.calendar.WorkingDayCalendar;
import org.jifen.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

/**
 * What every {@link WorkingCalendarRepository} adapter must do. An adapter's test extends this class and
 * returns the same repository for every call within one test, empty at the start of each test.
 *
 * <p>The calendar answers exactly what the years put say: every day of a year put is a working day or
 * not as {@link WorkingDayCalendar} decides from that year's holidays and make-up working days (调休);
 * a year never put is not covered ({@code CALENDAR_NOT_COVERED}); putting a year again replaces it whole.
 */
public abstract class WorkingCalendarRepositoryContract {

    /** The repository under test. */
    protected abstract WorkingCalendarRepository calendarRepository();

    /** Every day of a year is answered as the expected calendar answers it. */
    private void assertAnswersAsExpectedEveryDayOf(int year, WorkingDayCalendar expected) {
        WorkingDayCalendar calendar = calendarRepository().calendar();
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            assertThat(calendar.isWorkingDay(day)).as(day.toString()).isEqualTo(expected.isWorkingDay(day));
        }
    }

    @Test
    void anEmptyRepository_coversNoYear() {
        WorkingDayCalendar calendar = calendarRepository().calendar();

        assertThat(calendar.years()).isEmpty();
        assertThat(calendar.covers(2024)).isFalse();
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2024, 5, 6)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("CALENDAR_NOT_COVERED"));
    }

    @Test
    void aYearPut_isAnsweredDayByDayWithHolidaysAndMakeUpWorkingDays() {
        calendarRepository().put(TestCalendars.year2024());

        WorkingDayCalendar calendar = calendarRepository().calendar();
        assertThat(calendar.years()).containsExactly(2024);
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 5, 1))).as("劳动节, a Wednesday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 5, 6))).as("the Monday after").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 4, 28))).as("make-up Sunday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 5, 11))).as("make-up Saturday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 5, 18))).as("an ordinary Saturday").isFalse();
        assertThat(calendar.plusWorkingDays(LocalDate.of(2024, 4, 30), 5)).isEqualTo(LocalDate.of(2024, 5, 10));
        assertAnswersAsExpectedEveryDayOf(2024, WorkingDayCalendar.of(List.of(TestCalendars.year2024())));
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2025, 1, 2)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("CALENDAR_NOT_COVERED"));
    }

    @Test
    void severalYearsPut_areEachAnswered() {
        calendarRepository().put(TestCalendars.year2025());
        calendarRepository().put(TestCalendars.year2024());

        WorkingDayCalendar calendar = calendarRepository().calendar();
        assertThat(calendar.years()).containsExactly(2024, 2025);
        assertAnswersAsExpectedEveryDayOf(2024, TestCalendars.calendar());
        assertAnswersAsExpectedEveryDayOf(2025, TestCalendars.calendar());
        assertThat(calendar.plusWorkingDays(LocalDate.of(2024, 12, 27), 5)).as("across the new year")
                .isEqualTo(LocalDate.of(2025, 1, 6));
    }

    @Test
    void puttingAYearAgain_replacesItWhole() {
        calendarRepository().put(TestCalendars.year2024());
        calendarRepository().put(TestCalendars.year2025());
        CalendarYear original = TestCalendars.year2024();
        Set<LocalDate> holidays = new HashSet<>(original.holidays());
        holidays.remove(LocalDate.of(2024, 5, 3));
        holidays.add(LocalDate.of(2024, 12, 31));
        Set<LocalDate> makeUp = new HashSet<>(original.makeUpWorkdays());
        makeUp.remove(LocalDate.of(2024, 5, 11));
        CalendarYear corrected = new CalendarYear(2024, holidays, makeUp);

        calendarRepository().put(corrected);

        WorkingDayCalendar calendar = calendarRepository().calendar();
        assertThat(calendar.years()).containsExactly(2024, 2025);
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 5, 3))).as("no longer a holiday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 12, 31))).as("now a holiday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 5, 11))).as("no longer a make-up day").isFalse();
        assertAnswersAsExpectedEveryDayOf(2024, WorkingDayCalendar.of(List.of(corrected)));
        assertAnswersAsExpectedEveryDayOf(2025, TestCalendars.calendar());
    }

    @Test
    void aYearWithoutHolidaysOrMakeUpDays_isAnsweredByWeekdaysAlone() {
        calendarRepository().put(new CalendarYear(2030, Set.of(), Set.of()));

        WorkingDayCalendar calendar = calendarRepository().calendar();
        assertThat(calendar.covers(2030)).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2030, 1, 1))).as("a Tuesday, no holidays loaded").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2030, 1, 5))).as("a Saturday").isFalse();
    }
}
