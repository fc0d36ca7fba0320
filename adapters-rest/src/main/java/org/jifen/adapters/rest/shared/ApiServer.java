package org.jifen.adapters.rest.shared;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import org.eclipse.jetty.server.Server;
import spark.Service;
import spark.embeddedserver.EmbeddedServers;
import spark.embeddedserver.jetty.EmbeddedJettyFactory;

/**
 * The REST server: a Spark {@link Service} of its own (never Spark's static singleton) on the
 * {@link HardenedJettyFactory}'s Jetty, with the routes of every {@link RouteSet}. {@link #stop()} is
 * graceful: the connector stops accepting, in-flight requests finish within the stop timeout.
 */
public final class ApiServer {

    private static final System.Logger LOG = System.getLogger(ApiServer.class.getName());

    private final ApiServerConfig config;
    private final BearerTokens tokens;
    private final HttpMetrics metrics;
    private final List<RouteSet> routeSets;
    private final LongSupplier nanoTicker;
    private final Json json = new Json();
    private Service spark;
    private HardenedJettyFactory jetty;
    private volatile RouteTable table;
    private volatile int port;

    public ApiServer(ApiServerConfig config, BearerTokens tokens, HttpMetrics metrics, List<RouteSet> routeSets) {
        this(config, tokens, metrics, routeSets, System::nanoTime);
    }

    /**
     * With the monotonic nanosecond ticker the rate limits' buckets refill by ({@link System#nanoTime} in
     * production; a settable one in tests, so a refill needs no sleep).
     */
    public ApiServer(ApiServerConfig config, BearerTokens tokens, HttpMetrics metrics, List<RouteSet> routeSets,
            LongSupplier nanoTicker) {
        this.config = config;
        this.tokens = tokens;
        this.metrics = metrics;
        this.routeSets = List.copyOf(routeSets);
        this.nanoTicker = nanoTicker;
    }

    public synchronized ApiServer start() {
        if (spark != null) {
            throw new IllegalStateException("already started");
        }
        jetty = new HardenedJettyFactory(config, json, tokens, metrics, nanoTicker);
        String identifier = "jifen-" + UUID.randomUUID();
        EmbeddedServers.add(identifier, new EmbeddedJettyFactory(jetty));
        spark = Service.ignite();
        spark.embeddedServerIdentifier(identifier);
        spark.ipAddress(config.host());
        spark.port(config.port());
        spark.threadPool(config.maxThreads(), config.minThreads(), (int) config.threadIdleTimeout().toMillis());
        spark.untrustForwardHeaders();
        AtomicReference<Exception> failed = new AtomicReference<>();
        spark.initExceptionHandler(failed::set);
        table = new RouteTable(spark, json, tokens, metrics);
        routeSets.forEach(set -> set.register(table));
        table.installFallbacks();
        spark.init();
        spark.awaitInitialization();
        if (failed.get() != null) {
            spark = null;
            throw new IllegalStateException("the REST server could not start on " + config.host() + ":" + config.port()
                    + ": " + failed.get().getMessage());
        }
        // the connector's own port: Spark's port() would report the one Spark picked, not the one Jetty bound
        port = ((org.eclipse.jetty.server.ServerConnector) jetty.server().getConnectors()[0]).getLocalPort();
        LOG.log(System.Logger.Level.INFO, () -> "REST server listening on port " + port);
        return this;
    }

    /** The port listened on (the free port picked when configured as 0). */
    public int port() {
        return port;
    }

    /** Every registered route. */
    public List<RouteTable.Route> routes() {
        return table.routes();
    }

    /**
     * Stops gracefully: new connections are refused at once, requests in flight finish (up to the stop
     * timeout), then Spark's state is cleared.
     */
    public synchronized void stop() {
        if (spark == null) {
            return;
        }
        Server server = jetty.server();
        try {
            if (server != null) {
                server.stop();
            }
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, () -> "stop did not finish cleanly: " + SensitiveText.mask(e.toString()));
        }
        spark.stop();
        spark.awaitStop();
        spark = null;
    }
}
