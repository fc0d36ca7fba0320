package org.jifen.domain.application;

import org.jifen.domain.shared.InvalidValueException;

/** Identifies a points application (积分申请). */
public record ApplicationId(String value) {

    public ApplicationId {
        if (value == null || !value.matches("[A-Za-z0-9][A-Za-z0-9_-]{0,63}")) {
            throw new InvalidValueException("INVALID_APPLICATION_ID", "applicationId",
                    "'" + value + "' is not an application id");
        }
    }

    public static ApplicationId of(String value) {
        return new ApplicationId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
