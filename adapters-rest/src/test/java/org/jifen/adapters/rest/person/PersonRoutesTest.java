package org.jifen.adapters.rest.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.adapters.rest.RestServerFixture.ADMIN;
import static org.jifen.adapters.rest.RestServerFixture.AUDITOR;
import static org.jifen.adapters.rest.RestServerFixture.HAISHU_CLERK;
import static org.jifen.adapters.rest.RestServerFixture.YINZHOU_CLERK;
import static org.jifen.adapters.rest.RestServerFixture.json;
import static org.jifen.adapters.rest.RestServerFixture.q;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.jifen.adapters.rest.RestServerFixture;
import org.jifen.domain.audit.AuditAction;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.person.TestIdNumbers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PersonRoutesTest {

    private static final String ID_NUMBER = TestIdNumbers.number("330203", LocalDate.of(1990, 1, 1), 123);
    private static final String CHILD_ID = TestIdNumbers.number("330203", LocalDate.of(2016, 3, 4), 45);

    private final RestServerFixture api = RestServerFixture.start();

    @AfterEach
    void stop() {
        api.close();
    }

    private static String person(String idNumber) {
        return q("{'idNumber':'" + idNumber + "','name':'张三','phone':'13812345678',"
                + "'residencePermit':{'number':'ZJ-1','issuer':'330203','validFrom':'2023-01-01','validTo':'2026-01-01'},"
                + "'residenceDistrict':'330203'}");
    }

    private String register() {
        HttpResponse<String> created = api.post("/api/v1/persons", HAISHU_CLERK, person(ID_NUMBER));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).get("personId").asText();
    }

    @Test
    void register_is201WithTheIdNumberAndPhoneMasked() {
        HttpResponse<String> created = api.post("/api/v1/persons", HAISHU_CLERK, person(ID_NUMBER));

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode body = json(created);
        String personId = body.get("personId").asText();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/persons/" + personId);
        assertThat(body.get("idNumber").asText()).isEqualTo(ID_NUMBER.substring(0, 6) + "********" + ID_NUMBER.substring(14));
        assertThat(body.get("phone").asText()).isEqualTo("138****5678");
        assertThat(body.get("residencePermit").get("validTo").asText()).isEqualTo("2026-01-01");
        assertThat(body.get("revealed").asBoolean()).isFalse();
        assertThat(created.body()).doesNotContain(ID_NUMBER, "13812345678");
    }

    @Test
    void registeringAnExistingIdNumber_is409WithTheExistingPersonId() {
        String personId = register();

        HttpResponse<String> again = api.post("/api/v1/persons", ADMIN, person(ID_NUMBER));

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json(again).get("code").asText()).isEqualTo("PERSON_EXISTS");
        assertThat(json(again).get("personId").asText()).isEqualTo(personId);
    }

    @Test
    void anInvalidIdNumber_is400NamingTheField_andNothingIsWritten() {
        HttpResponse<String> response = api.post("/api/v1/persons", HAISHU_CLERK,
                person(TestIdNumbers.withWrongCheck(ID_NUMBER)));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("code").asText()).isEqualTo("INVALID_ID_NUMBER");
        assertThat(json(response).get("errors").get(0).get("field").asText()).isEqualTo("idNumber");
        assertThat(api.adapters().persons().findByDistrict(DivisionCode.of("330203"))).isEmpty();
        assertThat(api.adapters().auditLog().all()).isEmpty();
    }

    @Test
    void aClerkOfAnotherDistrict_is403OutOfJurisdiction_andAnAuditor403Forbidden() {
        HttpResponse<String> yinzhou = api.post("/api/v1/persons", YINZHOU_CLERK, person(ID_NUMBER));
        HttpResponse<String> auditor = api.post("/api/v1/persons", AUDITOR, person(ID_NUMBER));

        assertThat(yinzhou.statusCode()).isEqualTo(403);
        assertThat(json(yinzhou).get("code").asText()).isEqualTo("OUT_OF_JURISDICTION");
        assertThat(auditor.statusCode()).isEqualTo(403);
        assertThat(json(auditor).get("code").asText()).isEqualTo("FORBIDDEN");
        assertThat(api.adapters().persons().findByDistrict(DivisionCode.of("330203"))).isEmpty();
    }

    @Test
    void read_isMaskedByDefault_andRevealIsWholeAndAudited() {
        String personId = register();
        int auditedBefore = api.adapters().auditLog().all().size();

        JsonNode masked = json(api.get("/api/v1/persons/" + personId, HAISHU_CLERK));
        HttpResponse<String> revealed = api.get("/api/v1/persons/" + personId + "?reveal=true", HAISHU_CLERK);

        assertThat(masked.get("idNumber").asText()).contains("********");
        assertThat(masked.get("revealed").asBoolean()).isFalse();
        assertThat(revealed.statusCode()).isEqualTo(200);
        assertThat(json(revealed).get("idNumber").asText()).isEqualTo(ID_NUMBER);
        assertThat(json(revealed).get("phone").asText()).isEqualTo("13812345678");
        assertThat(api.adapters().auditLog().all()).hasSize(auditedBefore + 1);
        assertThat(api.adapters().auditLog().all().get(auditedBefore).action())
                .isEqualTo(AuditAction.PERSONAL_DATA_REVEALED);
    }

    @Test
    void anUnknownPerson_is404() {
        HttpResponse<String> response = api.get("/api/v1/persons/NOPE", HAISHU_CLERK);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).get("code").asText()).isEqualTo("PERSON_NOT_FOUND");
    }

    @Test
    void addHouseholdMember_returnsThePersonWithTheMemberMasked() {
        String personId = register();

        HttpResponse<String> response = api.post("/api/v1/persons/" + personId + "/household", HAISHU_CLERK,
                q("{'relation':'CHILD','idNumber':'" + CHILD_ID + "','name':'张小三'}"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode member = json(response).get("household").get(0);
        assertThat(member.get("relation").asText()).isEqualTo("CHILD");
        assertThat(member.get("name").asText()).isEqualTo("张小三");
        assertThat(member.get("idNumber").asText()).contains("********");
    }

    @Test
    void aRelationOutsideTheList_is400() {
        String personId = register();

        HttpResponse<String> response = api.post("/api/v1/persons/" + personId + "/household", HAISHU_CLERK,
                q("{'relation':'COUSIN','idNumber':'" + CHILD_ID + "','name':'张小三'}"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("errors").get(0).get("field").asText()).isEqualTo("relation");
    }
}
