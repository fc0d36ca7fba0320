package org.jifen.adapters.rest.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jifen.adapters.rest.RestServerFixture.ADMIN;
import static org.jifen.adapters.rest.RestServerFixture.HAISHU_CLERK;
import static org.jifen.adapters.rest.RestServerFixture.json;
import static org.jifen.adapters.rest.RestServerFixture.q;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jifen.adapters.rest.RestServerFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApiServerTest {


    private final CountDownLatch slowStarted = new CountDownLatch(1);
    private RestServerFixture api;

    /** Routes only the tests need: one that fails unexpectedly, one that is slow. */
    private final RouteSet testRoutes = routes -> {
        routes.get("/test/boom", call -> {
            throw new IllegalStateException("select * from person where id_number = '330203199001011232' failed");
        });
        routes.getPublic("/test/slow", call -> {
            slowStarted.countDown();
            try {
                Thread.sleep(1500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ApiReply.ok(Map.of("finished", true));
        });
        routes.getPublic("/test/origin", call -> ApiReply.ok(Map.of("address", call.clientAddress(), "scheme",
                call.scheme(), "host", call.host())));
    };

    @BeforeEach
    void start() {
        api = RestServerFixture.start(RestServerFixture.testConfig().withMaxBodyBytes(1024), Map.of(), List.of(testRoutes));
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void chunkedBody_isRefusedWith411AndTheConnectionClosed_soASmuggledRequestIsNeverAnswered() {
        String smuggled = "GET /health HTTP/1.1\r\nHost: x\r\n\r\n";
        String request = "POST /api/v1/persons HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + ADMIN + "\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "2;ext=\"x\r\n\"\r\n{}\r\n0\r\n\r\n" + smuggled;

        String response = raw(request);

        assertThat(response).startsWith("HTTP/1.1 411 ");
        assertThat(response).containsIgnoringCase("Connection: close");
        assertThat(response).contains("\"code\":\"LENGTH_REQUIRED\"").contains("application/problem+json");
        assertThat(response.split("HTTP/1.1 ", -1)).as("exactly one response on the connection").hasSize(2);
        assertThat(api.adapters().persons().findByDistrict(org.jifen.domain.jurisdiction.DivisionCode.of("330203")).size()).isZero();
    }

    @Test
    void declaredBodyAboveTheLimit_isRefusedWith413BeforeTheBodyIsSent() {
        // only the headers are sent: the answer must come without the server waiting for the 4096 bytes
        String request = "POST /api/v1/persons HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + ADMIN + "\r\n"
                + "Content-Type: application/json\r\nContent-Length: 4096\r\n\r\n";

        String response = raw(request);

        assertThat(response).startsWith("HTTP/1.1 413 ");
        assertThat(response).contains("\"code\":\"BODY_TOO_LARGE\"").containsIgnoringCase("Connection: close");
    }

    @Test
    void bodyThatIsNotJson_is415() {
        HttpResponse<String> response = api.send(HttpRequest.newBuilder(api.uri("/api/v1/persons"))
                .header("Authorization", "Bearer " + ADMIN).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hello")).build());

        assertProblem(response, 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void unknownJsonField_is400NamingTheField() {
        HttpResponse<String> response = api.post("/api/v1/persons", HAISHU_CLERK,
                q("{'idNumber':'x','name':'张三','nickname':'小张','residenceDistrict':'330203'}"));

        JsonNode problem = assertProblem(response, 400, "UNKNOWN_FIELD");
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("nickname");
        assertThat(api.adapters().persons().findByDistrict(org.jifen.domain.jurisdiction.DivisionCode.of("330203")).size()).isZero();
    }

    @Test
    void malformedJson_is400() {
        assertProblem(api.post("/api/v1/persons", HAISHU_CLERK, "{\"idNumber\": "), 400, "MALFORMED_JSON");
    }

    @Test
    void jsonNestedDeeperThanTheParserAllows_is400JsonTooComplex_notAnInternalError() {
        // found by HostileJsonBodiesProperties: the limit's exception has no location, and reading it was a 500
        try (RestServerFixture oneMiB = RestServerFixture.start()) {
            String deep = "{\"a\":".repeat(999);
            JsonNode array = assertProblem(oneMiB.post("/api/v1/persons", HAISHU_CLERK, deep
                    + q("{'idNumber':'x','residencePermit':{'number':'1'}}")), 400, "JSON_TOO_COMPLEX");
            JsonNode member = assertProblem(oneMiB.post("/api/v1/applications", HAISHU_CLERK, deep
                    + q("{'personId':'person-0001','claims':[{'indicator':'P02'}]}")), 400, "JSON_TOO_COMPLEX");

            assertThat(array.get("detail").asText())
                    .startsWith("the body goes beyond the JSON limits: Document nesting depth (1001)")
                    .contains("exceeds the maximum allowed (1000");
            assertThat(member.get("title").asText()).isEqualTo("Bad Request");
            assertThat(oneMiB.adapters().auditLog().all()).isEmpty();
            assertThat(oneMiB.adapters().persons().findByDistrict(
                    org.jifen.domain.jurisdiction.DivisionCode.of("330203"))).isEmpty();
        }
    }

    @Test
    void wrongTypeOfAField_is400NamingItsPath() {
        HttpResponse<String> response = api.post("/api/v1/persons", HAISHU_CLERK, q("{'idNumber':'x','name':'张三',"
                + "'residencePermit':{'number':'1','issuer':'330203','validFrom':'yesterday','validTo':'2030-01-01'},"
                + "'residenceDistrict':'330203'}"));

        JsonNode problem = assertProblem(response, 400, "INVALID_FIELD");
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("residencePermit.validFrom");
    }

    @Test
    void unknownRoute_is404ProblemJson() {
        assertProblem(api.get("/api/v1/nothing-here", ADMIN), 404, "NOT_FOUND");
    }

    @Test
    void wrongMethod_is405WithAllow() {
        HttpResponse<String> response = api.send(HttpRequest.newBuilder(api.uri("/api/v1/persons/P1"))
                .header("Authorization", "Bearer " + ADMIN).DELETE().build());

        assertProblem(response, 405, "METHOD_NOT_ALLOWED");
        assertThat(response.headers().firstValue("Allow")).hasValue("GET");
    }

    @Test
    void unexpectedFailure_isAGeneric500WithAReference_neverSparksHtmlPageOrTheDetail() {
        HttpResponse<String> response = api.get("/test/boom", ADMIN);

        JsonNode problem = assertProblem(response, 500, "INTERNAL_ERROR");
        assertThat(problem.get("reference").asText()).hasSize(36);
        assertThat(response.body()).doesNotContain("select", "IllegalStateException", "330203199001011232", "<html");
    }

    @Test
    void missingOrBadToken_is401ProblemJson() {
        JsonNode missing = assertProblem(api.get("/api/v1/persons/P1", null), 401, "UNAUTHENTICATED");
        HttpResponse<String> bad = api.get("/api/v1/persons/P1", "not-a-token");

        assertProblem(bad, 401, "UNAUTHENTICATED");
        assertThat(bad.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(bad.body()).doesNotContain("not-a-token");
        assertThat(missing.get("type").asText()).isEqualTo("urn:jifen:problem:unauthenticated");
    }

    @Test
    void forwardedHeaders_doNotChangeTheAddressSchemeOrHostTheServerSees() {
        HttpResponse<String> response = api.send(HttpRequest.newBuilder(api.uri("/test/origin"))
                .header("X-Forwarded-For", "203.0.113.9").header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "evil.example").header("Forwarded", "for=203.0.113.9;proto=https")
                .GET().build());

        JsonNode origin = json(response);
        assertThat(origin.get("address").asText()).isEqualTo("127.0.0.1");
        assertThat(origin.get("scheme").asText()).isEqualTo("http");
        assertThat(origin.get("host").asText()).isEqualTo("127.0.0.1:" + api.port());
    }

    @Test
    void responses_carryNoServerVersionHeader() {
        HttpResponse<String> response = api.get("/health", null);

        assertThat(response.headers().firstValue("Server")).isEmpty();
        assertThat(response.headers().firstValue("X-Powered-By")).isEmpty();
    }

    @Test
    void health_isUpWithTheDatabase() {
        HttpResponse<String> response = api.get("/health", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).toString()).isEqualTo("{\"status\":\"UP\",\"database\":{\"status\":\"UP\"}}");
    }

    @Test
    void metrics_countRequestsByRouteTemplateAndStatus() {
        api.get("/api/v1/persons/P1", null);
        api.get("/api/v1/persons/P2", null);

        HttpResponse<String> metrics = api.get("/metrics", null);

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(metrics.body()).contains(
                "http_server_requests_seconds_count{method=\"GET\",route=\"/api/v1/persons/{personId}\",status=\"401\"} 2");
    }

    @Test
    void stop_letsARequestInFlightFinish_andRefusesNewConnections() throws Exception {
        CompletableFuture<HttpResponse<String>> slow = CompletableFuture.supplyAsync(() -> api.get("/test/slow", null));
        assertThat(slowStarted.await(5, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(api.server()::stop);
        Thread.sleep(300);

        assertThatThrownBy(() -> raw("GET /health HTTP/1.1\r\nHost: x\r\n\r\n"))
                .isInstanceOf(UncheckedIOException.class);
        HttpResponse<String> finished = slow.get(10, TimeUnit.SECONDS);
        assertThat(finished.statusCode()).isEqualTo(200);
        assertThat(finished.body()).isEqualTo("{\"finished\":true}");
        stopping.get(10, TimeUnit.SECONDS);
    }

    private JsonNode assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        JsonNode problem = json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("code").asText()).isEqualTo(code);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("type").asText()).startsWith("urn:jifen:problem:");
        return problem;
    }

    /** Sends raw bytes on a fresh connection and reads until the server closes it (or 3 s of silence). */
    private String raw(String request) {
        try (Socket socket = new Socket("127.0.0.1", api.port())) {
            socket.setSoTimeout(3000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            try {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    received.write(buffer, 0, n);
                }
            } catch (SocketTimeoutException silent) {
                // the server kept the connection open: what arrived is the answer
            }
            return received.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
