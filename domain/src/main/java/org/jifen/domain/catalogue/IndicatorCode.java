package org.jifen.domain.catalogue;

import org.jifen.domain.shared.InvalidValueException;

/** An indicator's code within its catalogue, e.g. {@code P04}, {@code HS07}. */
public record IndicatorCode(String value) implements Comparable<IndicatorCode> {

    public IndicatorCode {
        if (value == null || !value.matches("[A-Z][A-Z0-9_]{1,15}")) {
            throw new InvalidValueException("INVALID_INDICATOR_CODE", "indicator",
                    "'" + value + "' is not an indicator code (capital letters and digits, e.g. P04)");
        }
    }

    public static IndicatorCode of(String value) {
        return new IndicatorCode(value);
    }

    @Override
    public int compareTo(IndicatorCode other) {
        return value.compareTo(other.value);
    }

    /** As the record compares (by value), the same instance first: ledgers compare these for every entry. */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof IndicatorCode that && value.equals(that.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
