package org.jifen.adapters.rest.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.adapters.rest.RestServerFixture.ADMIN;
import static org.jifen.adapters.rest.RestServerFixture.APPLICANT;
import static org.jifen.adapters.rest.RestServerFixture.HAISHU_CLERK;
import static org.jifen.adapters.rest.RestServerFixture.YINZHOU_CLERK;
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
import org.jifen.domain.person.Person;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.person.TestIdNumbers;
import org.jifen.domain.programme.ProgrammeCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Programmes, rounds (beneficiary ID numbers always masked), a stored round, entitlements. */
class ProgrammeRoutesTest {

    private static final String PROGRAMME = q("{'code':'HS-SCHOOL-2024','kind':'SCHOOL_ENROLMENT','name':'海曙区义务教育入学',"
            + "'district':'330203','cutoffDate':'2024-05-01','minScore':'0.00','excludeTrialRun':true,"
            + "'places':{'SCHOOL-A':1}}");
    private static final String STRANGER_ID = TestIdNumbers.number("330203", LocalDate.of(2015, 9, 1), 88);

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

    private String round() {
        return q("{'candidates':[{'personId':'person-0001','beneficiary':{'idNumber':'" + anna.idNumber().value()
                + "','name':'张三'},'preferences':['SCHOOL-A']},"
                + "{'personId':'person-0009','beneficiary':{'idNumber':'" + STRANGER_ID
                + "','name':'李四'},'preferences':['SCHOOL-A']}]}");
    }

    private void defined() {
        HttpResponse<String> created = api.post("/api/v1/programmes", ADMIN, PROGRAMME);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    @Test
    void define_is201WithTheProgramme_andTheDefaultTieBreakChain() {
        HttpResponse<String> created = api.post("/api/v1/programmes", ADMIN, PROGRAMME);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode programme = json(created);
        assertThat(programme.get("kindName").asText()).isEqualTo("义务教育入学");
        assertThat(programme.get("minScore").asText()).isEqualTo("0.00");
        assertThat(programme.get("places").get("SCHOOL-A").asInt()).isEqualTo(1);
        assertThat(programme.get("tieBreaks").toString()).isEqualTo("[\"P04\",\"P05\",\"EARLIER_SUBMISSION\"]");
    }

    @Test
    void define_refusesOtherRolesDuplicatesAndBadValues_writingNothing() {
        HttpResponse<String> clerk = api.post("/api/v1/programmes", HAISHU_CLERK, PROGRAMME);
        HttpResponse<String> badKind = api.post("/api/v1/programmes", ADMIN, PROGRAMME.replace("SCHOOL_ENROLMENT", "LOTTERY"));
        HttpResponse<String> city = api.post("/api/v1/programmes", ADMIN, PROGRAMME.replace("330203", "330200"));
        HttpResponse<String> badScore = api.post("/api/v1/programmes", ADMIN, PROGRAMME.replace("'0.00'".replace('\'', '"'), "\"low\""));
        assertThat(clerk.statusCode()).isEqualTo(403);
        assertThat(json(badKind).get("errors").get(0).get("field").asText()).isEqualTo("kind");
        assertThat(badKind.statusCode()).isEqualTo(400);
        assertThat(json(city).get("code").asText()).isEqualTo("NOT_A_DISTRICT");
        assertThat(json(badScore).get("code").asText()).isEqualTo("INVALID_POINTS");
        assertThat(api.adapters().programmes().find(new ProgrammeCode("HS-SCHOOL-2024"))).isEmpty();

        defined();
        HttpResponse<String> again = api.post("/api/v1/programmes", ADMIN, PROGRAMME);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json(again).get("code").asText()).isEqualTo("PROGRAMME_EXISTS");
    }

    @Test
    void aRound_placesTheEligibleCandidate_masksEveryBeneficiaryIdNumber_andGrantsTheEntitlement() {
        defined();

        HttpResponse<String> run = api.post("/api/v1/programmes/HS-SCHOOL-2024/rounds", ADMIN, round());

        assertThat(run.statusCode()).as(run.body()).isEqualTo(201);
        JsonNode round = json(run);
        String roundId = round.get("roundId").asText();
        assertThat(run.headers().firstValue("Location")).hasValue("/api/v1/rounds/" + roundId);
        assertThat(round.get("candidates").asInt()).isEqualTo(2);
        JsonNode placed = round.get("results").get(0);
        assertThat(placed.get("rank").asInt()).isEqualTo(1);
        assertThat(placed.get("personId").asText()).isEqualTo("person-0001");
        assertThat(placed.get("place").asText()).isEqualTo("SCHOOL-A");
        assertThat(placed.get("score").asText()).isEqualTo("0.00");
        assertThat(placed.get("beneficiary").get("idNumber").asText()).isEqualTo(anna.idNumber().masked());
        JsonNode excluded = round.get("results").get(1);
        assertThat(excluded.get("rank").asInt()).isZero();
        assertThat(excluded.get("place").isNull()).isTrue();
        assertThat(excluded.get("reason").asText()).isEqualTo("NOT_ELIGIBLE");
        assertThat(excluded.get("reasonText").asText()).isNotBlank();
        assertThat(run.body()).doesNotContain(anna.idNumber().value(), STRANGER_ID);

        HttpResponse<String> stored = api.get("/api/v1/rounds/" + roundId, HAISHU_CLERK);
        assertThat(stored.statusCode()).isEqualTo(200);
        assertThat(json(stored).get("results")).isEqualTo(round.get("results"));
        assertThat(stored.body()).doesNotContain(anna.idNumber().value(), STRANGER_ID);

        JsonNode entitlements = json(api.get("/api/v1/persons/person-0001/entitlements", APPLICANT));
        assertThat(entitlements.get("entitlements")).hasSize(1);
        assertThat(entitlements.get("entitlements").get(0).get("place").asText()).isEqualTo("SCHOOL-A");
        assertThat(entitlements.get("entitlements").get(0).get("active").asBoolean()).isTrue();
        assertThat(entitlements.get("entitlements").get(0).get("beneficiary").get("idNumber").asText())
                .isEqualTo(anna.idNumber().masked());
        assertThat(api.metrics()).contains("jifen_rounds_run_total{kind=\"SCHOOL_ENROLMENT\"} 1.0");
    }

    @Test
    void rounds_refuseOtherRolesUnknownProgrammesAndRoundsAndInvalidIdNumbers_storingNothing() {
        defined();

        HttpResponse<String> clerk = api.post("/api/v1/programmes/HS-SCHOOL-2024/rounds", HAISHU_CLERK, round());
        HttpResponse<String> unknown = api.post("/api/v1/programmes/NOPE/rounds", ADMIN, round());
        HttpResponse<String> badId = api.post("/api/v1/programmes/HS-SCHOOL-2024/rounds", ADMIN,
                round().replace(STRANGER_ID, TestIdNumbers.withWrongCheck(STRANGER_ID)));
        HttpResponse<String> missingRound = api.get("/api/v1/rounds/RND-NOPE", ADMIN);
        HttpResponse<String> yinzhou = api.get("/api/v1/persons/person-0001/entitlements", YINZHOU_CLERK);

        assertThat(clerk.statusCode()).isEqualTo(403);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).get("code").asText()).isEqualTo("PROGRAMME_NOT_FOUND");
        assertThat(badId.statusCode()).isEqualTo(400);
        assertThat(json(badId).get("code").asText()).isEqualTo("INVALID_ID_NUMBER");
        assertThat(missingRound.statusCode()).isEqualTo(404);
        assertThat(json(missingRound).get("code").asText()).isEqualTo("ROUND_NOT_FOUND");
        assertThat(yinzhou.statusCode()).isEqualTo(403);
        assertThat(api.get("/api/v1/rounds/RND-NOPE", null).statusCode()).isEqualTo(401);
        assertThat(api.adapters().entitlements().findByHolder(PersonId.of("person-0001"))).isEmpty();
        assertThat(api.metrics()).doesNotContain("jifen_rounds_run_total{");
    }

    @Test
    void aRoundWithAnIdempotencyKey_runsOnce() {
        defined();
        Map<String, String> key = Map.of("Idempotency-Key", "round-2024-1");

        HttpResponse<String> first = api.post("/api/v1/programmes/HS-SCHOOL-2024/rounds", ADMIN, round(), key);
        HttpResponse<String> again = api.post("/api/v1/programmes/HS-SCHOOL-2024/rounds", ADMIN, round(), key);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(api.adapters().entitlements().findByHolder(PersonId.of("person-0001"))).hasSize(1);
        assertThat(api.metrics()).contains("jifen_rounds_run_total{kind=\"SCHOOL_ENROLMENT\"} 1.0");
    }
}
