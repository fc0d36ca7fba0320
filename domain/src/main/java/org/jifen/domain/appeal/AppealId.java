package org.jifen.domain.appeal;

import org.jifen.domain.shared.InvalidValueException;

/** Identifies an appeal (复核申请). */
public record AppealId(String value) {

    public AppealId {
        if (value == null || !value.matches("[A-Za-z0-9][A-Za-z0-9_-]{0,63}")) {
            throw new InvalidValueException("INVALID_APPEAL_ID", "appealId", "'" + value + "' is not an appeal id");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
