package org.jifen.application.port.in.shared;

import java.util.Objects;
import org.jifen.domain.access.Caller;
import org.jifen.domain.shared.InvalidValueException;

/**
 * A creating write sent with an idempotency key (幂等键): who sends it, on which route ({@code scope},
 * e.g. {@code POST /api/v1/appeals}), the key (1 to 200 printable characters) and the fingerprint of the
 * request (e.g. a SHA-256 of the path and body), which tells a repeat from another request under the same key.
 */
public record IdempotentWriteCommand(Caller caller, String scope, String key, String fingerprint) {

    public IdempotentWriteCommand {
        Objects.requireNonNull(caller, "caller");
        if (scope == null || scope.isBlank() || scope.length() > 200) {
            throw new IllegalArgumentException("a scope of 1 to 200 characters");
        }
        if (key == null || key.isBlank() || key.length() > 200 || !key.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            throw new InvalidValueException("INVALID_IDEMPOTENCY_KEY", "Idempotency-Key",
                    "1 to 200 printable ASCII characters expected");
        }
        if (fingerprint == null || fingerprint.isBlank() || fingerprint.length() > 200) {
            throw new IllegalArgumentException("a fingerprint of 1 to 200 characters");
        }
    }
}
