package org.jifen.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class FullPeriodsProperties {

    @Provide
    Arbitrary<LocalDate> dates() {
        // 1950-01-01 .. 2099-12-31, month ends and 29 February included with the rest
        return Arbitraries.longs()
                .between(LocalDate.of(1950, 1, 1).toEpochDay(), LocalDate.of(2099, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay)
                .edgeCases(c -> c.add(LocalDate.of(2000, 2, 29)).add(LocalDate.of(2001, 1, 31)));
    }

    @Property
    void fullMonths_isMonotoneInTheEndDate(@ForAll("dates") LocalDate a, @ForAll("dates") LocalDate b,
            @ForAll("dates") LocalDate c) {
        LocalDate earlier = b.isAfter(c) ? c : b;
        LocalDate later = b.isAfter(c) ? b : c;

        assertThat(FullPeriods.fullMonths(a, earlier)).isLessThanOrEqualTo(FullPeriods.fullMonths(a, later));
    }

    @Property
    void plusMonths_givesAtLeastThatManyFullMonths(@ForAll("dates") LocalDate a,
            @ForAll @IntRange(min = 0, max = 600) int n) {
        assertThat(FullPeriods.fullMonths(a, a.plusMonths(n))).isGreaterThanOrEqualTo(n);
    }

    @Property
    void theDayBeforeTheNextFullMonth_isStillOneShort(@ForAll("dates") LocalDate a,
            @ForAll @IntRange(min = 1, max = 600) int n) {
        assertThat(FullPeriods.fullMonths(a, a.plusMonths(n).minusDays(1))).isEqualTo(n - 1L);
    }

    @Property
    void fullYears_isFullMonthsDividedByTwelve_exceptFor29FebruaryBirthdays(@ForAll("dates") LocalDate born,
            @ForAll("dates") LocalDate on) {
        if (born.getMonthValue() == 2 && born.getDayOfMonth() == 29) {
            return;
        }
        assertThat((long) FullPeriods.fullYears(born, on)).isEqualTo(FullPeriods.fullMonths(born, on) / 12);
    }

    @Property
    void fullYears_growsByOneOnEachBirthday(@ForAll("dates") LocalDate born, @ForAll @IntRange(min = 1, max = 99) int age) {
        LocalDate birthday = born.getMonthValue() == 2 && born.getDayOfMonth() == 29
                && !born.plusYears(age).isLeapYear()
                ? LocalDate.of(born.getYear() + age, 3, 1)
                : born.plusYears(age);

        assertThat(FullPeriods.fullYears(born, birthday)).isEqualTo(age);
        assertThat(FullPeriods.fullYears(born, birthday.minusDays(1))).isEqualTo(age - 1);
    }
}
