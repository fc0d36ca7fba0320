package org.jifen.domain.shared;

import java.time.LocalDate;
import java.time.Month;

/**
 * Full months and full years (周岁) as DOMAIN.md defines them.
 *
 * <ul>
 *   <li>A full month is reached on the same day of a later month, or on that month's last day when
 *       the day does not exist there: 31 January → 28 February is one full month.</li>
 *   <li>Age is in full years; someone born on 29 February turns a year older on 1 March in common
 *       years (not on 28 February).</li>
 * </ul>
 */
public final class FullPeriods {

    private FullPeriods() {
    }

    /** Full months from {@code start} to {@code end}; zero when {@code end} is not after {@code start}. */
    public static long fullMonths(LocalDate start, LocalDate end) {
        if (!end.isAfter(start)) {
            return 0;
        }
        long months = (end.getYear() - start.getYear()) * 12L + (end.getMonthValue() - start.getMonthValue());
        // plusMonths from the start (never stepwise) clamps to the month's last day, as the policy does.
        while (months > 0 && start.plusMonths(months).isAfter(end)) {
            months--;
        }
        return months;
    }

    /** Age in full years on {@code on}; a 29 February birthday falls on 1 March in common years. */
    public static int fullYears(LocalDate birthDate, LocalDate on) {
        if (on.isBefore(birthDate)) {
            return 0;
        }
        int years = on.getYear() - birthDate.getYear();
        if (on.isBefore(birthdayIn(birthDate, on.getYear()))) {
            years--;
        }
        return years;
    }

    private static LocalDate birthdayIn(LocalDate birthDate, int year) {
        if (birthDate.getMonth() == Month.FEBRUARY && birthDate.getDayOfMonth() == 29
                && !java.time.Year.isLeap(year)) {
            return LocalDate.of(year, Month.MARCH, 1);
        }
        return birthDate.withYear(year);
    }
}
