package org.jifen.adapters.rest.health;

import java.util.Map;
import org.jifen.adapters.rest.shared.ApiReply;
import org.jifen.adapters.rest.shared.HttpMetrics;
import org.jifen.adapters.rest.shared.RouteSet;
import org.jifen.adapters.rest.shared.RouteTable;

/** {@code GET /health} (503 when the database does not answer) and {@code GET /metrics} (Prometheus text). */
public final class HealthRoutes implements RouteSet {

    private static final System.Logger LOG = System.getLogger(HealthRoutes.class.getName());

    private final DatabaseCheck database;
    private final HttpMetrics metrics;

    public HealthRoutes(DatabaseCheck database, HttpMetrics metrics) {
        this.database = database;
        this.metrics = metrics;
    }

    @Override
    public void register(RouteTable routes) {
        routes.getPublic("/health", call -> {
            boolean up;
            try {
                up = database.reachable();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, () -> "database check failed: " + e.getClass().getName());
                up = false;
            }
            String status = up ? "UP" : "DOWN";
            return new ApiReply(up ? 200 : 503, new HealthResponse(status, new HealthResponse.Component(status)),
                    Map.of("Cache-Control", "no-store"));
        });
        routes.getText("/metrics", "text/plain; version=0.0.4; charset=utf-8", metrics::scrape);
    }
}
