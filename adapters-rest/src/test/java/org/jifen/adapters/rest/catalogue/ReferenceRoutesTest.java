package org.jifen.adapters.rest.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.adapters.rest.RestServerFixture.ADMIN;
import static org.jifen.adapters.rest.RestServerFixture.APPLICANT;
import static org.jifen.adapters.rest.RestServerFixture.AUDITOR;
import static org.jifen.adapters.rest.RestServerFixture.HAISHU_CLERK;
import static org.jifen.adapters.rest.RestServerFixture.SYSTEM;
import static org.jifen.adapters.rest.RestServerFixture.json;
import static org.jifen.adapters.rest.RestServerFixture.q;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.jifen.adapters.rest.RestServerFixture;
import org.jifen.application.PersonBuilder;
import org.jifen.application.TestCallers;
import org.jifen.application.TestData;
import org.jifen.application.port.in.catalogue.ImportCatalogueCommand;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.person.Person;
import org.jifen.domain.person.TestIdNumbers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The catalogue, system data and the audit log over HTTP. */
class ReferenceRoutesTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 4, 30);

    private final RestServerFixture api = RestServerFixture.start();
    private Person anna;

    @BeforeEach
    void given() {
        api.useCases().importCatalogue().importCatalogue(
                new ImportCatalogueCommand(TestCallers.ADMIN, TestData.defaultCatalogues()));
        anna = PersonBuilder.aPerson().build();
        api.adapters().persons().add(anna);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    // ---------------------------------------------------------------- catalogue

    @Test
    void theCatalogue_showsTheThreeTiersInForceWithCapsRulesAndMaxima_toAnyRole() {
        HttpResponse<String> response = api.get("/api/v1/catalogue?district=330203&on=2024-05-01", APPLICANT);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode catalogue = json(response);
        assertThat(catalogue.get("maxTotal").asText()).isEqualTo("300.00");
        assertThat(catalogue.get("districtName").asText()).isEqualTo("海曙区");
        JsonNode provincial = catalogue.get("tiers").get(0);
        assertThat(provincial.get("max").asText()).isEqualTo("100.00");
        assertThat(provincial.get("version").asText()).isEqualTo("330000-2022");
        assertThat(provincial.get("effectiveFrom").asText()).isEqualTo("2022-07-01");
        JsonNode p04 = provincial.get("indicators").get(3);
        assertThat(p04.get("code").asText()).isEqualTo("P04");
        assertThat(p04.get("name").asText()).isEqualTo("缴纳社保");
        assertThat(p04.get("cap").asText()).isEqualTo("30.00");
        assertThat(p04.get("department").asText()).isEqualTo("HRSS");
        assertThat(p04.get("rule").toString())
                .isEqualTo("{\"kind\":\"PER_UNIT\",\"pointsPerUnit\":\"0.50\",\"unitSize\":\"1\",\"unit\":\"MONTH\"}");
        assertThat(catalogue.get("tiers").get(1).get("indicators")).hasSize(12);
        assertThat(catalogue.get("tiers").get(2).get("max").asText()).isEqualTo("50.00");
        assertThat(api.get("/api/v1/catalogue?district=330203&on=2024-05-01", AUDITOR).statusCode()).isEqualTo(200);
    }

    @Test
    void theCatalogue_refusesWithoutTokenAndWithoutOrWithBadParameters() {
        assertThat(api.get("/api/v1/catalogue?district=330203&on=2024-05-01", null).statusCode()).isEqualTo(401);
        HttpResponse<String> noOn = api.get("/api/v1/catalogue?district=330203", APPLICANT);
        assertThat(noOn.statusCode()).isEqualTo(400);
        assertThat(json(noOn).get("errors").get(0).get("field").asText()).isEqualTo("on");
        HttpResponse<String> city = api.get("/api/v1/catalogue?district=330200&on=2024-05-01", APPLICANT);
        assertThat(city.statusCode()).isEqualTo(400);
        assertThat(json(city).get("code").asText()).isEqualTo("NOT_A_DISTRICT");
    }

    // ---------------------------------------------------------------- system data

    private String record(String idNumber, String indicator, String quantity) {
        return "{\"idNumber\":\"" + idNumber + "\",\"indicator\":\"" + indicator + "\",\"quantity\":" + quantity
                + ",\"asOf\":\"" + AS_OF + "\"}";
    }

    @Test
    void systemData_isStoredForThePersonsNamedByIdNumber() {
        HttpResponse<String> response = api.post("/api/v1/system-data", SYSTEM,
                "[" + record(anna.idNumber().value(), "P04", "61") + "," + record(anna.idNumber().value(), "HS06", "1") + "]");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(json(response).get("recorded").asInt()).isEqualTo(2);
        assertThat(api.adapters().systemData().latest(anna.id(), IndicatorCode.of("P04"), AS_OF).orElseThrow().quantity())
                .isEqualByComparingTo("61");
    }

    @Test
    void systemData_refusesBadIdNumbersUnknownIndicatorsOtherRolesAndStrangers_storingNothing() {
        String good = record(anna.idNumber().value(), "P04", "61");
        String wrongCheck = TestIdNumbers.withWrongCheck(anna.idNumber().value());
        String stranger = TestIdNumbers.number("330203", LocalDate.of(1985, 6, 1), 77);

        HttpResponse<String> badId = api.post("/api/v1/system-data", SYSTEM, "[" + good + "," + record(wrongCheck, "P04", "1") + "]");
        HttpResponse<String> unknownIndicator = api.post("/api/v1/system-data", SYSTEM,
                "[" + good + "," + record(anna.idNumber().value(), "P77", "1") + "]");
        HttpResponse<String> clerk = api.post("/api/v1/system-data", HAISHU_CLERK, "[" + good + "]");
        HttpResponse<String> unknownPerson = api.post("/api/v1/system-data", ADMIN, "[" + good + "," + record(stranger, "P04", "1") + "]");
        HttpResponse<String> notAList = api.post("/api/v1/system-data", SYSTEM, good);
        HttpResponse<String> quantityAsText = api.post("/api/v1/system-data", SYSTEM, "[" + record(anna.idNumber().value(), "P04", "\"many\"") + "]");

        assertThat(badId.statusCode()).isEqualTo(400);
        assertThat(json(badId).get("code").asText()).isEqualTo("INVALID_ID_NUMBER");
        assertThat(json(badId).get("errors").get(0).get("field").asText()).isEqualTo("[1].idNumber");
        assertThat(badId.body()).doesNotContain(wrongCheck);
        assertThat(unknownIndicator.statusCode()).isEqualTo(400);
        assertThat(json(unknownIndicator).get("code").asText()).isEqualTo("UNKNOWN_INDICATOR");
        assertThat(clerk.statusCode()).isEqualTo(403);
        assertThat(unknownPerson.statusCode()).isEqualTo(404);
        assertThat(unknownPerson.body()).contains("records[1]").doesNotContain(stranger);
        assertThat(notAList.statusCode()).isEqualTo(400);
        assertThat(quantityAsText.statusCode()).isEqualTo(400);
        assertThat(json(quantityAsText).get("errors").get(0).get("field").asText()).isEqualTo("[0].quantity");
        assertThat(api.adapters().systemData().latest(anna.id(), IndicatorCode.of("P04"), AS_OF)).isEmpty();
    }

    // ---------------------------------------------------------------- audit

    @Test
    void theAuditLog_isReadByAnAuditor_filteredAndVerified_andRefusedToAClerk() {
        api.post("/api/v1/persons", HAISHU_CLERK, q("{'idNumber':'" + TestIdNumbers.number("330203",
                LocalDate.of(1990, 1, 1), 321) + "','name':'王五','residenceDistrict':'330203'}"));
        int events = api.adapters().auditLog().all().size();

        HttpResponse<String> all = api.get("/api/v1/audit", AUDITOR);
        HttpResponse<String> byClerk = api.get("/api/v1/audit?actor=clerk-hs", AUDITOR);
        HttpResponse<String> byNobody = api.get("/api/v1/audit?actor=nobody", AUDITOR);
        HttpResponse<String> future = api.get("/api/v1/audit?from=2030-01-01T00:00:00Z", AUDITOR);
        HttpResponse<String> verify = api.get("/api/v1/audit/verify", AUDITOR);
        HttpResponse<String> clerk = api.get("/api/v1/audit", HAISHU_CLERK);
        HttpResponse<String> badInstant = api.get("/api/v1/audit?from=yesterday", AUDITOR);

        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(json(all).get("events")).hasSize(events);
        assertThat(json(byClerk).get("events")).hasSize(1);
        assertThat(json(byClerk).get("events").get(0).get("action").asText()).isEqualTo("PERSON_REGISTERED");
        assertThat(json(byNobody).get("events")).isEmpty();
        assertThat(json(future).get("events")).isEmpty();
        assertThat(all.body()).doesNotContain(TestIdNumbers.number("330203", LocalDate.of(1990, 1, 1), 321));
        assertThat(json(verify).toString()).isEqualTo("{\"valid\":true,\"events\":" + events + "}");
        assertThat(clerk.statusCode()).isEqualTo(403);
        assertThat(json(badInstant).get("code").asText()).isEqualTo("INVALID_PARAMETER");
        assertThat(api.get("/api/v1/audit/verify", null).statusCode()).isEqualTo(401);
    }
}
