package org.jifen.adapters.rest.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.adapters.rest.RestServerFixture.HAISHU_CLERK;
import static org.jifen.adapters.rest.RestServerFixture.q;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jifen.adapters.rest.RestServerFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The security headers on every kind of response, successes and refusals alike. */
class SecurityHeadersTest {

    private static final Map<String, String> ALWAYS = Map.of(
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'",
            "Referrer-Policy", "no-referrer");

    private final RouteSet failing = routes -> routes.get("/api/v1/test/boom", call -> {
        throw new IllegalStateException("unexpected");
    });
    private RestServerFixture api;

    @AfterEach
    void stop() {
        if (api != null) {
            api.close();
        }
    }

    @Test
    void everyApiResponse_carriesTheHeadersAndNoStore_successesAndEveryRefusal() {
        api = RestServerFixture.start(RestServerFixture.testConfig().withMaxBodyBytes(1024), Map.of(), List.of(failing));
        String person = q("{'idNumber':'330203199001011232','name':'张三','phone':'13812345678'}");

        List<HttpResponse<String>> responses = List.of(
                api.get("/api/v1/catalogue?district=330203&on=2024-05-02", HAISHU_CLERK),
                api.get("/api/v1/openapi.json", null),
                api.get("/api/v1/persons/person-0001", null),
                api.get("/api/v1/persons/nobody", HAISHU_CLERK),
                api.post("/api/v1/persons", HAISHU_CLERK, "{not json"),
                api.get("/api/v1/no/such/thing", HAISHU_CLERK),
                api.send(HttpRequest.newBuilder(api.uri("/api/v1/openapi.json")).DELETE().build()),
                api.post("/api/v1/persons", HAISHU_CLERK, person.repeat(40)),
                api.get("/api/v1/test/boom", HAISHU_CLERK));

        assertThat(responses).extracting(HttpResponse::statusCode).containsExactly(200, 200, 401, 404, 400, 404, 405,
                413, 500);
        for (HttpResponse<String> response : responses) {
            ALWAYS.forEach((name, value) -> assertThat(response.headers().firstValue(name))
                    .as("%s on %d %s", name, response.statusCode(), response.uri()).hasValue(value));
            assertThat(response.headers().firstValue("Cache-Control"))
                    .as("Cache-Control on %d %s", response.statusCode(), response.uri()).hasValue("no-store");
            assertThat(response.headers().firstValue("Strict-Transport-Security")).as("not configured").isEmpty();
        }
    }

    @Test
    void healthMetricsAndUnknownPaths_carryTheHeaders_butTheApisNoStoreOnlyUnderIt() {
        api = RestServerFixture.start();

        List<HttpResponse<String>> responses = List.of(api.get("/health", null), api.get("/metrics", null),
                api.get("/favicon.ico", null));

        assertThat(responses).extracting(HttpResponse::statusCode).containsExactly(200, 200, 404);
        for (HttpResponse<String> response : responses) {
            ALWAYS.forEach((name, value) -> assertThat(response.headers().firstValue(name))
                    .as("%s on %s", name, response.uri()).hasValue(value));
        }
        assertThat(responses.get(0).headers().firstValue("Cache-Control")).as("/health's own").hasValue("no-store");
        assertThat(responses.get(1).headers().firstValue("Cache-Control")).as("/metrics").isEmpty();
        assertThat(responses.get(2).headers().firstValue("Cache-Control")).as("outside /api/v1").isEmpty();
    }

    @Test
    void theRateLimitRefusal_carriesTheHeadersToo() {
        api = RestServerFixture.start(RestServerFixture.testConfig()
                .withRateLimits(new RateLimits(RateLimit.of(1, 1), RateLimit.of(1, 1))), new AtomicLong()::get);
        api.get("/api/v1/openapi.json", null);

        HttpResponse<String> limited = api.get("/api/v1/openapi.json", null);

        assertThat(limited.statusCode()).isEqualTo(429);
        ALWAYS.forEach((name, value) -> assertThat(limited.headers().firstValue(name)).as(name).hasValue(value));
        assertThat(limited.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void strictTransportSecurity_isSentOnlyWhenConfigured_onEveryResponse() {
        api = RestServerFixture.start(RestServerFixture.testConfig()
                .withStrictTransportSecurity(Duration.ofDays(365)), Map.of(), List.of());

        for (String path : List.of("/health", "/api/v1/openapi.json", "/nothing-here")) {
            assertThat(api.get(path, null).headers().firstValue("Strict-Transport-Security")).as(path)
                    .hasValue("max-age=31536000");
        }
        assertThat(ApiServerConfig.defaults().strictTransportSecurity()).isEqualTo(Duration.ZERO);
    }

    @Test
    void aChunkedBodyRefusal_carriesTheHeaders() throws Exception {
        api = RestServerFixture.start();
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", api.port())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(("POST /api/v1/persons HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

            assertThat(response).startsWith("HTTP/1.1 411 ");
            ALWAYS.forEach((name, value) -> assertThat(response).as(name).contains(name + ": " + value));
            assertThat(response).contains("Cache-Control: no-store");
        }
    }

}
