package org.jifen.adapters.rest.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.adapters.rest.RestServerFixture.ADMIN;
import static org.jifen.adapters.rest.RestServerFixture.AUDITOR;
import static org.jifen.adapters.rest.RestServerFixture.HAISHU_CLERK;
import static org.jifen.adapters.rest.RestServerFixture.json;

import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jifen.adapters.rest.RestServerFixture;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Per-subject and per-address token buckets over real HTTP, with a tiny limit (1 request per second,
 * bursts of 3) and a ticker the test moves, so a refill needs no sleep.
 */
class RateLimitTest {

    private static final String CATALOGUE = "/api/v1/catalogue?district=330203&on=2024-05-02";
    private static final String PERSONS = "/api/v1/persons";

    private final AtomicLong nanos = new AtomicLong(TimeUnit.HOURS.toNanos(1));
    private RestServerFixture api;

    @BeforeEach
    void start() {
        api = RestServerFixture.start(RestServerFixture.testConfig()
                .withRateLimits(new RateLimits(RateLimit.of(1, 3), RateLimit.of(1, 2))), nanos::get);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void aSubjectOverItsBurst_is429RateLimitedWithRetryAfter_andNothingIsWritten() {
        for (int i = 0; i < 3; i++) {
            assertThat(api.get(CATALOGUE, HAISHU_CLERK).statusCode()).as("request %d of the burst", i + 1).isNotEqualTo(429);
        }

        HttpResponse<String> limited = api.post(PERSONS, HAISHU_CLERK, RestServerFixture.q(
                "{'idNumber':'330203199001011232','name':'张三','phone':'13812345678','hukouDivision':'330203',"
                        + "'permitDivision':'330203'}"));

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(json(limited).get("code").asText()).isEqualTo("RATE_LIMITED");
        assertThat(json(limited).get("status").asInt()).isEqualTo(429);
        assertThat(json(limited).get("title").asText()).isEqualTo("Too Many Requests");
        assertThat(api.adapters().persons().findByDistrict(DivisionCode.of("330203"))).isEmpty();
        assertThat(api.metrics()).containsPattern(
                "http_server_requests_seconds_count\\{method=\"POST\",route=\"rate-limited\",status=\"429\"} 1");
    }

    @Test
    void retryAfter_isTheWholeSecondsUntilARequestIsAllowed_roundedUp() {
        api.close();
        api = RestServerFixture.start(RestServerFixture.testConfig()
                .withRateLimits(new RateLimits(RateLimit.of(1, 1), RateLimit.of(1, 1))), nanos::get);
        assertThat(api.get(CATALOGUE, HAISHU_CLERK).statusCode()).isEqualTo(200);
        nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(100));

        assertThat(api.get(CATALOGUE, HAISHU_CLERK).headers().firstValue("Retry-After")).hasValue("1");
        assertThat(RateLimitHandler.retryAfterSeconds(TimeUnit.MILLISECONDS.toNanos(2_001))).isEqualTo(3);
        assertThat(RateLimitHandler.retryAfterSeconds(TimeUnit.SECONDS.toNanos(2))).isEqualTo(2);
        assertThat(RateLimitHandler.retryAfterSeconds(1)).isEqualTo(1);
    }

    @Test
    void anotherToken_isUnaffected_whileOneSubjectIsLimited() {
        exhaust(HAISHU_CLERK);
        assertThat(api.get(CATALOGUE, HAISHU_CLERK).statusCode()).isEqualTo(429);

        assertThat(api.get(CATALOGUE, ADMIN).statusCode()).isEqualTo(200);
        assertThat(api.get(CATALOGUE, AUDITOR).statusCode()).isEqualTo(200);
    }

    @Test
    void aLimitedSubject_recoversAfterTheWait_oneRequestPerSecondAfterTheBurst() {
        exhaust(HAISHU_CLERK);
        HttpResponse<String> limited = api.get(CATALOGUE, HAISHU_CLERK);
        assertThat(limited.statusCode()).isEqualTo(429);
        long wait = Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow());

        nanos.addAndGet(TimeUnit.SECONDS.toNanos(wait));

        assertThat(api.get(CATALOGUE, HAISHU_CLERK).statusCode()).isEqualTo(200);
        assertThat(api.get(CATALOGUE, HAISHU_CLERK).statusCode()).as("one refilled, one spent").isEqualTo(429);
        nanos.addAndGet(TimeUnit.SECONDS.toNanos(10));
        for (int i = 0; i < 3; i++) {
            assertThat(api.get(CATALOGUE, HAISHU_CLERK).statusCode()).as("refilled to the burst, not beyond").isEqualTo(200);
        }
        assertThat(api.get(CATALOGUE, HAISHU_CLERK).statusCode()).isEqualTo(429);
    }

    @Test
    void requestsWithoutAValidToken_areLimitedByAddress_andStill401UntilThen() {
        assertThat(api.get(CATALOGUE, "not-a-token").statusCode()).isEqualTo(401);
        assertThat(api.get(CATALOGUE, null).statusCode()).isEqualTo(401);

        HttpResponse<String> limited = api.get("/api/v1/openapi.json", null);

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(json(limited).get("code").asText()).isEqualTo("RATE_LIMITED");
        assertThat(api.get(CATALOGUE, "another-guess").statusCode()).isEqualTo(429);
        assertThat(api.get(CATALOGUE, HAISHU_CLERK).statusCode()).as("a valid token has its own bucket").isEqualTo(200);
    }

    @Test
    void healthAndMetrics_areNeverLimited() {
        exhaust(null);
        for (int i = 0; i < 10; i++) {
            assertThat(api.get("/health", null).statusCode()).isEqualTo(200);
            assertThat(api.get("/metrics", null).statusCode()).isEqualTo(200);
        }
        assertThat(api.get("/api/v1/openapi.json", null).statusCode()).isEqualTo(429);
    }

    @Test
    void unlimited_neverRefuses() {
        api.close();
        api = RestServerFixture.start(RestServerFixture.testConfig().withRateLimits(RateLimits.unlimited()), nanos::get);

        for (int i = 0; i < 20; i++) {
            assertThat(api.get(CATALOGUE, HAISHU_CLERK).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void defaults_areFiftyPerSecondWithBurstsOfAHundred_forSubjectsAndAddresses() {
        assertThat(RateLimits.defaults()).isEqualTo(new RateLimits(RateLimit.of(50, 100), RateLimit.of(50, 100)));
        assertThat(ApiServerConfig.defaults().rateLimits()).isEqualTo(RateLimits.defaults());
    }

    private void exhaust(String token) {
        for (int i = 0; i < 3; i++) {
            if (api.get(CATALOGUE, token).statusCode() == 429) {
                return;
            }
        }
    }
}
