package org.jifen.adapters.rest.shared;

import java.util.Objects;

/**
 * Per-caller rate limits: one bucket per authenticated subject (the {@code subject} of the token's
 * entry, so two tokens of one subject share it), and one per remote address for requests without a
 * valid token. {@code /health} and {@code /metrics} are never limited. Behind the district's proxy every
 * unauthenticated request comes from the proxy's address ({@code X-Forwarded-For} is never trusted), so
 * that bucket is shared.
 */
public record RateLimits(RateLimit perSubject, RateLimit perAddress) {

    public RateLimits {
        Objects.requireNonNull(perSubject, "perSubject");
        Objects.requireNonNull(perAddress, "perAddress");
    }

    /** 50 requests per second with bursts of 100, for subjects and addresses: far above a window clerk. */
    public static RateLimits defaults() {
        return new RateLimits(RateLimit.of(50, 100), RateLimit.of(50, 100));
    }

    public static RateLimits unlimited() {
        return new RateLimits(RateLimit.UNLIMITED, RateLimit.UNLIMITED);
    }
}
