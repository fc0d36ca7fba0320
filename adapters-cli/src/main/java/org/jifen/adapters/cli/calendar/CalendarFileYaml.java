package org.jifen.adapters.cli.calendar;

import java.util.List;

/** The whole calendar file (工作日历文件): its years, one after the other. */
record CalendarFileYaml(List<CalendarYearYaml> years) {
}
