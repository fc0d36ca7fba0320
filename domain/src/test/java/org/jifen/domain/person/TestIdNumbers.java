package org.jifen.domain.person;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Synthetic resident identity numbers (居民身份证号码) for tests: a region code, a birth date and a
 * three-digit sequence, completed with the check character of {@link IdNumber#checkCharacter}.
 * They are computed, never copied from a real person.
 */
public final class TestIdNumbers {

    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    private TestIdNumbers() {
    }

    /** The 18 characters for a region code (six digits), a birth date and a sequence 0–999. */
    public static String number(String region, LocalDate birthDate, int sequence) {
        String first17 = first17(region, birthDate, sequence);
        return first17 + IdNumber.checkCharacter(first17);
    }

    /** The parsed number for a region code, a birth date and a sequence. */
    public static IdNumber idNumber(String region, LocalDate birthDate, int sequence) {
        return IdNumber.parse(number(region, birthDate, sequence));
    }

    /** A Haishu (330203) number for the birth date, sequence 123. */
    public static IdNumber haishu(LocalDate birthDate) {
        return idNumber("330203", birthDate, 123);
    }

    /** The same number with a check character that does not match. */
    public static String withWrongCheck(String valid) {
        char right = valid.charAt(17);
        char wrong = right == '0' ? '1' : '0';
        return valid.substring(0, 17) + wrong;
    }

    /** The first sequence (from {@code from}) whose check character is {@code check}, with the full number. */
    public static Optional<String> withCheck(String region, LocalDate birthDate, int from, char check) {
        for (int sequence = from; sequence < 1000; sequence++) {
            String number = number(region, birthDate, sequence);
            if (number.charAt(17) == check) {
                return Optional.of(number);
            }
        }
        return Optional.empty();
    }

    /** The first 17 digits without a date check, e.g. to build an impossible birth date. */
    public static String first17(String region, String yyyyMMdd, int sequence) {
        if (!region.matches("\\d{6}") || !yyyyMMdd.matches("\\d{8}") || sequence < 0 || sequence > 999) {
            throw new IllegalArgumentException("region (6 digits), date (8 digits), sequence 0–999 expected");
        }
        return region + yyyyMMdd + String.format("%03d", sequence);
    }

    /** 17 digits and their check character, the birth date given as raw text (it may be impossible). */
    public static String numberWithRawDate(String region, String yyyyMMdd, int sequence) {
        String first17 = first17(region, yyyyMMdd, sequence);
        return first17 + IdNumber.checkCharacter(first17);
    }

    private static String first17(String region, LocalDate birthDate, int sequence) {
        return first17(region, birthDate.format(BASIC), sequence);
    }
}
