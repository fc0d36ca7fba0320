package org.jifen.adapters.rest.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.adapters.rest.RestServerFixture.ADMIN;
import static org.jifen.adapters.rest.RestServerFixture.APPLICANT;
import static org.jifen.adapters.rest.RestServerFixture.CREDIT_REVIEWER;
import static org.jifen.adapters.rest.RestServerFixture.EDUCATION_REVIEWER;
import static org.jifen.adapters.rest.RestServerFixture.HAISHU_CLERK;
import static org.jifen.adapters.rest.RestServerFixture.HRSS_REVIEWER;
import static org.jifen.adapters.rest.RestServerFixture.OTHER_APPLICANT;
import static org.jifen.adapters.rest.RestServerFixture.POLICE_REVIEWER;
import static org.jifen.adapters.rest.RestServerFixture.SUPERVISOR;
import static org.jifen.adapters.rest.RestServerFixture.YINZHOU_POLICE_REVIEWER;
import static org.jifen.adapters.rest.RestServerFixture.json;
import static org.jifen.adapters.rest.RestServerFixture.q;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import org.jifen.adapters.rest.RestServerFixture;
import org.jifen.application.PersonBuilder;
import org.jifen.application.TestCalendars;
import org.jifen.application.TestCallers;
import org.jifen.application.TestData;
import org.jifen.application.port.in.catalogue.ImportCatalogueCommand;
import org.jifen.domain.application.ApplicationId;
import org.jifen.domain.person.PersonId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The workflow over HTTP: publish, score statement, ledger, appeals, deductions, second approval, clearing. */
class WorkflowRoutesTest {

    private static final PersonId ANNA = PersonId.of("person-0001");
    private static final String SUBMISSION = q("{'personId':'person-0001','district':'330203','channel':'WEB',"
            + "'claims':[{'indicator':'P02','facts':{'level':'BACHELOR'},'evidence':['evidence/diploma.pdf']}]}");
    private static final String SCORE = "/api/v1/persons/person-0001/score?district=330203&on=2024-05-02";

    private final RestServerFixture api = RestServerFixture.start();

    @BeforeEach
    void given() {
        api.useCases().importCatalogue().importCatalogue(
                new ImportCatalogueCommand(TestCallers.ADMIN, TestData.defaultCatalogues()));
        TestCalendars.years().forEach(api.adapters().calendar()::put);
        api.adapters().persons().add(PersonBuilder.aPerson()
                .withPermit("ZJ-1", LocalDate.of(2023, 1, 1), LocalDate.of(2026, 1, 1)).build());
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private String submitted() {
        HttpResponse<String> response = api.post("/api/v1/applications", HAISHU_CLERK, SUBMISSION);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response).get("applicationId").asText();
    }

    private String published() {
        String id = submitted();
        HttpResponse<String> decided = api.post("/api/v1/applications/" + id + "/claims/P02/decision",
                EDUCATION_REVIEWER, q("{'outcome':'APPROVED'}"));
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        HttpResponse<String> publication = api.post("/api/v1/applications/" + id + "/publish", SUPERVISOR, "");
        assertThat(publication.statusCode()).as(publication.body()).isEqualTo(200);
        assertThat(json(publication).get("publication").get("appealUntil").asText()).isEqualTo("2024-05-10");
        return id;
    }

    private int ledgerSize() {
        return api.adapters().ledgers().load(ANNA).entries().size();
    }

    // ---------------------------------------------------------------- score statement and ledger

    @Test
    void publication_postsTheClaim_andTheStatementExplainsItInChinese() {
        String id = published();

        HttpResponse<String> response = api.get(SCORE, APPLICANT);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).containsIgnoringCase("charset=utf-8");
        JsonNode statement = json(response);
        assertThat(statement.get("total").asText()).as("P01 age 34: 20, scored at submission; P02: 10").isEqualTo("30.00");
        assertThat(statement.get("maxTotal").asText()).isEqualTo("300.00");
        assertThat(statement.get("districtName").asText()).isEqualTo("海曙区");
        assertThat(statement.get("frozen").asBoolean()).isFalse();
        JsonNode provincial = statement.get("tiers").get(0);
        assertThat(provincial.get("tier").asText()).isEqualTo("PROVINCIAL");
        assertThat(provincial.get("recognised").asBoolean()).isTrue();
        assertThat(provincial.get("subtotal").asText()).isEqualTo("30.00");
        assertThat(provincial.get("max").asText()).isEqualTo("100.00");
        assertThat(provincial.get("reason").asText()).isNotBlank();
        JsonNode p02 = provincial.get("indicators").get(1);
        assertThat(p02.get("code").asText()).isEqualTo("P02");
        assertThat(p02.get("name").asText()).isEqualTo("文化程度");
        assertThat(p02.get("balance").asText()).isEqualTo("10.00");
        assertThat(p02.get("cap").asText()).isEqualTo("10.00");
        assertThat(p02.get("entries").get(0).get("source").get("reference").asText()).isEqualTo(id);

        JsonNode ledger = json(api.get("/api/v1/persons/person-0001/ledger", HAISHU_CLERK));
        assertThat(ledger.get("entries")).hasSize(2);
        assertThat(ledger.get("entries").findValuesAsText("indicator")).containsExactlyInAnyOrder("P01", "P02");
        assertThat(ledger.get("entries").findValuesAsText("points")).containsExactlyInAnyOrder("20.00", "10.00");
        assertThat(ledger.get("entries").findValuesAsText("reason")).containsOnly("AWARD");
        assertThat(ledger.get("entries").findValuesAsText("effectiveOn")).containsOnly("2024-05-02");
        assertThat(api.metrics()).contains("jifen_ledger_postings_total 2.0");
    }

    @Test
    void theStatementAsKnownBeforePublication_isZero_andInYinzhouTheMissingDistrictTierSaysWhy() {
        published();

        JsonNode before = json(api.get(SCORE + "&knownAt=2024-05-01T00:00:00Z", APPLICANT));
        JsonNode yinzhou = json(api.get("/api/v1/persons/person-0001/score?district=330212&on=2024-05-02", APPLICANT));

        assertThat(before.get("total").asText()).isEqualTo("0.00");
        assertThat(yinzhou.get("total").asText()).isEqualTo("30.00");
        JsonNode district = yinzhou.get("tiers").get(2);
        assertThat(district.get("recognised").asBoolean()).isFalse();
        assertThat(district.get("recognition").asText()).isEqualTo("NO_CATALOGUE_IN_FORCE");
        assertThat(district.get("reason").asText()).isEqualTo("鄞州区在2024-05-02无生效的区个性指标体系，该层级不计分");
    }

    @Test
    void theStatement_refusesWithoutTokenOtherApplicantsUnknownPersonsAndMissingParameters() {
        assertThat(api.get(SCORE, null).statusCode()).isEqualTo(401);
        assertThat(api.get(SCORE, "bad-token").statusCode()).isEqualTo(401);
        HttpResponse<String> other = api.get(SCORE, OTHER_APPLICANT);
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(json(other).get("code").asText()).isEqualTo("NOT_OWN_DATA");
        HttpResponse<String> unknown = api.get("/api/v1/persons/NOPE/score?district=330203&on=2024-05-02", HAISHU_CLERK);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).get("code").asText()).isEqualTo("PERSON_NOT_FOUND");
        HttpResponse<String> missing = api.get("/api/v1/persons/person-0001/score?on=2024-05-02", HAISHU_CLERK);
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(json(missing).get("errors").get(0).get("field").asText()).isEqualTo("district");
        HttpResponse<String> badDate = api.get("/api/v1/persons/person-0001/score?district=330203&on=May", HAISHU_CLERK);
        assertThat(json(badDate).get("code").asText()).isEqualTo("INVALID_PARAMETER");
        assertThat(api.get("/api/v1/persons/person-0001/ledger", OTHER_APPLICANT).statusCode()).isEqualTo(403);
    }

    // ---------------------------------------------------------------- appeals

    @Test
    void anUpheldAppeal_postsACorrection_andTheScoreFollows() {
        String id = published();

        HttpResponse<String> filed = api.post("/api/v1/appeals", HAISHU_CLERK,
                q("{'applicationId':'" + id + "','indicators':['P02'],'reason':'学历认定有误'}"));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        JsonNode appeal = json(filed);
        assertThat(appeal.get("status").asText()).isEqualTo("FILED");
        assertThat(appeal.get("decideBy").asText()).as("10 working days after 2 May 2024: the 11th is a make-up day").isEqualTo("2024-05-16");
        String appealId = appeal.get("appealId").asText();

        HttpResponse<String> decided = api.post("/api/v1/appeals/" + appealId + "/decision", EDUCATION_REVIEWER,
                q("{'outcome':'UPHELD','corrections':[{'indicator':'P02','facts':{'level':'ASSOCIATE'}}],"
                        + "'reason':'核实为大专'}"));

        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        assertThat(json(decided).get("status").asText()).isEqualTo("UPHELD");
        assertThat(json(decided).get("corrections").get(0).get("points").asText()).isEqualTo("-2.00");
        assertThat(json(decided).get("corrections").get(0).get("effectiveOn").asText()).isEqualTo("2024-05-02");
        assertThat(json(api.get(SCORE, APPLICANT)).get("total").asText()).isEqualTo("28.00");
        assertThat(api.metrics()).contains("jifen_ledger_postings_total 3.0");
    }

    @Test
    void anAppealAfterTheWindow_is422AppealWindowClosed_andNothingIsFiled() {
        String id = published();
        api.clock().set(TestData.chinaTime(LocalDate.of(2024, 5, 13), 9, 0));

        HttpResponse<String> late = api.post("/api/v1/appeals", APPLICANT,
                q("{'applicationId':'" + id + "','indicators':['P02'],'reason':'迟到的复核'}"));

        assertThat(late.statusCode()).isEqualTo(422);
        assertThat(json(late).get("code").asText()).isEqualTo("APPEAL_WINDOW_CLOSED");
        assertThat(api.adapters().appeals().findByApplication(ApplicationId.of(id))).isEmpty();
    }

    @Test
    void anAppealOnAnIndicatorNotClaimed_is400UnknownIndicator_andAnotherApplicant403() {
        String id = published();

        HttpResponse<String> unclaimed = api.post("/api/v1/appeals", APPLICANT,
                q("{'applicationId':'" + id + "','indicators':['P03'],'reason':'技能'}"));
        HttpResponse<String> other = api.post("/api/v1/appeals", OTHER_APPLICANT,
                q("{'applicationId':'" + id + "','indicators':['P02'],'reason':'x'}"));
        HttpResponse<String> unknownField = api.post("/api/v1/appeals", APPLICANT,
                q("{'applicationId':'" + id + "','indicators':['P02'],'reason':'x','urgent':true}"));

        assertThat(unclaimed.statusCode()).isEqualTo(400);
        assertThat(json(unclaimed).get("code").asText()).isEqualTo("UNKNOWN_INDICATOR");
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(json(unknownField).get("code").asText()).isEqualTo("UNKNOWN_FIELD");
        assertThat(api.adapters().appeals().findByApplication(ApplicationId.of(id))).isEmpty();
    }

    // ---------------------------------------------------------------- deductions and second approval

    @Test
    void aDetention_isPostedAtOnceWithItsFreeze() {
        String id = submitted();

        HttpResponse<String> response = api.post("/api/v1/applications/" + id + "/deductions", POLICE_REVIEWER,
                q("{'indicator':'M91','event':{'ref':'JL-2024-01','date':'2024-04-20','level':'DETENTION'},"
                        + "'method':'SYSTEM_CHECK'}"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode body = json(response);
        assertThat(body.get("deduction").get("points").asText()).isEqualTo("-10.00");
        assertThat(body.get("deduction").get("status").asText()).isEqualTo("APPROVED");
        assertThat(body.get("posted").get("points").asText()).isEqualTo("-10.00");
        assertThat(body.get("posted").get("freeze").get("until").asText()).isEqualTo("2025-04-20");
        assertThat(ledgerSize()).isEqualTo(1);
        assertThat(api.metrics()).contains("jifen_ledger_postings_total 1.0");
    }

    @Test
    void aConvictionWithoutLevel_is400LevelRequiredNamingEventLevel_andNothingIsWritten() {
        String id = submitted();

        HttpResponse<String> response = api.post("/api/v1/applications/" + id + "/deductions", POLICE_REVIEWER,
                q("{'indicator':'M91','event':{'ref':'JL-2024-01','date':'2024-04-20'},'method':'SYSTEM_CHECK'}"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("code").asText()).isEqualTo("LEVEL_REQUIRED");
        assertThat(json(response).get("errors").get(0).get("field").asText()).isEqualTo("event.level");
        assertThat(api.adapters().applications().find(ApplicationId.of(id)).orElseThrow().deductions()).isEmpty();
        assertThat(ledgerSize()).isZero();
    }

    @Test
    void aDishonestyWithoutLevel_waitsForASecondApproval_whichPostsIt() {
        String id = submitted();

        HttpResponse<String> recorded = api.post("/api/v1/applications/" + id + "/deductions", CREDIT_REVIEWER,
                q("{'indicator':'M92','event':{'ref':'XY-2024-07','date':'2024-04-25'},'method':'SYSTEM_CHECK'}"));
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        assertThat(json(recorded).get("deduction").get("level").asText()).isEqualTo("DISHONEST");
        assertThat(json(recorded).get("deduction").get("status").asText()).isEqualTo("AWAITING_SECOND_APPROVAL");
        assertThat(json(recorded).get("posted").isNull()).isTrue();
        assertThat(ledgerSize()).isZero();

        HttpResponse<String> byTheSameReviewer = api.post("/api/v1/applications/" + id
                + "/deductions/XY-2024-07/second-approval", CREDIT_REVIEWER, "");
        HttpResponse<String> approved = api.post("/api/v1/applications/" + id
                + "/deductions/XY-2024-07/second-approval", SUPERVISOR, "");

        assertThat(byTheSameReviewer.statusCode()).isIn(403, 422);
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(json(approved).get("posted").get("points").asText()).isEqualTo("-20.00");
        assertThat(ledgerSize()).isEqualTo(1);
    }

    @Test
    void deductions_refuseUnknownIndicatorsApplicationsDepartmentsAndJurisdictions_writingNothing() {
        String id = submitted();
        String body = q("{'indicator':'M91','event':{'ref':'JL-1','date':'2024-04-20','level':'DETENTION'},"
                + "'method':'SYSTEM_CHECK'}");

        HttpResponse<String> unknownIndicator = api.post("/api/v1/applications/" + id + "/deductions", POLICE_REVIEWER,
                body.replace("M91", "M99"));
        HttpResponse<String> unknownApplication = api.post("/api/v1/applications/APP-NOPE/deductions", POLICE_REVIEWER,
                body);
        HttpResponse<String> wrongDepartment = api.post("/api/v1/applications/" + id + "/deductions", HRSS_REVIEWER, body);
        HttpResponse<String> yinzhou = api.post("/api/v1/applications/" + id + "/deductions", YINZHOU_POLICE_REVIEWER,
                body);
        HttpResponse<String> noToken = api.post("/api/v1/applications/" + id + "/deductions", null, body);
        HttpResponse<String> wrongType = api.post("/api/v1/applications/" + id + "/deductions", POLICE_REVIEWER,
                body.replace("\"2024-04-20\"", "20240420"));

        assertThat(unknownIndicator.statusCode()).isEqualTo(400);
        assertThat(json(unknownIndicator).get("code").asText()).isEqualTo("UNKNOWN_INDICATOR");
        assertThat(unknownApplication.statusCode()).isEqualTo(404);
        assertThat(json(unknownApplication).get("code").asText()).isEqualTo("APPLICATION_NOT_FOUND");
        assertThat(json(wrongDepartment).get("code").asText()).isEqualTo("WRONG_DEPARTMENT");
        assertThat(wrongDepartment.statusCode()).isEqualTo(403);
        assertThat(json(yinzhou).get("code").asText()).isEqualTo("OUT_OF_JURISDICTION");
        assertThat(noToken.statusCode()).isEqualTo(401);
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(json(wrongType).get("errors").get(0).get("field").asText()).isEqualTo("event.date");
        assertThat(api.adapters().applications().find(ApplicationId.of(id)).orElseThrow().deductions()).isEmpty();
        assertThat(ledgerSize()).isZero();
    }

    @Test
    void theSameEventTwiceWithoutAKey_is409DuplicateEvent() {
        String id = submitted();
        String body = q("{'indicator':'M91','event':{'ref':'JL-1','date':'2024-04-20','level':'DETENTION'},"
                + "'method':'SYSTEM_CHECK'}");
        api.post("/api/v1/applications/" + id + "/deductions", POLICE_REVIEWER, body);

        HttpResponse<String> again = api.post("/api/v1/applications/" + id + "/deductions", POLICE_REVIEWER, body);

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json(again).get("code").asText()).isEqualTo("DUPLICATE_EVENT");
        assertThat(ledgerSize()).isEqualTo(1);
    }

    @Test
    void aDeductionWithAnIdempotencyKey_isRecordedOnce_andReplayedIdentically() {
        String id = submitted();
        String body = q("{'indicator':'M91','event':{'ref':'JL-1','date':'2024-04-20','level':'DETENTION'},"
                + "'method':'SYSTEM_CHECK'}");
        Map<String, String> key = Map.of("Idempotency-Key", "police-2024-0001");

        HttpResponse<String> first = api.post("/api/v1/applications/" + id + "/deductions", POLICE_REVIEWER, body, key);
        HttpResponse<String> again = api.post("/api/v1/applications/" + id + "/deductions", POLICE_REVIEWER, body, key);
        HttpResponse<String> other = api.post("/api/v1/applications/" + id + "/deductions", POLICE_REVIEWER,
                body.replace("JL-1", "JL-2"), key);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(other.statusCode()).isEqualTo(409);
        assertThat(json(other).get("code").asText()).isEqualTo("IDEMPOTENCY_CONFLICT");
        assertThat(api.adapters().applications().find(ApplicationId.of(id)).orElseThrow().deductions()).hasSize(1);
        assertThat(ledgerSize()).isEqualTo(1);
        assertThat(api.metrics()).contains("jifen_ledger_postings_total 1.0");
    }

    // ---------------------------------------------------------------- clearing

    @Test
    void clearing_byAnAdmin_clearsThePoints_andAClerkIs403WithNothingWritten() {
        published();

        HttpResponse<String> clerk = api.post("/api/v1/persons/person-0001/clearing", HAISHU_CLERK,
                q("{'caseNumber':'海公刑(2024)123','reason':'学历证书伪造'}"));
        assertThat(clerk.statusCode()).isEqualTo(403);
        assertThat(ledgerSize()).isEqualTo(2);
        HttpResponse<String> noCase = api.post("/api/v1/persons/person-0001/clearing", ADMIN, q("{'reason':'伪造'}"));
        assertThat(noCase.statusCode()).isEqualTo(400);
        assertThat(json(noCase).get("code").asText()).isEqualTo("CASE_NUMBER_REQUIRED");

        HttpResponse<String> cleared = api.post("/api/v1/persons/person-0001/clearing", ADMIN,
                q("{'caseNumber':'海公刑(2024)123','reason':'学历证书伪造'}"));

        assertThat(cleared.statusCode()).as(cleared.body()).isEqualTo(200);
        assertThat(json(cleared).get("entries").findValuesAsText("points")).containsExactlyInAnyOrder("-20.00", "-10.00");
        assertThat(json(cleared).get("entries").findValuesAsText("reason")).containsOnly("CLEARING");
        assertThat(ledgerSize()).isEqualTo(4);
        assertThat(json(cleared).get("creditRecordSent").asBoolean()).isTrue();
        assertThat(json(api.get(SCORE, APPLICANT)).get("total").asText()).isEqualTo("0.00");
    }
}
