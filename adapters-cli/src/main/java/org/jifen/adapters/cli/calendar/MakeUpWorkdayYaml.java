package org.jifen.adapters.cli.calendar;

import java.time.LocalDate;

/** A weekend day worked (调休上班) and the break it makes up for. */
record MakeUpWorkdayYaml(LocalDate date, String holiday) {
}
