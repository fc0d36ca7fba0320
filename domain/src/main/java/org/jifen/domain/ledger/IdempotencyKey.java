package org.jifen.domain.ledger;

import org.jifen.domain.shared.InvalidValueException;

/** Makes a posting idempotent: an entry with a key already posted is not posted again. */
public record IdempotencyKey(String value) {

    public IdempotencyKey {
        if (value == null || value.isBlank() || value.length() > 200) {
            throw new InvalidValueException("INVALID_IDEMPOTENCY_KEY", "idempotencyKey",
                    "1 to 200 characters expected");
        }
    }

    public static IdempotencyKey of(String value) {
        return new IdempotencyKey(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
