package org.jifen.adapters.cli.calendar;

import org.jifen.adapters.cli.file.FileProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.jifen.application.TestCalendars;
import org.jifen.domain.calendar.CalendarYear;
import org.jifen.domain.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalendarFileReaderTest {

    private final CalendarFileReader reader = new CalendarFileReader();

    @TempDir
    Path dir;

    /** One small year; tests change one line of it. Line numbers: year on 2, holidays on 4–5, make-up on 7. */
    private static final String YEAR = """
            years:
              - year: 2025
                source: test
                holidays:
                  - { name: 国庆节、中秋节, from: 2025-10-01, to: 2025-10-08 }
                makeUpWorkdays:
                  - { date: 2025-10-11, holiday: 国庆节、中秋节 }
            """;

    private Path write(String text) {
        try {
            return Files.writeString(dir.resolve("calendar.yaml"), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private CalendarFileException refused(String text) {
        Path file = write(text);
        CalendarFileException e = catchThrowableOfType(CalendarFileException.class, () -> reader.read(file));
        assertThat(e).as("refused").isNotNull();
        assertThat(e.code()).isEqualTo("INVALID_CALENDAR_FILE");
        assertThat(e.file()).isEqualTo(file.toString());
        return e;
    }

    // ---------------------------------------------------------------- the shipped file

    @Test
    void theShippedFile_holds2024To2026_withTheirExactCounts() {
        List<CalendarYear> years = DefaultCalendar.load();

        assertThat(years).extracting(CalendarYear::year, y -> y.holidays().size(), y -> y.makeUpWorkdays().size())
                .containsExactly(tuple(2024, 28, 8), tuple(2025, 28, 5), tuple(2026, 33, 6));
    }

    @Test
    void theShippedFile_isExactlyTheTestCalendarsOfTheApplication() {
        assertThat(DefaultCalendar.load()).containsExactlyElementsOf(TestCalendars.shipped());
    }

    @Test
    void theShippedFile_listsTheMakeUpWorkingDaysOfTheNotices() {
        List<CalendarYear> years = DefaultCalendar.load();

        assertThat(years.get(0).makeUpWorkdays()).containsExactlyInAnyOrder(
                LocalDate.of(2024, 2, 4), LocalDate.of(2024, 2, 18), LocalDate.of(2024, 4, 7),
                LocalDate.of(2024, 4, 28), LocalDate.of(2024, 5, 11), LocalDate.of(2024, 9, 14),
                LocalDate.of(2024, 9, 29), LocalDate.of(2024, 10, 12));
        assertThat(years.get(1).makeUpWorkdays()).containsExactlyInAnyOrder(
                LocalDate.of(2025, 1, 26), LocalDate.of(2025, 2, 8), LocalDate.of(2025, 4, 27),
                LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 11));
        assertThat(years.get(1).holidays()).contains(LocalDate.of(2025, 1, 28), LocalDate.of(2025, 2, 4),
                LocalDate.of(2025, 5, 31), LocalDate.of(2025, 6, 2), LocalDate.of(2025, 10, 8))
                .doesNotContain(LocalDate.of(2025, 1, 27), LocalDate.of(2025, 2, 5), LocalDate.of(2025, 10, 9));
        assertThat(years.get(2).makeUpWorkdays()).containsExactlyInAnyOrder(
                LocalDate.of(2026, 1, 4), LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 28),
                LocalDate.of(2026, 5, 9), LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 10));
        assertThat(years.get(2).holidays()).contains(LocalDate.of(2026, 1, 3), LocalDate.of(2026, 2, 15),
                LocalDate.of(2026, 2, 23), LocalDate.of(2026, 6, 19), LocalDate.of(2026, 9, 27))
                .doesNotContain(LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 24), LocalDate.of(2026, 10, 8));
    }

    @Test
    void theShippedCalendar_countsThePublicationWindowAcrossTheNationalDayHolidays() {
        WorkingDayCalendar calendar = WorkingDayCalendar.of(DefaultCalendar.load());

        assertThat(calendar.plusWorkingDays(LocalDate.of(2025, 9, 30), 5)).isEqualTo(LocalDate.of(2025, 10, 14));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2024, 9, 30), 5)).isEqualTo(LocalDate.of(2024, 10, 12));
        assertThat(LocalDate.of(2024, 10, 12).getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 9, 30), 5)).isEqualTo(LocalDate.of(2026, 10, 13));
        assertThat(calendar.covers(2026)).isTrue();
        assertThat(calendar.covers(2027)).isFalse();
        assertThat(calendar.covers(2023)).isFalse();
    }

    @Test
    void theShippedFile_saysWhereItsDataComesFrom() throws IOException {
        String text;
        try (var in = DefaultCalendar.open()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(text).contains("国办发明电〔2023〕7号").contains("国办发明电〔2024〕12号").contains("国办发明电〔2025〕7号")
                .contains("must be loaded by the");
    }

    // ---------------------------------------------------------------- reading

    @Test
    void aWellFormedFile_isReadIntoCalendarYears() {
        List<CalendarYear> years = reader.read(write(YEAR));

        assertThat(years).hasSize(1);
        assertThat(years.get(0).year()).isEqualTo(2025);
        assertThat(years.get(0).holidays()).hasSize(8);
        assertThat(years.get(0).makeUpWorkdays()).containsExactly(LocalDate.of(2025, 10, 11));
    }

    @Test
    void aPeriodWithoutAnEnd_isOneDay_andAStreamIsNamedBySource() {
        String text = YEAR.replace(", to: 2025-10-08", "");

        List<CalendarYear> years = reader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                "upload.yaml");

        assertThat(years.get(0).holidays()).containsExactly(LocalDate.of(2025, 10, 1));
    }

    @Test
    void aMakeUpDayOnAWeekday_isRefusedWithItsLineAndField() {
        CalendarFileException e = refused(YEAR.replace("date: 2025-10-11", "date: 2025-10-10"));

        assertThat(e.line()).isEqualTo(7);
        assertThat(e.field()).isEqualTo("years[0].makeUpWorkdays[0].date");
        assertThat(e.problems()).extracting(FileProblem::code).containsExactly("NOT_A_WEEKEND_DAY");
        assertThat(e.getMessage()).endsWith(":7: years[0].makeUpWorkdays[0].date: 2025-10-10 is a FRIDAY; "
                + "a make-up working day is a Saturday or Sunday");
    }

    @Test
    void aDateThatIsNoDate_isRefusedWithItsLineAndField() {
        CalendarFileException e = refused(YEAR.replace("from: 2025-10-01", "from: 2025-02-30"));

        assertThat(e.line()).isEqualTo(5);
        assertThat(e.field()).isEqualTo("years[0].holidays[0].from");
        assertThat(e.problems().get(0).code()).isEqualTo("WRONG_TYPE");
        assertThat(e.problems().get(0).message()).contains("2025-02-30");
    }

    @Test
    void anUnknownField_isRefusedWithItsLine() {
        CalendarFileException e = refused(YEAR.replace("    source: test", "    sauce: test"));

        assertThat(e.line()).isEqualTo(3);
        assertThat(e.field()).isEqualTo("years[0].sauce");
        assertThat(e.problems().get(0).code()).isEqualTo("UNKNOWN_FIELD");
        assertThat(e.problems().get(0).message()).contains("holidays, makeUpWorkdays, source, year");
    }

    @Test
    void everyProblemOfTheYears_isReportedTogether() {
        CalendarFileException e = refused("""
                years:
                  - year: 2025
                    source: test
                    holidays:
                      - { name: 元旦, from: 2026-01-01 }
                      - { from: 2025-05-05, to: 2025-05-01 }
                    makeUpWorkdays:
                      - { date: 2025-10-09 }
                      - { holiday: 春节 }
                  - year: 2025
                    holidays: []
                    makeUpWorkdays: []
                  - source: no year
                """);

        assertThat(e.problems()).extracting(FileProblem::line, FileProblem::field,
                FileProblem::code).containsExactly(
                        tuple(5, "years[0].holidays[0].from", "NOT_IN_YEAR"),
                        tuple(5, "years[0].holidays[0].to", "NOT_IN_YEAR"),
                        tuple(6, "years[0].holidays[1].name", "MISSING_FIELD"),
                        tuple(6, "years[0].holidays[1].to", "DATES_REVERSED"),
                        tuple(8, "years[0].makeUpWorkdays[0].date", "NOT_A_WEEKEND_DAY"),
                        tuple(9, "years[0].makeUpWorkdays[1].date", "MISSING_FIELD"),
                        tuple(10, "years[1].year", "DUPLICATE_YEAR"),
                        tuple(13, "years[2].year", "MISSING_FIELD"));
    }

    @Test
    void aMakeUpDayInsideAHolidayPeriod_isRefused() {
        CalendarFileException e = refused(YEAR.replace("date: 2025-10-11", "date: 2025-10-04"));

        assertThat(e.problems()).extracting(FileProblem::code).containsExactly("ALSO_A_HOLIDAY");
    }

    @Test
    void missingLists_areRefused() {
        CalendarFileException e = refused("""
                years:
                  - year: 2025
                """);

        assertThat(e.problems()).extracting(FileProblem::field, FileProblem::code).containsExactly(
                tuple("years[0].holidays", "MISSING_FIELD"), tuple("years[0].makeUpWorkdays", "MISSING_FIELD"));
        assertThat(e.line()).isEqualTo(2);
    }

    @Test
    void brokenYaml_isRefusedWithYamlSyntaxAndItsLine() {
        CalendarFileException e = refused(YEAR.replace("{ date: 2025-10-11, holiday: 国庆节、中秋节 }",
                "{ date: 2025-10-11, holiday: [ }"));

        assertThat(e.problems().get(0).code()).isEqualTo("YAML_SYNTAX");
        assertThat(e.line()).isEqualTo(7);
    }

    @Test
    void aKeyTwice_isRefusedWithDuplicateField() {
        CalendarFileException e = refused(YEAR.replace("    source: test", "    source: test\n    source: again"));

        assertThat(e.problems().get(0).code()).isEqualTo("DUPLICATE_FIELD");
        assertThat(e.line()).isEqualTo(4);
    }

    @Test
    void anEmptyFile_isRefused() {
        CalendarFileException e = refused("# nothing but a comment\n");

        assertThat(e.problems()).extracting(FileProblem::code).containsExactly("MISSING_FIELD");
        assertThat(e.getMessage()).contains("the file holds no years");
    }

    @Test
    void aFileThatIsNotUtf8_isRefusedWithItsLine() throws IOException {
        Path file = dir.resolve("latin1.yaml");
        byte[] head = "years:\n  - year: 2025\n    source: ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 2];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xE9;
        bytes[head.length + 1] = '\n';
        Files.write(file, bytes);

        CalendarFileException e = catchThrowableOfType(CalendarFileException.class, () -> reader.read(file));

        assertThat(e.problems()).extracting(FileProblem::line, FileProblem::code)
                .containsExactly(tuple(3, "NOT_UTF8"));
    }
}
