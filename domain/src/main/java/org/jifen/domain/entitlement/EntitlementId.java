package org.jifen.domain.entitlement;

import org.jifen.domain.shared.InvalidValueException;

/** Identifies an entitlement obtained through points. */
public record EntitlementId(String value) {

    public EntitlementId {
        if (value == null || !value.matches("[A-Za-z0-9][A-Za-z0-9_:-]{0,95}")) {
            throw new InvalidValueException("INVALID_ENTITLEMENT_ID", "entitlementId",
                    "'" + value + "' is not an entitlement id");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
