package org.jifen.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.bootstrap.FullServer.HAISHU_CLERK;
import static org.jifen.bootstrap.FullServer.SUPERVISOR;
import static org.jifen.bootstrap.FullServer.json;
import static org.jifen.bootstrap.FullServer.q;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.jifen.adapters.db.TestDatabase;
import org.jifen.domain.catalogue.Department;
import org.jifen.domain.person.TestIdNumbers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The first path through the whole server on a real database: a clerk registers a person, submits an
 * application, the education reviewer approves, the supervisor publishes, and the application reads back
 * with its exact values; then the refusals a client meets first (401, 403, a 400 that writes nothing).
 * Run on H2 ({@link H2ApplicationHttpTest}) and PostgreSQL ({@link PostgresApplicationHttpTest}).
 */
abstract class ApplicationHttpCases {

    /** 张伟, from Chengdu (510102), living in Haishu: a synthetic ID number. */
    static final String ID_NUMBER = TestIdNumbers.number("510102", LocalDate.of(1990, 3, 7), 123);

    @RegisterExtension
    final FullServer api = FullServer.on(database());

    abstract TestDatabase database();

    /** Audit events of the seeding (catalogue imports, the calendar): a refusal adds none. */
    private long seededAuditEvents;

    @BeforeEach
    void referenceData() {
        api.seedReferenceData();
        seededAuditEvents = api.count("audit_event");
    }

    static String person(String idNumber) {
        return q("{'idNumber':'" + idNumber + "','name':'张伟','phone':'13912345678',"
                + "'residencePermit':{'number':'ZJ-HS-2023-0001','issuer':'330203','validFrom':'2023-01-01',"
                + "'validTo':'2027-01-01'},'residenceDistrict':'330203'}");
    }

    static String submission(String personId) {
        return q("{'personId':'" + personId + "','district':'330203','channel':'DISTRICT_CENTRE',"
                + "'claims':[{'indicator':'P02','facts':{'level':'BACHELOR'},'evidence':['evidence/diploma.pdf']}]}");
    }

    @Test
    void registerSubmitDecidePublish_readsBackThePublishedApplication() {
        HttpResponse<String> registered = api.post("/api/v1/persons", HAISHU_CLERK, person(ID_NUMBER));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        assertThat(json(registered).get("personId").asText()).isEqualTo("PER-000001");
        assertThat(json(registered).get("idNumber").asText()).isEqualTo("510102********" + ID_NUMBER.substring(14));
        assertThat(registered.body()).doesNotContain(ID_NUMBER, "13912345678");

        HttpResponse<String> submitted = api.post("/api/v1/applications", HAISHU_CLERK, submission("PER-000001"));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        String applicationId = json(submitted).get("applicationId").asText();
        assertThat(applicationId).isEqualTo("APP-000002");
        assertThat(json(submitted).get("status").asText()).isEqualTo("UNDER_REVIEW");

        api.clock().advance(java.time.Duration.ofDays(2)); // Thursday 18 September: the department reviews
        HttpResponse<String> decided = api.post("/api/v1/applications/" + applicationId + "/claims/P02/decision",
                FullServer.reviewer(Department.EDUCATION), q("{'outcome':'APPROVED','method':'SYSTEM_CHECK'}"));
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);

        api.clock().advance(java.time.Duration.ofDays(1)); // Friday 19 September: published
        HttpResponse<String> published = api.post("/api/v1/applications/" + applicationId + "/publish", SUPERVISOR, "");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);

        HttpResponse<String> read = api.get("/api/v1/applications/" + applicationId, HAISHU_CLERK);
        assertThat(read.statusCode()).isEqualTo(200);
        JsonNode application = json(read);
        assertThat(application.get("applicationId").asText()).isEqualTo(applicationId);
        assertThat(application.get("personId").asText()).isEqualTo("PER-000001");
        assertThat(application.get("district").asText()).isEqualTo("330203");
        assertThat(application.get("channel").asText()).isEqualTo("DISTRICT_CENTRE");
        assertThat(application.get("submittedAt").asText()).isEqualTo("2025-09-16T01:00:00Z");
        assertThat(application.get("status").asText()).isEqualTo("PUBLISHED");
        assertThat(application.get("claims")).hasSize(2);
        // P01 (age, AUTO) is scored at submission from the birth date in the ID number: 35 years → 20
        JsonNode p01 = claim(application, "P01");
        assertThat(p01.get("status").asText()).isEqualTo("APPROVED");
        assertThat(p01.get("points").asText()).isEqualTo("20.00");
        assertThat(p01.get("decision").get("decidedBy").asText()).isEqualTo("SYSTEM");
        JsonNode p02 = claim(application, "P02");
        assertThat(p02.get("status").asText()).isEqualTo("APPROVED");
        assertThat(p02.get("points").asText()).isEqualTo("10.00");
        assertThat(p02.get("department").asText()).isEqualTo("EDUCATION");
        assertThat(p02.get("evidence").get(0).asText()).isEqualTo("evidence/diploma.pdf");
        assertThat(p02.get("decision").get("decidedBy").asText()).isEqualTo("reviewer-hs-education");
        assertThat(p02.get("decision").get("method").asText()).isEqualTo("SYSTEM_CHECK");
        assertThat(p02.get("decision").get("decidedAt").asText()).isEqualTo("2025-09-18T01:00:00Z");
        JsonNode publication = application.get("publication");
        assertThat(publication.get("publishedOn").asText()).isEqualTo("2025-09-19");
        // five working days: Mon 22, Tue 23, Wed 24, Thu 25, Fri 26 September
        assertThat(publication.get("appealUntil").asText()).isEqualTo("2025-09-26");
        assertThat(publication.get("publishedBy").asText()).isEqualTo("supervisor-hs");
        assertThat(api.count("ledger_entry")).isEqualTo(2);
    }

    @Test
    void noTokenAndAnUnknownToken_are401_andNothingIsWritten() {
        HttpResponse<String> none = api.post("/api/v1/persons", null, person(ID_NUMBER));
        HttpResponse<String> unknown = api.post("/api/v1/persons", "t-not-issued", person(ID_NUMBER));

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(json(none).get("code").asText()).isEqualTo("UNAUTHENTICATED");
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(json(unknown).get("code").asText()).isEqualTo("UNAUTHENTICATED");
        assertThat(api.count("person")).isZero();
        assertThat(api.count("audit_event")).isEqualTo(seededAuditEvents);
    }

    @Test
    void aClerkOfAnotherDistrict_is403OutOfJurisdiction_andNothingIsWritten() {
        HttpResponse<String> response = api.post("/api/v1/persons", FullServer.YINZHOU_CLERK, person(ID_NUMBER));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(json(response).get("code").asText()).isEqualTo("OUT_OF_JURISDICTION");
        assertThat(api.count("person")).isZero();
        assertThat(api.count("audit_event")).isEqualTo(seededAuditEvents);
    }

    @Test
    void anInvalidIdNumber_is400NamingTheField_andNothingIsWritten() {
        HttpResponse<String> response = api.post("/api/v1/persons", HAISHU_CLERK,
                person(TestIdNumbers.withWrongCheck(ID_NUMBER)));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("code").asText()).isEqualTo("INVALID_ID_NUMBER");
        assertThat(json(response).get("errors").get(0).get("field").asText()).isEqualTo("idNumber");
        assertThat(response.body()).doesNotContain(TestIdNumbers.withWrongCheck(ID_NUMBER));
        assertThat(api.count("person")).isZero();
        assertThat(api.count("audit_event")).isEqualTo(seededAuditEvents);
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
