package org.jifen.adapters.rest.shared;

/**
 * A token bucket's shape: {@code burst} requests at once, refilled at {@code requestsPerSecond}. A
 * bucket of {@link #UNLIMITED} is never consulted.
 */
public record RateLimit(long requestsPerSecond, long burst) {

    /** No limit (an embedder behind its own limiter; load tests). */
    public static final RateLimit UNLIMITED = new RateLimit(0, 0);

    public RateLimit {
        boolean off = requestsPerSecond == 0 && burst == 0;
        if (!off && (requestsPerSecond < 1 || burst < 1)) {
            throw new IllegalArgumentException("a rate limit needs requestsPerSecond >= 1 and burst >= 1 (or both 0: unlimited)");
        }
    }

    public static RateLimit of(long requestsPerSecond, long burst) {
        return new RateLimit(requestsPerSecond, burst);
    }

    public boolean isUnlimited() {
        return requestsPerSecond == 0;
    }
}
