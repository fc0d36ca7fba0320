package org.jifen.adapters.rest.shared;

import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;

/**
 * The server's Prometheus metrics (Micrometer): {@code http_server_requests_seconds} by method, route
 * template (never the raw path, so ids do not explode the series) and status;
 * {@code jifen_ledger_postings_total}, the ledger entries appended through the API (publication, deductions,
 * second approvals, appeal corrections, clearing); {@code jifen_rounds_run_total} by programme kind.
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

    /** Ledger entries appended by a request (counted after the use case returned, replays not counted). */
    public void ledgerPostings(int entries) {
        if (entries > 0) {
            io.micrometer.core.instrument.Counter.builder("jifen.ledger.postings")
                    .description("Ledger entries appended through the API")
                    .register(registry)
                    .increment(entries);
        }
    }

    /** An allocation round run through the API. */
    public void roundRun(String kind) {
        io.micrometer.core.instrument.Counter.builder("jifen.rounds.run")
                .description("Allocation rounds run through the API, by programme kind")
                .tag("kind", kind)
                .register(registry)
                .increment();
    }

    /** The Prometheus text exposition. */
    public String scrape() {
        return registry.scrape();
    }
}
