package org.jifen.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FullPeriodsTest {

    @ParameterizedTest(name = "{0} → {1}: {2} full months")
    @CsvSource({
            "2021-01-31, 2021-02-28, 1",
            "2021-01-31, 2021-02-27, 0",
            "2021-01-30, 2021-02-28, 1",
            "2021-01-29, 2021-02-28, 1",
            "2021-01-28, 2021-02-27, 0",
            "2024-01-31, 2024-02-29, 1",
            "2024-01-31, 2024-02-28, 0",
            "2021-01-31, 2021-03-30, 1",
            "2021-01-31, 2021-03-31, 2",
            "2021-03-31, 2021-04-30, 1",
            "2021-03-31, 2021-04-29, 0",
            "2021-01-15, 2021-02-14, 0",
            "2021-01-15, 2021-02-15, 1",
            "2021-01-15, 2022-01-15, 12",
            "2021-01-15, 2022-01-14, 11",
            "2020-02-29, 2021-02-28, 12",
            "2021-06-01, 2021-06-01, 0",
            "2021-06-01, 2021-05-01, 0",
            "2021-06-30, 2020-01-01, 0"})
    void fullMonths_countsFullMonthsWithMonthEnds(LocalDate start, LocalDate end, long expected) {
        assertThat(FullPeriods.fullMonths(start, end)).isEqualTo(expected);
    }

    @Test
    void fullMonths_sameDayNextYear_isTwelve() {
        assertThat(FullPeriods.fullMonths(LocalDate.of(2019, 7, 4), LocalDate.of(2020, 7, 4))).isEqualTo(12);
    }

    @Test
    void fullMonths_endBeforeStart_isZero() {
        assertThat(FullPeriods.fullMonths(LocalDate.of(2022, 3, 1), LocalDate.of(2021, 3, 1))).isZero();
    }

    @ParameterizedTest(name = "born {0}, on {1}: {2} years")
    @CsvSource({
            "1990-03-07, 2030-03-06, 39",
            "1990-03-07, 2030-03-07, 40",
            "1990-03-07, 2030-03-08, 40",
            "1990-12-31, 1991-12-30, 0",
            "1990-12-31, 1991-12-31, 1",
            "1990-03-07, 1990-03-07, 0",
            "1990-03-07, 1980-01-01, 0"})
    void fullYears_turnsOlderOnTheBirthday_notTheDayBefore(LocalDate born, LocalDate on, int expected) {
        assertThat(FullPeriods.fullYears(born, on)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "born 2000-02-29, on {0}: {1} years")
    @CsvSource({
            "2001-02-28, 0",
            "2001-03-01, 1",
            "2004-02-28, 3",
            "2004-02-29, 4",
            "2004-03-01, 4",
            "2018-02-28, 17",
            "2018-03-01, 18"})
    void fullYears_bornOn29February_turnsOlderOn1MarchInCommonYears(LocalDate on, int expected) {
        assertThat(FullPeriods.fullYears(LocalDate.of(2000, 2, 29), on)).isEqualTo(expected);
    }
}
