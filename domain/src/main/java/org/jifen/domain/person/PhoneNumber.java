package org.jifen.domain.person;

import org.jifen.domain.shared.InvalidValueException;

/** A mainland mobile number (11 digits starting with 1) or a landline; masked when printed. */
public final class PhoneNumber {

    private final String value;

    private PhoneNumber(String value) {
        this.value = value;
    }

    public static PhoneNumber parse(String text) {
        String digits = text == null ? "" : text.strip().replace("-", "").replace(" ", "");
        if (!digits.matches("1\\d{10}|0\\d{9,11}")) {
            throw new InvalidValueException("INVALID_PHONE", "phone",
                    "an 11-digit mobile number or a landline with area code expected");
        }
        return new PhoneNumber(digits);
    }

    /** The whole number: only for encryption at rest and audited reveals. */
    public String value() {
        return value;
    }

    /** {@code 138****5678}. */
    public String masked() {
        return value.substring(0, 3) + "****" + value.substring(value.length() - 4);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PhoneNumber p && p.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return masked();
    }
}
