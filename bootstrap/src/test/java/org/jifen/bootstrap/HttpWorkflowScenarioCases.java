package org.jifen.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.jifen.bootstrap.FullServer.ADMIN;
import static org.jifen.bootstrap.FullServer.AUDITOR;
import static org.jifen.bootstrap.FullServer.HAISHU_CLERK;
import static org.jifen.bootstrap.FullServer.SUPERVISOR;
import static org.jifen.bootstrap.FullServer.SYSTEM;
import static org.jifen.bootstrap.FullServer.YINZHOU_CLERK;
import static org.jifen.bootstrap.FullServer.json;
import static org.jifen.bootstrap.FullServer.q;
import static org.jifen.bootstrap.FullServer.reviewer;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jifen.adapters.db.TestDatabase;
import org.jifen.application.memory.SettableClock;
import org.jifen.domain.access.Caller;
import org.jifen.domain.access.Role;
import org.jifen.domain.catalogue.Department;
import org.jifen.domain.catalogue.TestCatalogues;
import org.jifen.domain.person.TestIdNumbers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The issue-3 workflow scenario ({@code WorkflowScenarioTest} of the application) walked through HTTP only,
 * against the whole server on a real database: the same dates, people, facts and hand-worked numbers. Only
 * the reference data without a REST route (catalogues, the working-day calendar) is seeded through the
 * fixture; the clock moves as the scenario's does. Every response body of the walk, bar the one audited
 * reveal, is collected and shown to hold no full ID number or phone number. Run on H2
 * ({@link H2HttpWorkflowScenarioTest}) and PostgreSQL ({@link PostgresHttpWorkflowScenarioTest}).
 */
abstract class HttpWorkflowScenarioCases {

    // ---------------------------------------------------------------- the calendar of the scenario

    static final LocalDate REGISTERED_ON = LocalDate.of(2025, 9, 15);
    static final LocalDate SUBMITTED_ON = LocalDate.of(2025, 9, 16);
    static final LocalDate REVIEWED_ON = LocalDate.of(2025, 9, 18);
    static final LocalDate DETAINED_ON = LocalDate.of(2025, 9, 20);
    static final LocalDate PENALTY_RECORDED_ON = LocalDate.of(2025, 9, 22);
    static final LocalDate PUBLISHED_ON = LocalDate.of(2025, 9, 30);
    /** 1–8 October are holidays: Thu 9, Fri 10, make-up Sat 11, Mon 13, Tue 14. */
    static final LocalDate APPEAL_UNTIL = LocalDate.of(2025, 10, 14);
    static final LocalDate APPEALED_ON = LocalDate.of(2025, 10, 9);
    static final LocalDate APPEAL_DECIDE_BY = LocalDate.of(2025, 10, 22);
    static final LocalDate APPEAL_DECIDED_ON = LocalDate.of(2025, 10, 13);
    static final LocalDate FINAL_ON = LocalDate.of(2025, 10, 15);
    static final LocalDate ROUND_ON = LocalDate.of(2025, 10, 20);
    static final LocalDate CLEARED_ON = LocalDate.of(2025, 11, 3);

    // ---------------------------------------------------------------- the people (synthetic numbers only)

    /** 张伟, from Chengdu (510102), living in Haishu. */
    static final String APPLICANT_ID = TestIdNumbers.number("510102", LocalDate.of(1990, 3, 7), 123);
    static final String APPLICANT_PHONE = "13912345678";
    static final String SPOUSE_ID = TestIdNumbers.number("410304", LocalDate.of(1991, 6, 12), 246);
    static final String CHILD_ID = TestIdNumbers.number("330203", LocalDate.of(2018, 9, 1), 357);
    /** 王强, whose Haishu permit ran out on 30 June 2025. */
    static final String SECOND_ID = TestIdNumbers.number("420102", LocalDate.of(1985, 11, 30), 468);
    static final String SECOND_PHONE = "13787654321";
    static final List<String> FULL_NUMBERS = List.of(APPLICANT_ID, SPOUSE_ID, CHILD_ID, SECOND_ID, APPLICANT_PHONE,
            SECOND_PHONE);

    static final String CASE_NUMBER = "HS-GA-2025-0173";
    static final String CLEARING_REASON = "持证人" + APPLICANT_ID + "（电话" + APPLICANT_PHONE + "）提交的学历证书系伪造";
    static final String CLEARING_REASON_MASKED = "持证人510102********" + APPLICANT_ID.substring(14)
            + "（电话139****5678）提交的学历证书系伪造";

    // ---------------------------------------------------------------- staff beyond the fixture's

    static final String YINZHOU_HOUSING = "t-reviewer-yz-housing";
    static final String YINZHOU_SUPERVISOR = "t-supervisor-yz";
    static final String HAISHU_ADMIN = "t-admin-hs";
    static final String YINZHOU_ADMIN = "t-admin-yz";
    static final String EDUCATION = reviewer(Department.EDUCATION);
    static final String HOUSING = reviewer(Department.HOUSING);
    static final String POLICE = reviewer(Department.PUBLIC_SECURITY);

    @RegisterExtension
    final FullServer api = FullServer.on(database()).withTokens(Map.of(
            YINZHOU_HOUSING, Caller.reviewer("reviewer-yz-housing", TestCatalogues.YINZHOU, Department.HOUSING),
            YINZHOU_SUPERVISOR, Caller.of("supervisor-yz", Role.SUPERVISOR, TestCatalogues.YINZHOU),
            HAISHU_ADMIN, Caller.of("admin-hs", Role.ADMIN, TestCatalogues.HAISHU),
            YINZHOU_ADMIN, Caller.of("admin-yz", Role.ADMIN, TestCatalogues.YINZHOU)));

    abstract TestDatabase database();

    /** Every response body of the walk except the one audited reveal: for the masking check. */
    private final List<String> seen = new ArrayList<>();
    /** The audit actions the walk expects, in order. */
    private final List<org.assertj.core.groups.Tuple> expectedAudit = new ArrayList<>();

    private String applicant;
    private String applicantToken;
    private String secondToken;
    private String applicationId;
    private String appealId;
    private String revealedBody;

    @Test
    void applicantsWalkFromRegistrationThroughReviewPublicationAppealRoundAndClearing_overHttp() {
        setUp();
        register();
        recordSystemData();
        submit();
        refuseTheSecondApplicant();
        review();
        recordPenalty();
        publish();
        appeal();
        decideAppeal();
        becomeFinal();
        runASchoolRound();
        clear();
        readTheAuditLog();
        noResponseOfTheWalkHoldsAFullIdNumberOrPhoneNumber();
    }

    /** The same spouse twice is a conflict with what is stored: 409 DUPLICATE_MEMBER. */
    @Test
    void aDuplicateHouseholdMember_is409DuplicateMember() {
        setUp();
        register();
        HttpResponse<String> again = api.post(household(), HAISHU_CLERK,
                q("{'relation':'SPOUSE','idNumber':'" + SPOUSE_ID + "','name':'李娜'}"));
        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
        assertThat(json(again).get("code").asText()).isEqualTo("DUPLICATE_MEMBER");
    }

    // ================================================================ the walk

    /** 2025-09-15 09:00: the operator's reference data (no REST route: through the fixture, as the CLI does). */
    private void setUp() {
        clockAt(REGISTERED_ON, 9, 0);
        api.seedReferenceData();
        for (int i = 0; i < 3; i++) {
            expectAudit("CATALOGUE_IMPORTED", "admin-zj", "ADMIN");
        }
        expectAudit("CALENDAR_LOADED", "admin-zj", "ADMIN"); // 2024
        expectAudit("CALENDAR_LOADED", "admin-zj", "ADMIN"); // 2025
        assertThat(api.count("audit_event")).isEqualTo(expectedAudit.size());
    }

    private void register() {
        HttpResponse<String> registered = post("/api/v1/persons", HAISHU_CLERK, person(APPLICANT_ID, "张伟",
                APPLICANT_PHONE, "NB-HS-2024-000815", "2024-03-01", "2027-02-28"), key("window-20250915-001"));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        JsonNode person = json(registered);
        applicant = person.get("personId").asText();
        assertThat(applicant).isEqualTo("PER-000001");
        applicantToken = FullServer.applicant(1);
        assertThat(person.get("idNumber").asText()).isEqualTo("510102********" + APPLICANT_ID.substring(14));
        assertThat(person.get("phone").asText()).isEqualTo("139****5678");
        assertThat(person.get("name").asText()).isEqualTo("张伟");
        assertThat(person.get("residenceDistrict").asText()).isEqualTo("330203");
        assertThat(person.get("residencePermit").get("validTo").asText()).isEqualTo("2027-02-28");
        assertThat(person.get("revealed").asBoolean()).isFalse();
        expectAudit("PERSON_REGISTERED", "clerk-hs", "CLERK");

        HttpResponse<String> spouse = post(household(), HAISHU_CLERK,
                q("{'relation':'SPOUSE','idNumber':'" + SPOUSE_ID + "','name':'李娜'}"), key("household-spouse"));
        assertThat(spouse.statusCode()).as(spouse.body()).isEqualTo(200);
        HttpResponse<String> child = post(household(), HAISHU_CLERK,
                q("{'relation':'CHILD','idNumber':'" + CHILD_ID + "','name':'张小宝'}"), key("household-child"));
        assertThat(child.statusCode()).as(child.body()).isEqualTo(200);
        assertThat(json(child).get("household")).extracting(m -> m.get("relation").asText(),
                m -> m.get("idNumber").asText(), m -> m.get("name").asText()).containsExactly(
                        tuple("SPOUSE", "410304********" + SPOUSE_ID.substring(14), "李娜"),
                        tuple("CHILD", "330203********" + CHILD_ID.substring(14), "张小宝"));
        expectAudit("HOUSEHOLD_MEMBER_ADDED", "clerk-hs", "CLERK");
        expectAudit("HOUSEHOLD_MEMBER_ADDED", "clerk-hs", "CLERK");

        HttpResponse<String> other = post("/api/v1/persons", HAISHU_CLERK, person(SECOND_ID, "王强", SECOND_PHONE,
                "NB-HS-2022-000311", "2022-07-01", "2025-06-30"), Map.of());
        assertThat(other.statusCode()).as(other.body()).isEqualTo(201);
        String second = json(other).get("personId").asText();
        secondToken = FullServer.applicant(Integer.parseInt(second.substring("PER-".length())));
        assertThat(second).isEqualTo("PER-000002");
        expectAudit("PERSON_REGISTERED", "clerk-hs", "CLERK");

        // refusals: each with its code, and nothing written
        HttpResponse<String> again = refused(409, "PERSON_EXISTS", () -> post("/api/v1/persons", HAISHU_CLERK,
                person(APPLICANT_ID, "张伟", null, "NB-HS-2024-000815", "2024-03-01", "2027-02-28"), Map.of()));
        assertThat(json(again).get("personId").asText()).isEqualTo(applicant);
        HttpResponse<String> invalid = refused(400, "INVALID_ID_NUMBER", () -> post("/api/v1/persons", HAISHU_CLERK,
                person(TestIdNumbers.withWrongCheck(APPLICANT_ID), "张伟", null, "NB-HS-2024-000815", "2024-03-01",
                        "2027-02-28"), Map.of()));
        assertThat(json(invalid).get("errors").get(0).get("field").asText()).isEqualTo("idNumber");
        assertThat(invalid.body()).doesNotContain(TestIdNumbers.withWrongCheck(APPLICANT_ID));
        // the status (409) is checked in aDuplicateHouseholdMember_is409DuplicateMember, disabled for a bug
        refused(-1, "DUPLICATE_MEMBER", () -> post(household(), HAISHU_CLERK,
                q("{'relation':'SPOUSE','idNumber':'" + SPOUSE_ID + "','name':'李娜'}"), Map.of()));
        refused(403, "OUT_OF_JURISDICTION", () -> post(household(), YINZHOU_CLERK, q("{'relation':'CHILD','idNumber':'"
                + TestIdNumbers.number("330203", LocalDate.of(2020, 5, 5), 579) + "','name':'张小贝'}"), Map.of()));
        refused(403, "NOT_OWN_DATA", () -> get("/api/v1/persons/" + applicant, secondToken));
        refused(403, "FORBIDDEN", () -> get("/api/v1/persons/" + applicant + "?reveal=true", HOUSING));

        // the applicant sees himself masked; the clerk checks the numbers whole at the window, audited
        HttpResponse<String> own = get("/api/v1/persons/" + applicant, applicantToken);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(json(own).get("idNumber").asText()).isEqualTo(person.get("idNumber").asText());
        HttpResponse<String> revealed = api.get("/api/v1/persons/" + applicant + "?reveal=true", HAISHU_CLERK);
        assertThat(revealed.statusCode()).isEqualTo(200);
        revealedBody = revealed.body();
        assertThat(json(revealed).get("revealed").asBoolean()).isTrue();
        assertThat(json(revealed).get("idNumber").asText()).isEqualTo(APPLICANT_ID);
        assertThat(json(revealed).get("household").findValuesAsText("idNumber")).containsExactly(SPOUSE_ID, CHILD_ID);
        expectAudit("PERSONAL_DATA_REVEALED", "clerk-hs", "CLERK");
        assertAuditActions();
    }

    /** The provincial exchange sends 45 months of P04, 70 of P05, 40 of HS03 as of 31 August: nothing posted. */
    private void recordSystemData() {
        String records = q("[{'idNumber':'" + APPLICANT_ID + "','indicator':'P04','quantity':45,'asOf':'2025-08-31'},"
                + "{'idNumber':'" + APPLICANT_ID + "','indicator':'P05','quantity':70,'asOf':'2025-08-31'},"
                + "{'idNumber':'" + APPLICANT_ID + "','indicator':'HS03','quantity':40,'asOf':'2025-08-31'}]");
        HttpResponse<String> stored = post("/api/v1/system-data", SYSTEM, records, key("exchange-20250831"));
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
        assertThat(json(stored).get("recorded").asInt()).isEqualTo(3);
        assertThat(ledger()).isEmpty();
        assertAuditActions();
    }

    /** P01 35 years → 20; P04 45 × 0.5 = 22.50; P05 70 × 0.25 = 17.50; HS03 3 × 1 = 3; nothing posted. */
    private void submit() {
        clockAt(SUBMITTED_ON, 10, 0);
        String submission = q("{'personId':'" + applicant + "','district':'330203','channel':'DISTRICT_CENTRE','claims':["
                + "{'indicator':'P02','facts':{'level':'BACHELOR'},'evidence':['evidence/diploma.pdf']},"
                + "{'indicator':'M01','facts':{'level':'REGISTERED_RENTAL'},'evidence':['evidence/rental-registration.pdf']},"
                + "{'indicator':'M10','facts':{'points':'8.00'},'evidence':['evidence/grid-member-certificate.pdf']}]}");
        Map<String, String> key = key("HS-CENTRE-20250916-001");
        HttpResponse<String> submitted = post("/api/v1/applications", HAISHU_CLERK, submission, key);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        JsonNode application = json(submitted);
        applicationId = application.get("applicationId").asText();
        assertThat(application.get("personId").asText()).isEqualTo(applicant);
        assertThat(application.get("district").asText()).isEqualTo("330203");
        assertThat(application.get("channel").asText()).isEqualTo("DISTRICT_CENTRE");
        assertThat(application.get("status").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(application.get("submittedAt").asText()).isEqualTo("2025-09-16T02:00:00Z");
        assertClaims(application,
                tuple("P01", "APPROVED", "20.00"),
                tuple("P04", "APPROVED", "22.50"),
                tuple("P05", "APPROVED", "17.50"),
                tuple("HS03", "APPROVED", "3.00"),
                tuple("P02", "PENDING", "0.00"),
                tuple("M01", "PENDING", "0.00"),
                tuple("M10", "PENDING", "0.00"));
        assertThat(ledger()).isEmpty();
        assertThat(statement(SUBMITTED_ON, null).get("total").asText()).isEqualTo("0.00");
        expectAudit("APPLICATION_SUBMITTED", "clerk-hs", "CLERK");
        assertAuditActions();

        // the same key and content again (a double click at the window): the first application, nothing new
        Snapshot before = snapshot();
        HttpResponse<String> replay = post("/api/v1/applications", HAISHU_CLERK, submission, key);
        assertThat(replay.statusCode()).isIn(200, 201);
        assertThat(json(replay).get("applicationId").asText()).isEqualTo(applicationId);
        assertThat(snapshot()).isEqualTo(before);

        refused(409, "CLAIMS_PENDING", () -> post("/api/v1/applications/" + applicationId + "/publish", SUPERVISOR, "",
                Map.of()));
    }

    /** 王强's permit expired on 2025-06-30: 422 before any scoring, nothing written. */
    private void refuseTheSecondApplicant() {
        HttpResponse<String> refusal = refused(422, "PERMIT_EXPIRED", () -> post("/api/v1/applications", HAISHU_CLERK,
                q("{'personId':'PER-000002','district':'330203','channel':'DISTRICT_CENTRE','claims':["
                        + "{'indicator':'P02','facts':{'level':'ASSOCIATE'},'evidence':['evidence/diploma-wang.pdf']}]}"),
                Map.of()));
        assertThat(json(refusal).get("detail").asText())
                .isEqualTo("the residence permit is valid from 2022-07-01 to 2025-06-30, not on 2025-09-16");
        assertThat(api.count("points_application")).isEqualTo(1);
    }

    /** 2025-09-18: education rejects P02 (MISSING_EVIDENCE), housing approves M01 → 10, police M10 at 8 on site. */
    private void review() {
        clockAt(REVIEWED_ON, 10, 0);
        refused(403, "WRONG_DEPARTMENT", () -> post(decision("P02"), HOUSING, q("{'outcome':'APPROVED'}"), Map.of()));
        refused(403, "OUT_OF_JURISDICTION", () -> post(decision("M01"), YINZHOU_HOUSING, q("{'outcome':'APPROVED'}"),
                Map.of()));
        refused(422, "METHOD_REQUIRED", () -> post(decision("M10"), POLICE, q("{'outcome':'APPROVED'}"), Map.of()));

        HttpResponse<String> rejected = post(decision("P02"), EDUCATION,
                q("{'outcome':'REJECTED','reason':'MISSING_EVIDENCE'}"), Map.of());
        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
        expectAudit("CLAIM_DECIDED", "reviewer-hs-education", "REVIEWER");
        HttpResponse<String> housing = post(decision("M01"), HOUSING, q("{'outcome':'APPROVED'}"), Map.of());
        assertThat(housing.statusCode()).as(housing.body()).isEqualTo(200);
        expectAudit("CLAIM_DECIDED", "reviewer-hs-housing", "REVIEWER");
        HttpResponse<String> police = post(decision("M10"), POLICE,
                q("{'outcome':'APPROVED','points':'8.00','method':'SITE_VISIT'}"), Map.of());
        assertThat(police.statusCode()).as(police.body()).isEqualTo(200);
        expectAudit("CLAIM_DECIDED", "reviewer-hs-public_security", "REVIEWER");

        JsonNode application = json(police);
        assertClaimsAsReviewed(application);
        JsonNode p02 = claim(application, "P02").get("decision");
        assertThat(p02.get("reason").asText()).isEqualTo("MISSING_EVIDENCE");
        assertThat(p02.get("decidedBy").asText()).isEqualTo("reviewer-hs-education");
        JsonNode m10 = claim(application, "M10").get("decision");
        assertThat(m10.get("method").asText()).isEqualTo("SITE_VISIT");
        assertThat(m10.path("secondApprovedBy").isMissingNode() || m10.get("secondApprovedBy").isNull()).isTrue();
        assertThat(ledger()).as("nothing is posted before publication").isEmpty();
        assertThat(statement(REVIEWED_ON, null).get("total").asText()).isEqualTo("0.00");
        assertAuditActions();
    }

    /** 2025-09-22: the police record Saturday's detention on M91: −10 at once, freezing until 2026-09-20. */
    private void recordPenalty() {
        clockAt(PENALTY_RECORDED_ON, 11, 0);
        HttpResponse<String> recorded = post("/api/v1/applications/" + applicationId + "/deductions", POLICE,
                q("{'indicator':'M91','event':{'ref':'HS-JL-2025-0920','date':'2025-09-20','level':'DETENTION'},"
                        + "'method':'SYSTEM_CHECK'}"), key("police-HS-JL-2025-0920"));
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        expectAudit("DEDUCTION_RECORDED", "reviewer-hs-public_security", "REVIEWER");
        JsonNode result = json(recorded);
        assertThat(result.get("deduction").get("status").asText()).isEqualTo("APPROVED");
        assertThat(result.get("deduction").get("points").asText()).isEqualTo("-10.00");
        JsonNode penalty = result.get("posted");
        assertEntry(penalty, "M91", "-10.00", "DEDUCTION", DETAINED_ON, "reviewer-hs-public_security",
                "2025-09-22T03:00:00Z");
        assertThat(penalty.get("source").get("kind").asText()).isEqualTo("PENALTY");
        assertThat(penalty.get("source").get("reference").asText()).isEqualTo(applicationId + "/HS-JL-2025-0920");
        assertThat(penalty.get("freeze").get("from").asText()).isEqualTo("2025-09-20");
        assertThat(penalty.get("freeze").get("until").asText()).isEqualTo("2026-09-20");
        assertClaimsAsReviewed(result.get("application"));
        assertThat(ledger()).hasSize(1);

        JsonNode statement = statement(PENALTY_RECORDED_ON, null);
        assertTier(statement, "PROVINCIAL", "0.00", "0.00", "0.00");
        assertTier(statement, "MUNICIPAL", "0.00", "-10.00", "-10.00");
        assertTier(statement, "DISTRICT", "0.00", "0.00", "0.00");
        assertThat(statement.get("deductions").asText()).isEqualTo("-10.00");
        assertThat(statement.get("total").asText()).isEqualTo("0.00");
        assertThat(statement.get("frozen").asBoolean()).isTrue();
        assertAuditActions();
    }

    /** Tuesday 2025-09-30: published; 60 + 8 + 3 = 71; the window runs over the holidays to 14 October. */
    private void publish() {
        clockAt(PUBLISHED_ON, 10, 0);
        String publish = "/api/v1/applications/" + applicationId + "/publish";
        refused(403, "OUT_OF_JURISDICTION", () -> post(publish, YINZHOU_SUPERVISOR, "", Map.of()));
        refused(403, "FORBIDDEN", () -> post(publish, HOUSING, "", Map.of()));

        HttpResponse<String> published = post(publish, SUPERVISOR, "", Map.of());
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        expectAudit("APPLICATION_PUBLISHED", "supervisor-hs", "SUPERVISOR");
        JsonNode publication = json(published).get("publication");
        assertThat(publication.get("publishedOn").asText()).isEqualTo("2025-09-30");
        assertThat(publication.get("appealUntil").asText()).isEqualTo(APPEAL_UNTIL.toString());
        assertThat(publication.get("publishedBy").asText()).isEqualTo("supervisor-hs");
        assertThat(json(published).get("status").asText()).isEqualTo("PUBLISHED");
        assertClaimsAsReviewed(json(published));

        String publishedAt = "2025-09-30T02:00:00Z";
        List<JsonNode> ledger = ledger();
        assertThat(ledger).hasSize(7);
        assertThat(ledger.get(0).get("indicator").asText()).isEqualTo("M91");
        assertEntry(ledger.get(1), "P01", "20.00", "AWARD", PUBLISHED_ON, "SYSTEM", publishedAt);
        assertEntry(ledger.get(2), "P04", "22.50", "AWARD", PUBLISHED_ON, "SYSTEM", publishedAt);
        assertEntry(ledger.get(3), "P05", "17.50", "AWARD", PUBLISHED_ON, "SYSTEM", publishedAt);
        assertEntry(ledger.get(4), "HS03", "3.00", "AWARD", PUBLISHED_ON, "SYSTEM", publishedAt);
        assertEntry(ledger.get(5), "M01", "10.00", "AWARD", PUBLISHED_ON, "reviewer-hs-housing", publishedAt);
        assertEntry(ledger.get(6), "M10", "8.00", "AWARD", PUBLISHED_ON, "reviewer-hs-public_security", publishedAt);
        assertThat(ledger.subList(1, 7)).extracting(e -> e.get("source").get("kind").asText(),
                e -> e.get("source").get("reference").asText()).containsOnly(tuple("APPLICATION", applicationId));

        JsonNode statement = statement(PUBLISHED_ON, null);
        assertTier(statement, "PROVINCIAL", "60.00", "0.00", "60.00");
        assertTier(statement, "MUNICIPAL", "18.00", "-10.00", "8.00");
        assertTier(statement, "DISTRICT", "3.00", "0.00", "3.00");
        assertThat(statement.get("total").asText()).isEqualTo("71.00");
        assertThat(statement.get("maxTotal").asText()).isEqualTo("300.00");
        assertThat(statement.get("frozen").asBoolean()).isTrue();
        assertThat(statement(PUBLISHED_ON.minusDays(1), null).get("total").asText()).isEqualTo("0.00");
        assertAuditActions();
    }

    /** Thursday 2025-10-09, inside the window: 张伟 appeals the P02 rejection himself; decide by 2025-10-22. */
    private void appeal() {
        clockAt(APPEALED_ON, 9, 30);
        refused(400, "UNKNOWN_INDICATOR", () -> post("/api/v1/appeals", applicantToken,
                q("{'applicationId':'" + applicationId + "','indicators':['HS05'],'reason':'我是退役军人'}"), Map.of()));
        refused(403, "NOT_OWN_DATA", () -> post("/api/v1/appeals", secondToken,
                q("{'applicationId':'" + applicationId + "','indicators':['P02'],'reason':'代为申请复核'}"), Map.of()));

        HttpResponse<String> filed = post("/api/v1/appeals", applicantToken,
                q("{'applicationId':'" + applicationId + "','indicators':['P02'],'reason':'毕业证书已在窗口提交，审核时遗漏'}"),
                key("appeal-p02"));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        expectAudit("APPEAL_FILED", "applicant-" + applicant, "APPLICANT");
        JsonNode appeal = json(filed);
        appealId = appeal.get("appealId").asText();
        assertThat(appeal.get("status").asText()).isEqualTo("FILED");
        assertThat(appeal.get("applicationId").asText()).isEqualTo(applicationId);
        assertThat(appeal.get("personId").asText()).isEqualTo(applicant);
        assertThat(appeal.get("indicators").get(0).asText()).isEqualTo("P02");
        assertThat(appeal.get("filedOn").asText()).isEqualTo(APPEALED_ON.toString());
        assertThat(appeal.get("decideBy").asText()).isEqualTo(APPEAL_DECIDE_BY.toString());
        assertThat(ledger()).hasSize(7);
        assertThat(statement(PUBLISHED_ON, null).get("total").asText()).isEqualTo("71.00");
        assertAuditActions();
    }

    /** Monday 2025-10-13: education upholds with BACHELOR: +10 effective 30 September; 71 as known before, 81 now. */
    private void decideAppeal() {
        clockAt(APPEAL_DECIDED_ON, 15, 0);
        String decide = "/api/v1/appeals/" + appealId + "/decision";
        String upheld = q("{'outcome':'UPHELD','corrections':[{'indicator':'P02','facts':{'level':'BACHELOR'}}],"
                + "'reason':'证书核验属实'}");
        refused(403, "WRONG_DEPARTMENT", () -> post(decide, HOUSING, upheld, Map.of()));
        Instant before = clockNow().minusSeconds(1);

        HttpResponse<String> decided = post(decide, EDUCATION, upheld, Map.of());
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        expectAudit("APPEAL_DECIDED", "reviewer-hs-education", "REVIEWER");
        JsonNode appeal = json(decided);
        assertThat(appeal.get("status").asText()).isEqualTo("UPHELD");
        assertThat(appeal.get("corrections")).hasSize(1);
        JsonNode correction = appeal.get("corrections").get(0);
        assertEntry(correction, "P02", "10.00", "CORRECTION", PUBLISHED_ON, "reviewer-hs-education",
                "2025-10-13T07:00:00Z");
        assertThat(correction.get("source").get("kind").asText()).isEqualTo("APPEAL");
        assertThat(correction.get("source").get("reference").asText()).isEqualTo(appealId);
        List<JsonNode> ledger = ledger();
        assertThat(ledger).hasSize(8);
        assertThat(ledger.get(7)).isEqualTo(correction);
        // the application keeps the department's first decision; the correction lives in the ledger
        assertClaimsAsReviewed(json(get("/api/v1/applications/" + applicationId, HAISHU_CLERK)));

        JsonNode knownBefore = statement(PUBLISHED_ON, before);
        JsonNode knownNow = statement(PUBLISHED_ON, null);
        assertThat(knownBefore.get("total").asText()).isEqualTo("71.00");
        assertThat(knownNow.get("total").asText()).isEqualTo("81.00");
        assertTier(knownNow, "PROVINCIAL", "70.00", "0.00", "70.00");
        assertTier(knownNow, "MUNICIPAL", "18.00", "-10.00", "8.00");
        assertTier(knownNow, "DISTRICT", "3.00", "0.00", "3.00");
        assertAuditActions();
    }

    /** The day after the window: final, and a new appeal is refused. */
    private void becomeFinal() {
        clockAt(FINAL_ON, 9, 0);
        refused(422, "APPEAL_WINDOW_CLOSED", () -> post("/api/v1/appeals", applicantToken,
                q("{'applicationId':'" + applicationId + "','indicators':['M10'],'reason':'社区服务积分偏低'}"), Map.of()));
        assertAuditActions();
    }

    /**
     * 2025-10-20: a school round with the cut-off on 15 October. The detention of 20 September freezes the
     * account until 2026-09-20, so the child takes no part (FROZEN), and no entitlement is granted.
     */
    private void runASchoolRound() {
        clockAt(ROUND_ON, 9, 0);
        HttpResponse<String> defined = post("/api/v1/programmes", ADMIN, q("{'code':'HS-SCHOOL-ENROLMENT-2025',"
                + "'kind':'SCHOOL_ENROLMENT','name':'海曙区2025年义务教育入学','district':'330203',"
                + "'cutoffDate':'2025-10-15','minScore':'0.00','excludeTrialRun':true,"
                + "'places':{'HS-CENTRAL-PRIMARY':1}}"), key("programme-2025"));
        assertThat(defined.statusCode()).as(defined.body()).isEqualTo(201);
        expectAudit("PROGRAMME_DEFINED", "admin-zj", "ADMIN");

        HttpResponse<String> run = post("/api/v1/programmes/HS-SCHOOL-ENROLMENT-2025/rounds", ADMIN,
                q("{'candidates':[{'personId':'" + applicant + "','beneficiary':{'idNumber':'" + CHILD_ID
                        + "','name':'张小宝'},'preferences':['HS-CENTRAL-PRIMARY']}]}"), key("round-2025-1"));
        assertThat(run.statusCode()).as(run.body()).isEqualTo(201);
        expectAudit("ROUND_RUN", "admin-zj", "ADMIN");
        JsonNode round = json(run);
        String roundId = round.get("roundId").asText();
        assertThat(run.headers().firstValue("Location")).hasValue("/api/v1/rounds/" + roundId);
        assertThat(round.get("cutoffDate").asText()).isEqualTo("2025-10-15");
        assertThat(round.get("candidates").asInt()).isEqualTo(1);
        JsonNode result = round.get("results").get(0);
        assertThat(result.get("personId").asText()).isEqualTo(applicant);
        assertThat(result.get("rank").asInt()).isZero();
        assertThat(result.get("place").isNull()).isTrue();
        assertThat(result.get("reason").asText()).isEqualTo("FROZEN");
        assertThat(result.get("reasonText").asText()).isNotBlank();
        assertThat(result.get("beneficiary").get("idNumber").asText())
                .isEqualTo("330203********" + CHILD_ID.substring(14));

        HttpResponse<String> stored = get("/api/v1/rounds/" + roundId, HAISHU_CLERK);
        assertThat(stored.statusCode()).isEqualTo(200);
        assertThat(json(stored).get("results")).isEqualTo(round.get("results"));
        assertThat(json(get(entitlements(), applicantToken)).get("entitlements")).isEmpty();
        assertAuditActions();
    }

    /**
     * 2025-11-03: the diploma proves forged. A Haishu administrator clears under police case HS-GA-2025-0173:
     * one clearing entry per (indicator, effective date), every balance 0 as known now, 81 as known before.
     */
    private void clear() {
        clockAt(CLEARED_ON, 10, 0);
        String clearing = "/api/v1/persons/" + applicant + "/clearing";
        String body = q("{'caseNumber':'" + CASE_NUMBER + "','reason':'" + CLEARING_REASON + "'}");
        refused(403, "FORBIDDEN", () -> post(clearing, HAISHU_CLERK, body, Map.of()));
        refused(403, "OUT_OF_JURISDICTION", () -> post(clearing, YINZHOU_ADMIN, body, Map.of()));
        Instant before = clockNow().minusSeconds(1);

        HttpResponse<String> cleared = post(clearing, HAISHU_ADMIN, body, key("clearing-HS-GA-2025-0173"));
        assertThat(cleared.statusCode()).as(cleared.body()).isEqualTo(200);
        expectAudit("POINTS_CLEARED", "admin-hs", "ADMIN");
        JsonNode result = json(cleared);
        assertThat(result.get("caseNumber").asText()).isEqualTo(CASE_NUMBER);
        assertThat(result.get("entries")).extracting(e -> e.get("indicator").asText(), e -> e.get("points").asText(),
                e -> e.get("effectiveOn").asText()).containsExactly(
                        tuple("M91", "10.00", "2025-09-20"),
                        tuple("P01", "-20.00", "2025-09-30"),
                        tuple("P04", "-22.50", "2025-09-30"),
                        tuple("P05", "-17.50", "2025-09-30"),
                        tuple("HS03", "-3.00", "2025-09-30"),
                        tuple("M01", "-10.00", "2025-09-30"),
                        tuple("M10", "-8.00", "2025-09-30"),
                        tuple("P02", "-10.00", "2025-09-30"));
        assertThat(result.get("entries")).allSatisfy(e -> {
            assertThat(e.get("reason").asText()).isEqualTo("CLEARING");
            assertThat(e.get("actor").asText()).isEqualTo("admin-hs");
            assertThat(e.get("recordedAt").asText()).isEqualTo("2025-11-03T02:00:00Z");
            assertThat(e.get("source").get("kind").asText()).isEqualTo("CLEARING_CASE");
            assertThat(e.get("source").get("reference").asText()).isEqualTo(CASE_NUMBER);
        });
        assertThat(result.get("revoked")).as("the frozen family obtained no place to revoke").isEmpty();
        assertThat(result.get("creditRecordSent").asBoolean()).isTrue();
        assertThat(ledger()).hasSize(16);

        JsonNode knownNow = statement(PUBLISHED_ON, null);
        assertThat(knownNow.get("total").asText()).isEqualTo("0.00");
        assertThat(knownNow.get("tiers").findValuesAsText("balance")).isNotEmpty().containsOnly("0.00");
        assertThat(statement(CLEARED_ON, null).get("total").asText()).isEqualTo("0.00");
        assertThat(statement(PUBLISHED_ON, before).get("total").asText()).isEqualTo("81.00");
        assertThat(json(get(entitlements(), applicantToken)).get("entitlements")).isEmpty();

        // the same case again: nothing more is cleared, sent or audited
        Snapshot once = snapshot();
        HttpResponse<String> again = post(clearing, HAISHU_ADMIN, body, Map.of());
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(json(again).get("entries")).isEmpty();
        assertThat(json(again).get("creditRecordSent").asBoolean()).isFalse();
        assertThat(snapshot()).isEqualTo(once);
        assertAuditActions();
    }

    /** The auditor reads the whole log (details masked) and verifies the chain over exactly those events. */
    private void readTheAuditLog() {
        HttpResponse<String> read = get("/api/v1/audit", AUDITOR);
        assertThat(read.statusCode()).isEqualTo(200);
        JsonNode events = json(read).get("events");
        assertThat(events).extracting(e -> e.get("action").asText(), e -> e.get("actor").asText(),
                e -> e.get("role").asText()).containsExactlyElementsOf(expectedAudit);
        JsonNode cleared = events.get(events.size() - 1);
        assertThat(cleared.get("subject").asText()).isEqualTo(applicant);
        assertThat(cleared.get("details").asText()).isEqualTo("case " + CASE_NUMBER + ", 8 clearing entries, "
                + "0 entitlements revoked, person 510102********" + APPLICANT_ID.substring(14) + "; reason: "
                + CLEARING_REASON_MASKED);
        JsonNode revealed = events.get(9);
        assertThat(revealed.get("action").asText()).isEqualTo("PERSONAL_DATA_REVEALED");
        assertThat(revealed.get("details").asText()).isEqualTo("ID number 510102********" + APPLICANT_ID.substring(14)
                + ", phone 139****5678, 2 household ID numbers shown whole");
        HttpResponse<String> onlyTheApplicant = get("/api/v1/audit?subject=" + applicant, AUDITOR);
        assertThat(json(onlyTheApplicant).get("events")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.get("subject").asText()).isEqualTo(applicant));

        HttpResponse<String> verified = get("/api/v1/audit/verify", AUDITOR);
        assertThat(verified.statusCode()).isEqualTo(200);
        assertThat(json(verified).get("valid").asBoolean()).isTrue();
        assertThat(json(verified).get("events").asInt()).isEqualTo(expectedAudit.size());
        assertThat(api.count("audit_event")).isEqualTo(expectedAudit.size());
    }

    /** No response of the walk but the one audited reveal holds a full ID number or phone number. */
    private void noResponseOfTheWalkHoldsAFullIdNumberOrPhoneNumber() {
        // the numbers looked for are the real ones: the audited reveal shows the applicant's and his household's
        assertThat(revealedBody).contains(APPLICANT_ID, APPLICANT_PHONE, SPOUSE_ID, CHILD_ID);
        assertThat(seen).hasSizeGreaterThan(60);
        for (String body : seen) {
            for (String number : FULL_NUMBERS) {
                assertThat(body).as("a response body of the walk").doesNotContain(number);
            }
        }
    }

    // ================================================================ HTTP with a record of every body

    private HttpResponse<String> post(String path, String token, String body, Map<String, String> headers) {
        return seen(api.post(path, token, body, headers));
    }

    private HttpResponse<String> get(String path, String token) {
        return seen(api.get(path, token));
    }

    private HttpResponse<String> seen(HttpResponse<String> response) {
        seen.add(response.body());
        return response;
    }

    private static Map<String, String> key(String key) {
        return Map.of("Idempotency-Key", key);
    }

    private String household() {
        return "/api/v1/persons/" + applicant + "/household";
    }

    private String decision(String indicator) {
        return "/api/v1/applications/" + applicationId + "/claims/" + indicator + "/decision";
    }

    private String entitlements() {
        return "/api/v1/persons/" + applicant + "/entitlements";
    }

    private static String person(String idNumber, String name, String phone, String permit, String from, String to) {
        return q("{'idNumber':'" + idNumber + "','name':'" + name + "',"
                + (phone == null ? "" : "'phone':'" + phone + "',")
                + "'residencePermit':{'number':'" + permit + "','issuer':'330203','validFrom':'" + from + "',"
                + "'validTo':'" + to + "'},'residenceDistrict':'330203'}");
    }

    private List<JsonNode> ledger() {
        HttpResponse<String> response = get("/api/v1/persons/" + applicant + "/ledger", applicantToken);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<JsonNode> entries = new ArrayList<>();
        json(response).get("entries").forEach(entries::add);
        return entries;
    }

    private JsonNode statement(LocalDate on, Instant knownAt) {
        HttpResponse<String> response = get("/api/v1/persons/" + applicant + "/score?district=330203&on=" + on
                + (knownAt == null ? "" : "&knownAt=" + knownAt), applicantToken);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    // ================================================================ refusals, snapshots, the clock

    /** What a refusal must leave as it was: row counts, the audit log, the applicant's ledger and application. */
    record Snapshot(Map<String, Long> counts, String ledger, String application) {
    }

    private Snapshot snapshot() {
        Map<String, Long> counts = TableCounts.of(api);
        String ledger = applicant == null ? "" : api.get("/api/v1/persons/" + applicant + "/ledger", ADMIN).body();
        String application = applicationId == null ? ""
                : api.get("/api/v1/applications/" + applicationId, ADMIN).body();
        return new Snapshot(counts, ledger, application);
    }

    private HttpResponse<String> refused(int status, String code, java.util.function.Supplier<HttpResponse<String>> call) {
        Snapshot before = snapshot();
        HttpResponse<String> response = call.get();
        if (status > 0) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        }
        assertThat(json(response).get("code").asText()).as(response.body()).isEqualTo(code);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(snapshot()).as("a refusal (%s) changes nothing", code).isEqualTo(before);
        return response;
    }

    private void clockAt(LocalDate day, int hour, int minute) {
        api.clock().set(day.atTime(hour, minute).atZone(SettableClock.CHINA).toInstant());
    }

    private Instant clockNow() {
        return api.clock().now();
    }

    private void expectAudit(String action, String actor, String role) {
        expectedAudit.add(tuple(action, actor, role));
    }

    private void assertAuditActions() {
        HttpResponse<String> read = api.get("/api/v1/audit", AUDITOR);
        assertThat(read.statusCode()).isEqualTo(200);
        seen.add(read.body());
        assertThat(json(read).get("events")).extracting(e -> e.get("action").asText(), e -> e.get("actor").asText(),
                e -> e.get("role").asText()).containsExactlyElementsOf(expectedAudit);
    }

    // ================================================================ claims and entries

    private static void assertClaimsAsReviewed(JsonNode application) {
        assertClaims(application,
                tuple("P01", "APPROVED", "20.00"),
                tuple("P04", "APPROVED", "22.50"),
                tuple("P05", "APPROVED", "17.50"),
                tuple("HS03", "APPROVED", "3.00"),
                tuple("P02", "REJECTED", "0.00"),
                tuple("M01", "APPROVED", "10.00"),
                tuple("M10", "APPROVED", "8.00"));
    }

    private static void assertClaims(JsonNode application, org.assertj.core.groups.Tuple... expected) {
        assertThat(application.get("claims")).extracting(c -> c.get("indicator").asText(), c -> c.get("status").asText(),
                c -> c.get("points").asText()).containsExactly(expected);
    }

    private static JsonNode claim(JsonNode application, String indicator) {
        for (JsonNode claim : application.get("claims")) {
            if (claim.get("indicator").asText().equals(indicator)) {
                return claim;
            }
        }
        throw new AssertionError("no claim " + indicator + " in " + application);
    }

    private static void assertEntry(JsonNode entry, String indicator, String points, String reason, LocalDate effectiveOn,
            String actor, String recordedAt) {
        assertThat(entry.get("indicator").asText()).isEqualTo(indicator);
        assertThat(entry.get("points").asText()).isEqualTo(points);
        assertThat(entry.get("reason").asText()).isEqualTo(reason);
        assertThat(entry.get("effectiveOn").asText()).isEqualTo(effectiveOn.toString());
        assertThat(entry.get("actor").asText()).isEqualTo(actor);
        assertThat(entry.get("recordedAt").asText()).isEqualTo(recordedAt);
    }

    private static void assertTier(JsonNode statement, String tier, String bonus, String deductions, String subtotal) {
        for (JsonNode line : statement.get("tiers")) {
            if (line.get("tier").asText().equals(tier) && line.get("recognised").asBoolean()) {
                assertThat(line.get("bonusSubtotal").asText()).as("%s bonus", tier).isEqualTo(bonus);
                assertThat(line.get("deductionSubtotal").asText()).as("%s deductions", tier).isEqualTo(deductions);
                assertThat(line.get("subtotal").asText()).as("%s subtotal", tier).isEqualTo(subtotal);
                return;
            }
        }
        throw new AssertionError("no recognised " + tier + " tier in " + statement);
    }
}
