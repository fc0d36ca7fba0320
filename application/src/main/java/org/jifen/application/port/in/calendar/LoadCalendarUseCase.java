package org.jifen.application.port.in.calendar;

/**
 * 工作日历: an ADMIN loads years of the working-day calendar, or replaces a year when the State
 * Council's schedule is corrected. Each year is audited as {@code CALENDAR_LOADED}. Publication and
 * appeal windows are counted in working days of the loaded years only.
 */
public interface LoadCalendarUseCase {

    LoadCalendarResult load(LoadCalendarCommand command);
}
