package org.jifen.domain.programme;

import org.jifen.domain.shared.InvalidValueException;

/** A programme's code, e.g. {@code HS-SCHOOL-2025}. */
public record ProgrammeCode(String value) {

    public ProgrammeCode {
        if (value == null || !value.matches("[A-Za-z0-9][A-Za-z0-9_-]{0,63}")) {
            throw new InvalidValueException("INVALID_PROGRAMME_CODE", "code", "'" + value + "' is not a programme code");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
