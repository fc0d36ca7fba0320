package org.jifen.domain.person;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.jurisdiction.DivisionRegistry;
import org.jifen.domain.shared.InvalidValueException;

/**
 * An 18-character resident identity number (居民身份证号码, GB 11643): a six-digit region code, the
 * birth date {@code yyyyMMdd}, a three-digit sequence and an ISO 7064 MOD 11-2 check character
 * ({@code X} for 10). Validated on construction; never printed whole: {@link #masked()} and
 * {@link #toString()} show {@code 330203********1232}.
 */
public final class IdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final DivisionRegistry PROVINCES = DivisionRegistry.standard();

    private final String value;
    private final LocalDate birthDate;

    private IdNumber(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
    }

    /** Parses and validates; lower-case {@code x} is accepted and normalised. */
    public static IdNumber parse(String text) {
        if (text == null || !text.strip().matches("\\d{17}[\\dXx]")) {
            throw invalid("must be 17 digits and a check character (digit or X)");
        }
        String value = text.strip().toUpperCase(java.util.Locale.ROOT);
        String region = value.substring(0, 6);
        if (!region.matches("[1-9]\\d{5}") || !PROVINCES.isKnown(new DivisionCode(region.substring(0, 2) + "0000"))) {
            throw invalid("region code " + region.substring(0, 2) + "…… is not a province of GB/T 2260");
        }
        LocalDate birthDate;
        try {
            birthDate = LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                    Integer.parseInt(value.substring(12, 14)));
        } catch (DateTimeException e) {
            throw invalid("birth date " + value.substring(6, 14) + " is not a date");
        }
        if (birthDate.getYear() < 1900) {
            throw invalid("birth year " + birthDate.getYear() + " is before 1900");
        }
        char expected = checkCharacter(value.substring(0, 17));
        if (value.charAt(17) != expected) {
            throw invalid("check character does not match (ISO 7064 MOD 11-2)");
        }
        return new IdNumber(value, birthDate);
    }

    /** The check character for the first 17 digits (ISO 7064 MOD 11-2). */
    public static char checkCharacter(String first17) {
        if (first17 == null || !first17.matches("\\d{17}")) {
            throw new IllegalArgumentException("17 digits expected");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** The full number; only for encryption at rest and for audited reveals. */
    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    /** The region code of the registering authority (the first six digits). */
    public String regionCode() {
        return value.substring(0, 6);
    }

    /** {@code 330203********1232}: the region code and the last four characters. */
    public String masked() {
        return value.substring(0, 6) + "********" + value.substring(14);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IdNumber id && id.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Masked, so an ID number never reaches a log by accident. */
    @Override
    public String toString() {
        return masked();
    }

    private static InvalidValueException invalid(String why) {
        return new InvalidValueException("INVALID_ID_NUMBER", "idNumber", why);
    }
}
