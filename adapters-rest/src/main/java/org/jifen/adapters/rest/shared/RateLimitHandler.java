package org.jifen.adapters.rest.shared;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.HandlerWrapper;

/**
 * Per-caller rate limits ({@link RateLimits}) before anything else runs: a request with a valid bearer
 * token takes from its subject's bucket, any other from its remote address's (the peer's address, never
 * {@code X-Forwarded-For}). An empty bucket answers 429 {@code RATE_LIMITED} with {@code Retry-After} in
 * whole seconds (rounded up). {@code /health} and {@code /metrics} are exempt, so monitoring never
 * competes with callers.
 */
final class RateLimitHandler extends HandlerWrapper {

    static final Set<String> EXEMPT = Set.of("/health", "/metrics");

    private final BearerTokens tokens;
    private final RateLimiter subjects;
    private final RateLimiter addresses;
    private final HttpMetrics metrics;
    private final Json json;

    RateLimitHandler(RateLimits limits, LongSupplier nanoTicker, BearerTokens tokens, HttpMetrics metrics, Json json) {
        this.tokens = tokens;
        this.subjects = new RateLimiter(limits.perSubject(), nanoTicker);
        this.addresses = new RateLimiter(limits.perAddress(), nanoTicker);
        this.metrics = metrics;
        this.json = json;
    }

    @Override
    public void handle(String target, Request base, HttpServletRequest request, HttpServletResponse response)
            throws IOException, javax.servlet.ServletException {
        if (!EXEMPT.contains(target)) {
            OptionalLong wait = tokens.find(request.getHeader("Authorization"))
                    .map(caller -> subjects.tryAcquire(caller.subject()))
                    .orElseGet(() -> addresses.tryAcquire(request.getRemoteAddr()));
            if (wait.isPresent()) {
                refuse(base, request, response, retryAfterSeconds(wait.getAsLong()));
                return;
            }
        }
        super.handle(target, base, request, response);
    }

    /** Whole seconds, rounded up, at least 1. */
    static long retryAfterSeconds(long nanos) {
        return Math.max(1, (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1));
    }

    private void refuse(Request base, HttpServletRequest request, HttpServletResponse response, long seconds)
            throws IOException {
        long start = System.nanoTime();
        base.setHandled(true);
        Problem problem = Problem.of(429, "RATE_LIMITED",
                "too many requests from this caller; retry after " + seconds + " s");
        byte[] body = json.write(problem.members());
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(seconds));
        response.setContentType(Problem.MEDIA_TYPE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
        metrics.record(request.getMethod(), "rate-limited", 429, Duration.ofNanos(System.nanoTime() - start));
    }
}
