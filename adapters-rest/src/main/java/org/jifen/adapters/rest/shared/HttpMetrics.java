package org.jifen.adapters.rest.shared;

import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;

/**
 * The server's Prometheus metrics (Micrometer): {@code http_server_requests_seconds} by method, route
 * template (never the raw path, so ids do not explode the series) and status.
 */
public final class HttpMetrics {

    private final PrometheusMeterRegistry registry;

    public HttpMetrics() {
        this(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
    }

    public HttpMetrics(PrometheusMeterRegistry registry) {
        this.registry = registry;
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    public void record(String method, String route, int status, Duration took) {
        Timer.builder("http.server.requests")
                .description("HTTP requests by route template and status")
                .tag("method", method)
                .tag("route", route)
                .tag("status", Integer.toString(status))
                .register(registry)
                .record(took);
    }

    /** The Prometheus text exposition. */
    public String scrape() {
        return registry.scrape();
    }
}
