package org.jifen.adapters.cli.calendar;

import java.util.List;

/**
 * One year as written in the file. Every field may be absent here: the reader reports missing ones
 * with their line, all at once.
 */
record CalendarYearYaml(Integer year, String source, List<HolidayYaml> holidays,
        List<MakeUpWorkdayYaml> makeUpWorkdays) {
}
