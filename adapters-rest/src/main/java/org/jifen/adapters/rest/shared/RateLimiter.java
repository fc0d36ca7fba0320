package org.jifen.adapters.rest.shared;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets (Bucket4j, in memory) by key, one {@link RateLimit} for all of them. Time is a
 * monotonic nanosecond ticker ({@link System#nanoTime} in production, a settable one in tests), never the
 * wall clock. Buckets that are full again are dropped once more than {@link #MAX_KEYS} keys are held, so
 * many addresses cannot grow the map without bound.
 */
final class RateLimiter {

    static final int MAX_KEYS = 10_000;

    private final RateLimit limit;
    private final TimeMeter time;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(RateLimit limit, LongSupplier nanoTicker) {
        this.limit = limit;
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return nanoTicker.getAsLong();
            }

            @Override
            public boolean isWallClockBased() {
                return false;
            }
        };
    }

    /** Takes one request from the key's bucket: empty when allowed, else the nanoseconds until one is. */
    OptionalLong tryAcquire(String key) {
        if (limit.isUnlimited()) {
            return OptionalLong.empty();
        }
        if (buckets.size() > MAX_KEYS) {
            buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= limit.burst());
        }
        ConsumptionProbe probe = buckets.computeIfAbsent(key, k -> newBucket()).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? OptionalLong.empty() : OptionalLong.of(probe.getNanosToWaitForRefill());
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit.burst())
                        .refillGreedy(limit.requestsPerSecond(), Duration.ofSeconds(1)))
                .withCustomTimePrecision(time)
                .build();
    }

    int keys() {
        return buckets.size();
    }
}
