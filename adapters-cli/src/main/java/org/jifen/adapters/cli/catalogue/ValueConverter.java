package org.jifen.adapters.cli.catalogue;

import java.math.BigDecimal;
import java.util.function.Function;
import org.jifen.domain.shared.InvalidValueException;
import org.jifen.domain.shared.Points;

/**
 * Turns single file values into domain values. A value that is missing or wrong is recorded as a
 * problem at its path and {@code null} is returned, so that conversion goes on and finds the rest.
 */
final class ValueConverter {

    /** Larger values are refused before any arithmetic on them (1e999999999 would be costly). */
    static final int MAX_INTEGER_DIGITS = 12;

    private final FileProblems problems;

    ValueConverter(FileProblems problems) {
        this.problems = problems;
    }

    FileProblems problems() {
        return problems;
    }

    <T> T required(T value, String path) {
        if (value == null) {
            problems.missing(path);
        }
        return value;
    }

    /** A list entry that must not be empty ({@code - ~} or a bare {@code -}). */
    <T> T entry(T value, String path) {
        if (value == null) {
            problems.emptyEntry(path);
        }
        return value;
    }

    String text(String value, String path) {
        if (value == null || value.isBlank()) {
            problems.missing(path);
            return null;
        }
        return value.strip();
    }

    /** A required text turned into a domain value whose constructor checks it (a code, a version…). */
    <T> T parsed(String value, String path, Function<String, T> parse) {
        String text = text(value, path);
        if (text == null) {
            return null;
        }
        try {
            return parse.apply(text);
        } catch (InvalidValueException e) {
            problems.add(path, e.code(), withoutField(e));
            return null;
        }
    }

    /** Points (积分): an exact decimal with at most two places, never rounded. */
    Points points(BigDecimal value, String path) {
        if (value == null) {
            problems.missing(path);
            return null;
        }
        if (integerDigits(value) > MAX_INTEGER_DIGITS) {
            problems.add(path, "INVALID_POINTS", "expected at most " + MAX_INTEGER_DIGITS
                    + " digits before the decimal point, got " + value);
            return null;
        }
        if (value.stripTrailingZeros().scale() > 2) {
            problems.add(path, "INVALID_POINTS", "expected a decimal with at most two places, got "
                    + value.toPlainString());
            return null;
        }
        try {
            return Points.of(value);
        } catch (InvalidValueException e) {
            problems.add(path, e.code(), withoutField(e));
            return null;
        }
    }

    /** How many digits the value has before the decimal point, computed without expanding it. */
    static int integerDigits(BigDecimal value) {
        return Math.max(0, value.precision() - value.scale());
    }

    private static String withoutField(InvalidValueException e) {
        String prefix = e.field() + ": ";
        String message = e.getMessage();
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }
}
