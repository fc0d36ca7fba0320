package org.jifen.adapters.rest.shared;

import java.time.Duration;
import java.util.Objects;

/**
 * How the REST server runs: where it listens, its thread pool, the connector's idle timeout and header
 * limits, the largest request body (default 1 MiB), how long a stop waits for in-flight requests,
 * whether the JVM's shutdown (SIGTERM) stops it gracefully, the per-caller {@link RateLimits}, and the
 * {@code Strict-Transport-Security} max-age ({@link Duration#ZERO}: not sent — TLS terminates at the
 * district's proxy, which should send it; set it when this server is reached over HTTPS only).
 */
public record ApiServerConfig(
        String host,
        int port,
        int maxThreads,
        int minThreads,
        Duration threadIdleTimeout,
        Duration connectorIdleTimeout,
        int maxRequestHeaderBytes,
        int maxResponseHeaderBytes,
        long maxBodyBytes,
        Duration stopTimeout,
        boolean stopAtShutdown,
        RateLimits rateLimits,
        Duration strictTransportSecurity) {

    public static final long ONE_MIB = 1024L * 1024L;

    public ApiServerConfig {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port 0..65535 (0 picks a free port)");
        }
        if (minThreads < 1 || maxThreads < minThreads || maxThreads < 4) {
            throw new IllegalArgumentException("threads: 1 <= min <= max, and max >= 4");
        }
        if (maxBodyBytes < 1 || maxRequestHeaderBytes < 1024 || maxResponseHeaderBytes < 1024) {
            throw new IllegalArgumentException("body and header limits must be positive (headers at least 1 KiB)");
        }
        Objects.requireNonNull(threadIdleTimeout, "threadIdleTimeout");
        Objects.requireNonNull(connectorIdleTimeout, "connectorIdleTimeout");
        Objects.requireNonNull(stopTimeout, "stopTimeout");
        Objects.requireNonNull(rateLimits, "rateLimits");
        Objects.requireNonNull(strictTransportSecurity, "strictTransportSecurity");
        if (strictTransportSecurity.isNegative()) {
            throw new IllegalArgumentException("strictTransportSecurity must not be negative (ZERO: not sent)");
        }
    }

    /**
     * Port 8080 on every interface, 32 threads, 30 s idle, 8 KiB headers, 1 MiB bodies, 30 s to stop,
     * {@link RateLimits#defaults()}, no {@code Strict-Transport-Security}.
     */
    public static ApiServerConfig defaults() {
        return new ApiServerConfig("0.0.0.0", 8080, 32, 4, Duration.ofSeconds(60), Duration.ofSeconds(30),
                8 * 1024, 8 * 1024, ONE_MIB, Duration.ofSeconds(30), true, RateLimits.defaults(), Duration.ZERO);
    }

    public ApiServerConfig withPort(int newPort) {
        return new ApiServerConfig(host, newPort, maxThreads, minThreads, threadIdleTimeout, connectorIdleTimeout,
                maxRequestHeaderBytes, maxResponseHeaderBytes, maxBodyBytes, stopTimeout, stopAtShutdown, rateLimits,
                strictTransportSecurity);
    }

    public ApiServerConfig withHost(String newHost) {
        return new ApiServerConfig(newHost, port, maxThreads, minThreads, threadIdleTimeout, connectorIdleTimeout,
                maxRequestHeaderBytes, maxResponseHeaderBytes, maxBodyBytes, stopTimeout, stopAtShutdown, rateLimits,
                strictTransportSecurity);
    }

    public ApiServerConfig withMaxBodyBytes(long bytes) {
        return new ApiServerConfig(host, port, maxThreads, minThreads, threadIdleTimeout, connectorIdleTimeout,
                maxRequestHeaderBytes, maxResponseHeaderBytes, bytes, stopTimeout, stopAtShutdown, rateLimits,
                strictTransportSecurity);
    }

    public ApiServerConfig withStop(Duration timeout, boolean atShutdown) {
        return new ApiServerConfig(host, port, maxThreads, minThreads, threadIdleTimeout, connectorIdleTimeout,
                maxRequestHeaderBytes, maxResponseHeaderBytes, maxBodyBytes, timeout, atShutdown, rateLimits,
                strictTransportSecurity);
    }

    public ApiServerConfig withRateLimits(RateLimits limits) {
        return new ApiServerConfig(host, port, maxThreads, minThreads, threadIdleTimeout, connectorIdleTimeout,
                maxRequestHeaderBytes, maxResponseHeaderBytes, maxBodyBytes, stopTimeout, stopAtShutdown, limits,
                strictTransportSecurity);
    }

    /** Sends {@code Strict-Transport-Security: max-age=…} on every response ({@link Duration#ZERO}: not sent). */
    public ApiServerConfig withStrictTransportSecurity(Duration maxAge) {
        return new ApiServerConfig(host, port, maxThreads, minThreads, threadIdleTimeout, connectorIdleTimeout,
                maxRequestHeaderBytes, maxResponseHeaderBytes, maxBodyBytes, stopTimeout, stopAtShutdown, rateLimits,
                maxAge);
    }
}
