package org.jifen.adapters.cli.calendar;

import java.time.LocalDate;

/** A period off (放假): its name and first and last day, both included ({@code to} absent: one day). */
record HolidayYaml(String name, LocalDate from, LocalDate to) {
}
