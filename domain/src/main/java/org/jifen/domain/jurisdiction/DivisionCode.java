package org.jifen.domain.jurisdiction;

import org.jifen.domain.shared.InvalidValueException;

/**
 * A GB/T 2260 administrative division code (行政区划代码): six digits, province {@code PP0000}, city
 * {@code PPCC00}, district or county {@code PPCCDD}. Containment follows the code:
 * 330203 ⊂ 330200 ⊂ 330000. Whether a well-formed code names a real division is the
 * {@link DivisionRegistry}'s question.
 */
public record DivisionCode(String value) {

    public DivisionCode {
        if (value == null || !value.matches("\\d{6}")) {
            throw malformed(value, "six digits expected");
        }
        if (value.startsWith("00")) {
            throw malformed(value, "province part 00 does not exist");
        }
        if (value.substring(2, 4).equals("00") && !value.substring(4).equals("00")) {
            throw malformed(value, "a district code needs its city part");
        }
    }

    public static DivisionCode of(String value) {
        return new DivisionCode(value);
    }

    public DivisionLevel level() {
        if (value.endsWith("0000")) {
            return DivisionLevel.PROVINCE;
        }
        return value.endsWith("00") ? DivisionLevel.CITY : DivisionLevel.DISTRICT;
    }

    /** The province this code lies in (itself for a province). */
    public DivisionCode province() {
        return new DivisionCode(value.substring(0, 2) + "0000");
    }

    /** The city this code lies in; a province has none and is refused. */
    public DivisionCode city() {
        if (level() == DivisionLevel.PROVINCE) {
            throw new IllegalStateException(value + " is a province and lies in no city");
        }
        return new DivisionCode(value.substring(0, 4) + "00");
    }

    /** True when {@code other} is this division or lies inside it. */
    public boolean contains(DivisionCode other) {
        return switch (level()) {
            case PROVINCE -> other.value.startsWith(value.substring(0, 2));
            case CITY -> other.value.startsWith(value.substring(0, 4));
            case DISTRICT -> other.value.equals(value);
        };
    }

    /** As the record compares (by value), the same instance first: ledgers compare these for every entry. */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof DivisionCode that && value.equals(that.value);
    }

    @Override
    public String toString() {
        return value;
    }

    private static InvalidValueException malformed(String value, String why) {
        return new InvalidValueException("INVALID_DIVISION_CODE", "division",
                "'" + value + "' is not a GB/T 2260 division code: " + why);
    }
}
