package org.jifen.adapters.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jifen.adapters.rest.health.DatabaseCheck;
import org.jifen.adapters.rest.shared.ApiServer;
import org.jifen.adapters.rest.shared.ApiServerConfig;
import org.jifen.adapters.rest.shared.BearerTokens;
import org.jifen.adapters.rest.shared.HttpMetrics;
import org.jifen.adapters.rest.shared.RouteSet;
import org.jifen.application.JifenUseCases;
import org.jifen.application.TestCallers;
import org.jifen.application.memory.InMemoryAdapters;
import org.jifen.application.memory.SettableClock;
import org.jifen.domain.access.Caller;
import org.jifen.domain.catalogue.Department;

/**
 * The REST server on a free port over in-memory adapters, with one bearer token per test caller, and a
 * {@link HttpClient} to call it over real HTTP.
 */
public final class RestServerFixture implements AutoCloseable {

    public static final String ADMIN = "token-admin";
    public static final String HAISHU_CLERK = "token-clerk-hs";
    public static final String YINZHOU_CLERK = "token-clerk-yz";
    public static final String SUPERVISOR = "token-supervisor-hs";
    public static final String AUDITOR = "token-auditor";
    public static final String SYSTEM = "token-system";
    public static final String HRSS_REVIEWER = "token-reviewer-hrss";
    public static final String EDUCATION_REVIEWER = "token-reviewer-education";
    public static final String POLICE_REVIEWER = "token-reviewer-police";
    public static final String CREDIT_REVIEWER = "token-reviewer-credit";
    public static final String YINZHOU_POLICE_REVIEWER = "token-reviewer-police-yz";
    /** The applicant person-0001 of Haishu. */
    public static final String APPLICANT = "token-applicant-0001";
    /** Another applicant, person-0009. */
    public static final String OTHER_APPLICANT = "token-applicant-0009";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SettableClock clock;
    private final InMemoryAdapters adapters;
    private final JifenUseCases useCases;
    private final HttpMetrics metrics = new HttpMetrics();
    private final ApiServer server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RestServerFixture(ApiServerConfig config, Map<String, Caller> extraTokens, List<RouteSet> extraRoutes,
            java.util.function.LongSupplier nanoTicker) {
        clock = SettableClock.at(LocalDate.of(2024, 5, 2));
        adapters = new InMemoryAdapters(clock);
        useCases = JifenUseCases.wire(adapters.ports());
        Map<String, Caller> tokens = new java.util.HashMap<>(Map.of(
                ADMIN, TestCallers.ADMIN,
                HAISHU_CLERK, TestCallers.HAISHU_CLERK,
                YINZHOU_CLERK, TestCallers.YINZHOU_CLERK,
                SUPERVISOR, TestCallers.HAISHU_SUPERVISOR,
                AUDITOR, TestCallers.AUDITOR,
                SYSTEM, TestCallers.SYSTEM,
                HRSS_REVIEWER, TestCallers.reviewer(Department.HRSS)));
        tokens.put(EDUCATION_REVIEWER, TestCallers.reviewer(Department.EDUCATION));
        tokens.put(POLICE_REVIEWER, TestCallers.reviewer(Department.PUBLIC_SECURITY));
        tokens.put(CREDIT_REVIEWER, TestCallers.reviewer(Department.CREDIT));
        tokens.put(YINZHOU_POLICE_REVIEWER, Caller.reviewer("reviewer-yz-police", org.jifen.domain.jurisdiction
                .DivisionCode.of("330212"), Department.PUBLIC_SECURITY));
        tokens.put(APPLICANT, TestCallers.applicant(org.jifen.domain.person.PersonId.of("person-0001")));
        tokens.put(OTHER_APPLICANT, TestCallers.applicant(org.jifen.domain.person.PersonId.of("person-0009")));
        tokens.putAll(extraTokens);
        List<RouteSet> routes = new ArrayList<>(RestModule.routeSets(useCases, healthy(), metrics));
        routes.addAll(extraRoutes);
        server = new ApiServer(config, BearerTokens.of(tokens), metrics, routes, nanoTicker).start();
    }

    private static DatabaseCheck healthy() {
        return () -> true;
    }

    /**
     * The defaults on a free port of 127.0.0.1, without rate limits: a test's bursts of calls must not
     * depend on how fast the machine is (the limits' own tests set tiny ones and a settable ticker).
     */
    public static ApiServerConfig testConfig() {
        return ApiServerConfig.defaults().withHost("127.0.0.1").withPort(0).withStop(Duration.ofSeconds(10), false)
                .withRateLimits(org.jifen.adapters.rest.shared.RateLimits.unlimited());
    }

    public static RestServerFixture start() {
        return new RestServerFixture(testConfig(), Map.of(), List.of(), System::nanoTime);
    }

    public static RestServerFixture start(ApiServerConfig config, Map<String, Caller> tokens, List<RouteSet> extra) {
        return new RestServerFixture(config, tokens, extra, System::nanoTime);
    }

    /** With the ticker the rate limits refill by (nanoseconds, monotonic). */
    public static RestServerFixture start(ApiServerConfig config, java.util.function.LongSupplier nanoTicker) {
        return new RestServerFixture(config, Map.of(), List.of(), nanoTicker);
    }

    public ApiServer server() {
        return server;
    }

    public SettableClock clock() {
        return clock;
    }

    public InMemoryAdapters adapters() {
        return adapters;
    }

    public JifenUseCases useCases() {
        return useCases;
    }

    public int port() {
        return server.port();
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port() + path);
    }

    public HttpResponse<String> get(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET().timeout(Duration.ofSeconds(10));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    public HttpResponse<String> post(String path, String token, String json) {
        return post(path, token, json, Map.of());
    }

    public HttpResponse<String> post(String path, String token, String json, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(10));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::setHeader);
        return send(request.build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The text of /metrics. */
    public String metrics() {
        return get("/metrics", null).body();
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + response.body(), e);
        }
    }

    /** Single quotes in test JSON, for readability. */
    public static String q(String json) {
        return json.replace('\'', '"');
    }

    @Override
    public void close() {
        server.stop();
    }
}
