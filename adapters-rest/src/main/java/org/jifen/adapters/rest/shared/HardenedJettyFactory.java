package org.jifen.adapters.rest.shared;

import java.util.function.LongSupplier;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.StatisticsHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ThreadPool;
import spark.embeddedserver.jetty.JettyServerFactory;

/**
 * The Jetty server Spark runs on, configured explicitly: a bounded thread pool, one plain HTTP connector
 * with an idle timeout and header size limits, no {@code Server} or {@code X-Powered-By} header, no
 * {@code ForwardedRequestCustomizer} (so {@code X-Forwarded-*} is never trusted), and Spark's handler
 * wrapped, outermost first, in a {@link StatisticsHandler} with a stop timeout (a stop lets in-flight
 * requests finish while the connector refuses new ones), the {@link SecurityHeadersHandler} (every
 * response, refusals included), the {@link RateLimitHandler} (429 before anything is read) and the
 * {@link RequestGuardHandler} (411/413).
 */
final class HardenedJettyFactory implements JettyServerFactory {

    private final ApiServerConfig config;
    private final Json json;
    private final BearerTokens tokens;
    private final HttpMetrics metrics;
    private final LongSupplier nanoTicker;
    private volatile Server server;

    HardenedJettyFactory(ApiServerConfig config, Json json, BearerTokens tokens, HttpMetrics metrics,
            LongSupplier nanoTicker) {
        this.config = config;
        this.json = json;
        this.tokens = tokens;
        this.metrics = metrics;
        this.nanoTicker = nanoTicker;
    }

    @Override
    public Server create(int maxThreads, int minThreads, int threadTimeoutMillis) {
        QueuedThreadPool pool = new QueuedThreadPool(config.maxThreads(), config.minThreads(),
                (int) config.threadIdleTimeout().toMillis());
        pool.setName("jifen-http");
        return create(pool);
    }

    @Override
    public Server create(ThreadPool threadPool) {
        RequestGuardHandler guard = new RequestGuardHandler(config.maxBodyBytes(), json);
        RateLimitHandler rateLimits = new RateLimitHandler(config.rateLimits(), nanoTicker, tokens, metrics, json);
        SecurityHeadersHandler headers = new SecurityHeadersHandler(config.strictTransportSecurity());
        StatisticsHandler statistics = new StatisticsHandler();
        Server created = new Server(threadPool) {
            @Override
            public void setHandler(Handler handler) {
                // Spark sets its own handler: it always runs behind the statistics, headers, limits and guard
                guard.setHandler(handler);
                rateLimits.setHandler(guard);
                headers.setHandler(rateLimits);
                statistics.setHandler(headers);
                super.setHandler(statistics);
            }
        };
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setRequestHeaderSize(config.maxRequestHeaderBytes());
        http.setResponseHeaderSize(config.maxResponseHeaderBytes());
        // dispatch on the headers, so the guard refuses an oversized or chunked body before any of it arrives
        http.setDelayDispatchUntilContent(false);
        ServerConnector connector = new ServerConnector(created, new HttpConnectionFactory(http));
        connector.setHost(config.host());
        connector.setPort(config.port());
        connector.setIdleTimeout(config.connectorIdleTimeout().toMillis());
        created.setConnectors(new Connector[] {connector});
        created.setStopTimeout(config.stopTimeout().toMillis());
        created.setStopAtShutdown(config.stopAtShutdown());
        this.server = created;
        return created;
    }

    /** The server created for Spark (once it ignited). */
    Server server() {
        return server;
    }
}
