package org.jifen.adapters.rest.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.adapters.rest.RestServerFixture.HAISHU_CLERK;
import static org.jifen.adapters.rest.RestServerFixture.SUPERVISOR;
import static org.jifen.adapters.rest.RestServerFixture.json;
import static org.jifen.adapters.rest.RestServerFixture.q;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.jifen.adapters.rest.RestServerFixture;
import org.jifen.application.PersonBuilder;
import org.jifen.application.TestCallers;
import org.jifen.application.TestData;
import org.jifen.application.port.in.catalogue.ImportCatalogueCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApplicationRoutesTest {

    private static final String SUBMISSION = q("{'personId':'person-0001','district':'330203','channel':'DISTRICT_CENTRE',"
            + "'claims':[{'indicator':'P02','facts':{'level':'BACHELOR'},'evidence':['evidence/diploma.pdf']}]}");

    private final RestServerFixture api = RestServerFixture.start();

    @BeforeEach
    void given() {
        api.useCases().importCatalogue().importCatalogue(
                new ImportCatalogueCommand(TestCallers.ADMIN, TestData.defaultCatalogues()));
        org.jifen.application.TestCalendars.years().forEach(api.adapters().calendar()::put);
        api.adapters().persons().add(PersonBuilder.aPerson()
                .withPermit("ZJ-1", LocalDate.of(2023, 1, 1), LocalDate.of(2026, 1, 1)).build());
        api.adapters().persons().add(PersonBuilder.aPerson().withId("person-0002").withSequence(124).build());
    }

    @AfterEach
    void stop() {
        api.close();
    }


    @Test
    void aNullEvidenceReference_is400NamingIt_notAnInternalError() {
        // found by HostileJsonBodiesProperties: a null in the evidence list reached List.copyOf and was a 500
        Object stored = api.adapters().applications().snapshot();
        HttpResponse<String> response = api.post("/api/v1/applications", HAISHU_CLERK,
                SUBMISSION.replace("[\"evidence/diploma.pdf\"]", "[\"evidence/diploma.pdf\",null]"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(json(response).get("errors").get(0).get("field").asText()).isEqualTo("claims[0].evidence[1]");
        assertThat(json(response).get("code").asText()).isEqualTo("MISSING_FIELD");
        assertThat(api.adapters().applications().snapshot()).isSameAs(stored);
    }

    @Test
    void submit_is201WithTheClaimPending() {
        HttpResponse<String> response = api.post("/api/v1/applications", HAISHU_CLERK, SUBMISSION);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode body = json(response);
        assertThat(body.get("status").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(body.get("personId").asText()).isEqualTo("person-0001");
        assertThat(response.headers().firstValue("Location"))
                .hasValue("/api/v1/applications/" + body.get("applicationId").asText());
        JsonNode p02 = claim(body, "P02");
        assertThat(p02.get("status").asText()).isEqualTo("PENDING");
        assertThat(p02.get("points").asText()).isEqualTo("0.00");
        assertThat(p02.get("evidence").get(0).asText()).isEqualTo("evidence/diploma.pdf");
    }

    @Test
    void theSameIdempotencyKeyAndBody_returnTheFirstApplication_anotherBodyIs409() {
        Map<String, String> key = Map.of("Idempotency-Key", "HS-CENTRE-001");
        HttpResponse<String> first = api.post("/api/v1/applications", HAISHU_CLERK, SUBMISSION, key);
        HttpResponse<String> again = api.post("/api/v1/applications", HAISHU_CLERK, SUBMISSION, key);
        HttpResponse<String> other = api.post("/api/v1/applications", HAISHU_CLERK,
                SUBMISSION.replace("BACHELOR", "MASTER"), key);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(json(again).get("applicationId")).isEqualTo(json(first).get("applicationId"));
        assertThat(other.statusCode()).isEqualTo(409);
        assertThat(json(other).get("code").asText()).isEqualTo("IDEMPOTENCY_CONFLICT");
        assertThat(api.adapters().applications().findByPerson(org.jifen.domain.person.PersonId.of("person-0001")))
                .hasSize(1);
    }

    @Test
    void anApplicantWithoutPermit_is422PermitMissing() {
        HttpResponse<String> response = api.post("/api/v1/applications", HAISHU_CLERK,
                SUBMISSION.replace("person-0001", "person-0002"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(json(response).get("code").asText()).isEqualTo("PERMIT_MISSING");
    }

    @Test
    void factsOfTwoKinds_are400NamingTheClaim() {
        HttpResponse<String> response = api.post("/api/v1/applications", HAISHU_CLERK,
                SUBMISSION.replace("{\"level\":\"BACHELOR\"}", "{\"level\":\"BACHELOR\",\"quantity\":3}"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("errors").get(0).get("field").asText()).isEqualTo("claims[0].facts");
    }

    @Test
    void read_showsTheApplication_andPublishingWithAPendingClaimIs409ClaimsPending() {
        String id = json(api.post("/api/v1/applications", HAISHU_CLERK, SUBMISSION)).get("applicationId").asText();

        HttpResponse<String> read = api.get("/api/v1/applications/" + id, HAISHU_CLERK);
        HttpResponse<String> publish = api.post("/api/v1/applications/" + id + "/publish", SUPERVISOR, "");

        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(json(read).get("applicationId").asText()).isEqualTo(id);
        assertThat(publish.statusCode()).as(publish.body()).isEqualTo(409);
        assertThat(json(publish).get("code").asText()).isEqualTo("CLAIMS_PENDING");
    }

    @Test
    void aReviewerOfAnotherDepartment_is403WrongDepartment() {
        String id = json(api.post("/api/v1/applications", HAISHU_CLERK, SUBMISSION)).get("applicationId").asText();

        HttpResponse<String> response = api.post("/api/v1/applications/" + id + "/claims/P02/decision",
                RestServerFixture.HRSS_REVIEWER, q("{'outcome':'APPROVED'}"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json(response).get("code").asText()).isEqualTo("WRONG_DEPARTMENT");
        assertThat(claim(json(api.get("/api/v1/applications/" + id, HAISHU_CLERK)), "P02").get("status").asText())
                .isEqualTo("PENDING");
    }

    private static JsonNode claim(JsonNode application, String indicator) {
        for (JsonNode claim : application.get("claims")) {
            if (claim.get("indicator").asText().equals(indicator)) {
                return claim;
            }
        }
        throw new AssertionError("no claim " + indicator + " in " + application);
    }
}
