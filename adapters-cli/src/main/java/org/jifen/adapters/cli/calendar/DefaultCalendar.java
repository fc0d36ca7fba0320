package org.jifen.adapters.cli.calendar;

import java.io.InputStream;
import java.util.List;
import org.jifen.domain.calendar.CalendarYear;

/**
 * The working-day calendar shipped with Jifen (工作日历): 2024, 2025 and 2026 as the State Council's notices
 * give them. Every other year must be loaded by the operator; a date in a year not loaded is refused
 * with {@code CALENDAR_NOT_COVERED} rather than guessed.
 */
public final class DefaultCalendar {

    /** The classpath resource holding the default calendar. */
    public static final String RESOURCE = "/calendar/china-working-days.yaml";

    /** The name problems carry for the resource. */
    public static final String SOURCE = "china-working-days.yaml";

    private DefaultCalendar() {
    }

    /** The years of the shipped file, read and checked. */
    public static List<CalendarYear> load() {
        return new CalendarFileReader().read(open(), SOURCE);
    }

    /** The resource's raw bytes, e.g. for an operator to export and extend; the caller closes it. */
    public static InputStream open() {
        InputStream in = DefaultCalendar.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("the default calendar " + RESOURCE + " is missing from the classpath");
        }
        return in;
    }
}
