package org.jifen.application.port.out.shared;

import java.time.Instant;
import java.util.Objects;

/**
 * The first response to a creating write sent with an {@code Idempotency-Key} (幂等键): whose key
 * ({@code subject}) on which route ({@code scope}), the fingerprint of the request it answered, and the
 * response itself (status, location of what it created, body) to answer again when the same request
 * comes back. The body is what the caller was shown: personal data in it is already masked.
 */
public record IdempotencyRecord(String subject, String scope, String key, String fingerprint, int status,
        String location, String body, Instant recordedAt) {

    /** The longest subject, scope, key and fingerprint stored. */
    public static final int MAX_LENGTH = 200;

    public IdempotencyRecord {
        requireText(subject, "subject");
        requireText(scope, "scope");
        requireText(key, "key");
        requireText(fingerprint, "fingerprint");
        if (status < 200 || status > 299) {
            throw new IllegalArgumentException("only a successful response is kept, not " + status);
        }
        location = location == null ? "" : location;
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(name + ": 1 to " + MAX_LENGTH + " characters expected");
        }
    }
}
