package org.jifen.adapters.rest.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.adapters.rest.RestServerFixture.ADMIN;
import static org.jifen.adapters.rest.RestServerFixture.HAISHU_CLERK;
import static org.jifen.adapters.rest.RestServerFixture.json;
import static org.jifen.adapters.rest.RestServerFixture.q;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.jifen.adapters.rest.RestServerFixture;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.person.TestIdNumbers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Idempotency-Key on a creating write (registering a person): replay, conflict, scope, and no key for a failure. */
class IdempotencyKeyTest {

    private static final String ID_NUMBER = TestIdNumbers.number("330203", LocalDate.of(1990, 1, 1), 123);
    private static final Map<String, String> KEY = Map.of("Idempotency-Key", "window-7-2024-0001");

    private final RestServerFixture api = RestServerFixture.start();

    @AfterEach
    void stop() {
        api.close();
    }

    private static String person(String idNumber, String name) {
        return q("{'idNumber':'" + idNumber + "','name':'" + name + "','residenceDistrict':'330203'}");
    }

    private int persons() {
        return api.adapters().persons().findByDistrict(DivisionCode.of("330203")).size();
    }

    @Test
    void theSameKeyAndBody_answerTheFirstResponseAgain_statusBodyAndLocation_writingOnce() {
        HttpResponse<String> first = api.post("/api/v1/persons", HAISHU_CLERK, person(ID_NUMBER, "张三"), KEY);
        HttpResponse<String> again = api.post("/api/v1/persons", HAISHU_CLERK, person(ID_NUMBER, "张三"), KEY);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(persons()).isEqualTo(1);
        assertThat(api.adapters().idempotencyRecords().size()).isEqualTo(1);
        assertThat(first.body()).doesNotContain(ID_NUMBER);
    }

    @Test
    void theSameKeyWithAnotherBody_is409IdempotencyConflict_andWritesNothing() {
        api.post("/api/v1/persons", HAISHU_CLERK, person(ID_NUMBER, "张三"), KEY);
        int audited = api.adapters().auditLog().all().size();

        HttpResponse<String> other = api.post("/api/v1/persons", HAISHU_CLERK,
                person(TestIdNumbers.number("330203", LocalDate.of(1991, 2, 2), 55), "李四"), KEY);

        assertThat(other.statusCode()).isEqualTo(409);
        assertThat(json(other).get("code").asText()).isEqualTo("IDEMPOTENCY_CONFLICT");
        assertThat(persons()).isEqualTo(1);
        assertThat(api.adapters().auditLog().all()).hasSize(audited);
    }

    @Test
    void keysAreScopedPerCaller_soAnotherCallersKeyIsItsOwn() {
        api.post("/api/v1/persons", HAISHU_CLERK, person(ID_NUMBER, "张三"), KEY);

        HttpResponse<String> admin = api.post("/api/v1/persons", ADMIN,
                person(TestIdNumbers.number("330203", LocalDate.of(1991, 2, 2), 55), "李四"), KEY);

        assertThat(admin.statusCode()).isEqualTo(201);
        assertThat(persons()).isEqualTo(2);
        assertThat(api.adapters().idempotencyRecords().size()).isEqualTo(2);
    }

    @Test
    void aFailedWrite_keepsNoKey_soTheCorrectedRequestUnderTheSameKeySucceeds() {
        HttpResponse<String> refused = api.post("/api/v1/persons", HAISHU_CLERK,
                person(TestIdNumbers.withWrongCheck(ID_NUMBER), "张三"), KEY);
        HttpResponse<String> forbidden = api.post("/api/v1/persons", RestServerFixture.AUDITOR, person(ID_NUMBER, "张三"),
                KEY);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(api.adapters().idempotencyRecords().size()).isZero();
        assertThat(persons()).isZero();

        HttpResponse<String> corrected = api.post("/api/v1/persons", HAISHU_CLERK, person(ID_NUMBER, "张三"), KEY);
        assertThat(corrected.statusCode()).isEqualTo(201);
        assertThat(corrected.headers().firstValue("Idempotent-Replayed")).isEmpty();
    }

    @Test
    void aKeyThatIsTooLongOrNotPrintable_is400() {
        HttpResponse<String> tooLong = api.post("/api/v1/persons", HAISHU_CLERK, person(ID_NUMBER, "张三"),
                Map.of("Idempotency-Key", "k".repeat(201)));

        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(json(tooLong).get("code").asText()).isEqualTo("INVALID_IDEMPOTENCY_KEY");
        assertThat(json(tooLong).get("errors").get(0).get("field").asText()).isEqualTo("Idempotency-Key");
        assertThat(persons()).isZero();
    }
}
