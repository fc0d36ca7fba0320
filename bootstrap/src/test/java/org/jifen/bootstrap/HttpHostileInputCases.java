package org.jifen.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.bootstrap.FullServer.ADMIN;
import static org.jifen.bootstrap.FullServer.HAISHU_CLERK;
import static org.jifen.bootstrap.FullServer.SYSTEM;
import static org.jifen.bootstrap.FullServer.json;
import static org.jifen.bootstrap.FullServer.q;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jifen.adapters.db.TestDatabase;
import org.jifen.domain.catalogue.Department;
import org.jifen.domain.person.TestIdNumbers;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Hostile and broken input through HTTP against the whole server on a real database: malformed JSON, wrong JSON
 * types, unknown fields, a body over the limit (413 before it is read), a chunked body (411), a body that is
 * not JSON (415), unknown indicators, invalid ID numbers, impossible dates, bad points and idempotency keys.
 * Each case expects the exact status, code and field, shows no full ID number back, and leaves everything as
 * it was: every table's row count (the audit log, the ledger, persons…) and the applicant's person,
 * application and ledger as read back. One server per database; the cases share one published application.
 */
abstract class HttpHostileInputCases {

    /** 张伟, registered with an application that is reviewed and published. */
    static final String APPLICANT_ID = TestIdNumbers.number("510102", LocalDate.of(1990, 3, 7), 123);
    static final String NEW_ID = TestIdNumbers.number("340104", LocalDate.of(1993, 4, 4), 580);
    static final String WRONG_CHECK = TestIdNumbers.withWrongCheck(NEW_ID);
    /** A check character that fits, on 31 February. */
    static final String IMPOSSIBLE_BIRTH_DATE = TestIdNumbers.numberWithRawDate("340104", "19930231", 580);
    /** A check character that fits, on a region prefix that is no division (99). */
    static final String UNKNOWN_REGION = TestIdNumbers.numberWithRawDate("990104", "19930404", 580);

    @RegisterExtension
    final FullServer api = FullServer.on(database());

    abstract TestDatabase database();

    private String person;
    private String application;

    /** One hostile request and what it must answer. */
    record Case(String name, Function<HttpHostileInputCases, HttpResponse<String>> request, int status, String code,
            String field) {
    }

    static Case hostile(String name, int status, String code, String field,
            Function<HttpHostileInputCases, HttpResponse<String>> request) {
        return new Case(name, request, status, code, field);
    }

    static String person(String idNumber) {
        return q("{'idNumber':'" + idNumber + "','name':'赵敏','phone':'13812345678','residencePermit':{'number':"
                + "'NB-HS-2025-000901','issuer':'330203','validFrom':'2024-01-01','validTo':'2027-12-31'},"
                + "'residenceDistrict':'330203'}");
    }

    static String systemData(String idNumber, String indicator, String quantity, String asOf) {
        return q("[{'idNumber':'" + idNumber + "','indicator':'" + indicator + "','quantity':" + quantity
                + ",'asOf':'" + asOf + "'}]");
    }

    static String deduction(String indicator, String date) {
        return q("{'indicator':'" + indicator + "','event':{'ref':'HS-JL-2025-0920','date':" + date
                + ",'level':'DETENTION'},'method':'SYSTEM_CHECK'}");
    }

    static String submission(String personId, String claims) {
        return q("{'personId':'" + personId + "','district':'330203','channel':'DISTRICT_CENTRE','claims':" + claims + "}");
    }

    static List<Case> cases() {
        String police = FullServer.reviewer(Department.PUBLIC_SECURITY);
        return List.of(
                // ---------------------------------------------------------------- JSON that is not JSON
                hostile("malformed JSON: a person", 400, "MALFORMED_JSON", null,
                        t -> t.api.post("/api/v1/persons", HAISHU_CLERK, "{\"idNumber\": ")),
                hostile("malformed JSON: an application", 400, "MALFORMED_JSON", null,
                        t -> t.api.post("/api/v1/applications", HAISHU_CLERK, "{'personId':'PER-000001'}")),
                hostile("no body where one is required", 400, "MISSING_BODY", null,
                        t -> t.api.post("/api/v1/persons", HAISHU_CLERK, "")),
                // ---------------------------------------------------------------- wrong JSON types
                hostile("wrong type: a person as a list", 400, "INVALID_FIELD", "$",
                        t -> t.api.post("/api/v1/persons", HAISHU_CLERK, "[" + person(NEW_ID) + "]")),
                hostile("wrong type: claims as an object", 400, "INVALID_FIELD", "claims",
                        t -> t.api.post("/api/v1/applications", HAISHU_CLERK, submission(t.person,
                                q("{'indicator':'P03'}")))),
                hostile("wrong type: a quantity in words", 400, "INVALID_FIELD", "[0].quantity",
                        t -> t.api.post("/api/v1/system-data", SYSTEM, systemData(APPLICANT_ID, "P04", "\"many\"",
                                "2025-08-31"))),
                hostile("wrong type: an event date as a number", 400, "INVALID_FIELD", "event.date",
                        t -> t.api.post("/api/v1/applications/" + t.application + "/deductions", police,
                                deduction("M91", "20250920"))),
                hostile("not an allowed value: a channel", 400, "INVALID_FIELD", "channel",
                        t -> t.api.post("/api/v1/applications", HAISHU_CLERK, submission(t.person, "[]")
                                .replace("DISTRICT_CENTRE", "FAX"))),
                hostile("not an allowed value: a relation", 400, "INVALID_FIELD", "relation",
                        t -> t.api.post("/api/v1/persons/" + t.person + "/household", HAISHU_CLERK,
                                q("{'relation':'COUSIN','idNumber':'" + NEW_ID + "','name':'赵敏'}"))),
                hostile("points with three places", 400, "INVALID_POINTS", "corrections[0].points",
                        t -> t.api.post("/api/v1/appeals/APL-NONE/decision", SUPERVISOR_TOKEN,
                                q("{'outcome':'UPHELD','corrections':[{'indicator':'M10','points':'8.005'}],"
                                        + "'reason':'x'}"))),
                // ---------------------------------------------------------------- unknown fields
                hostile("unknown field on a person", 400, "UNKNOWN_FIELD", "nickname",
                        t -> t.api.post("/api/v1/persons", HAISHU_CLERK,
                                person(NEW_ID).replace("{\"idNumber\"", "{\"nickname\":\"小赵\",\"idNumber\""))),
                hostile("unknown field inside a claim", 400, "UNKNOWN_FIELD", "claims[0].priority",
                        t -> t.api.post("/api/v1/applications", HAISHU_CLERK, submission(t.person,
                                q("[{'indicator':'P03','facts':{'level':'SKILL_4'},'priority':'high'}]")))),
                // ---------------------------------------------------------------- content types
                hostile("a text/plain body", 415, "UNSUPPORTED_MEDIA_TYPE", null,
                        t -> t.send("/api/v1/persons", HAISHU_CLERK, "text/plain", person(NEW_ID))),
                hostile("JSON declared in ISO-8859-1", 415, "UNSUPPORTED_MEDIA_TYPE", null,
                        t -> t.send("/api/v1/persons", HAISHU_CLERK, "application/json; charset=ISO-8859-1",
                                person(NEW_ID))),
                hostile("a form", 415, "UNSUPPORTED_MEDIA_TYPE", null,
                        t -> t.send("/api/v1/system-data", SYSTEM, "application/x-www-form-urlencoded",
                                "idNumber=" + APPLICANT_ID)),
                // ---------------------------------------------------------------- unknown indicators
                hostile("unknown indicator claimed", 400, "UNKNOWN_INDICATOR", null,
                        t -> t.api.post("/api/v1/applications", HAISHU_CLERK, submission(t.person,
                                q("[{'indicator':'P99','facts':{'level':'BACHELOR'}}]")))),
                hostile("unknown indicator in system data", 400, "UNKNOWN_INDICATOR", null,
                        t -> t.api.post("/api/v1/system-data", SYSTEM, systemData(APPLICANT_ID, "X01", "5",
                                "2025-08-31"))),
                hostile("unknown indicator deducted", 400, "UNKNOWN_INDICATOR", null,
                        t -> t.api.post("/api/v1/applications/" + t.application + "/deductions", police,
                                deduction("M99", "\"2025-09-20\""))),
                hostile("unknown indicator appealed", 400, "UNKNOWN_INDICATOR", null,
                        t -> t.api.post("/api/v1/appeals", HAISHU_CLERK, q("{'applicationId':'" + t.application
                                + "','indicators':['HS05'],'reason':'我是退役军人'}"))),
                // ---------------------------------------------------------------- invalid ID numbers
                hostile("ID number with a wrong check character", 400, "INVALID_ID_NUMBER", "idNumber",
                        t -> t.api.post("/api/v1/persons", HAISHU_CLERK, person(WRONG_CHECK))),
                hostile("ID number born on 31 February", 400, "INVALID_ID_NUMBER", "idNumber",
                        t -> t.api.post("/api/v1/persons", HAISHU_CLERK, person(IMPOSSIBLE_BIRTH_DATE))),
                hostile("ID number of no region", 400, "INVALID_ID_NUMBER", "idNumber",
                        t -> t.api.post("/api/v1/persons", HAISHU_CLERK, person(UNKNOWN_REGION))),
                hostile("ID number of 15 characters", 400, "INVALID_ID_NUMBER", "idNumber",
                        t -> t.api.post("/api/v1/persons", HAISHU_CLERK, person(NEW_ID.substring(0, 15)))),
                hostile("household member's ID number", 400, "INVALID_ID_NUMBER", "idNumber",
                        t -> t.api.post("/api/v1/persons/" + t.person + "/household", HAISHU_CLERK,
                                q("{'relation':'CHILD','idNumber':'" + WRONG_CHECK + "','name':'赵小敏'}"))),
                hostile("system data's ID number", 400, "INVALID_ID_NUMBER", "[0].idNumber",
                        t -> t.api.post("/api/v1/system-data", SYSTEM, systemData(WRONG_CHECK, "P04", "50",
                                "2025-08-31"))),
                // ---------------------------------------------------------------- impossible dates
                hostile("a permit valid to 30 February", 400, "INVALID_FIELD", "residencePermit.validTo",
                        t -> t.api.post("/api/v1/persons", HAISHU_CLERK, person(NEW_ID).replace("2027-12-31",
                                "2027-02-30"))),
                hostile("system data as of a day-first date", 400, "INVALID_FIELD", "[0].asOf",
                        t -> t.api.post("/api/v1/system-data", SYSTEM, systemData(APPLICANT_ID, "P04", "50",
                                "31/08/2025"))),
                hostile("a penalty on 31 September", 400, "INVALID_FIELD", "event.date",
                        t -> t.api.post("/api/v1/applications/" + t.application + "/deductions", police,
                                deduction("M91", "\"2025-09-31\""))),
                hostile("a statement on month 13", 400, "INVALID_PARAMETER", "on",
                        t -> t.api.get("/api/v1/persons/" + t.person + "/score?district=330203&on=2025-13-01",
                                HAISHU_CLERK)),
                hostile("a statement known at yesterday", 400, "INVALID_PARAMETER", "knownAt",
                        t -> t.api.get("/api/v1/persons/" + t.person + "/score?district=330203&on=2025-09-30"
                                + "&knownAt=yesterday", HAISHU_CLERK)),
                hostile("an audit range from a date without time", 400, "INVALID_PARAMETER", "from",
                        t -> t.api.get("/api/v1/audit?from=2025-09-01", AUDITOR_TOKEN)),
                // ---------------------------------------------------------------- idempotency keys
                hostile("an Idempotency-Key of 201 characters", 400, "INVALID_IDEMPOTENCY_KEY", null,
                        t -> t.api.post("/api/v1/persons", HAISHU_CLERK, person(NEW_ID),
                                Map.of("Idempotency-Key", "k".repeat(201)))));
    }

    static final String SUPERVISOR_TOKEN = FullServer.SUPERVISOR;

    // ---------------------------------------------------------------- cases that once failed on the REST adapter

    /**
     * A syntax error inside a list being bound ({@code [{…},]}): Jackson wraps its parse error in a mapping
     * error with the element's path; it is still MALFORMED_JSON with line and column.
     */
    static final Case TRAILING_COMMA = hostile("malformed JSON: system data with a trailing comma", 400,
            "MALFORMED_JSON", null, t -> t.api.post("/api/v1/system-data", SYSTEM, systemData(APPLICANT_ID, "P04", "50",
                        "2025-08-31").replace("}]", "},]")));

    /** An invalid beneficiary ID number of a round is named by the candidate's path, as system data names {@code [0].idNumber}. */
    static final Case ROUND_BENEFICIARY = hostile("a round's beneficiary ID number", 400, "INVALID_ID_NUMBER",
            "candidates[0].beneficiary.idNumber", t -> t.api.post("/api/v1/programmes/HS-SCHOOL-2025/rounds", ADMIN, q("{'candidates':[{"
                        + "'personId':'" + t.person + "','beneficiary':{'idNumber':'" + WRONG_CHECK
                        + "','name':'赵小敏'},'preferences':['HS-SCHOOL-A']}]}")));

    @org.junit.jupiter.api.Test
    void malformedJsonInsideAList_is400MalformedJson() {
        given();
        check(TRAILING_COMMA);
    }

    @org.junit.jupiter.api.Test
    void anInvalidBeneficiaryIdNumberOfARound_namesTheCandidatesPath() {
        given();
        check(ROUND_BENEFICIARY);
    }
    static final String AUDITOR_TOKEN = FullServer.AUDITOR;

    @TestFactory
    Stream<DynamicTest> everyHostileRequest_isRefusedWithItsCodeAndField_andWritesNothing() {
        given();
        return Stream.concat(cases().stream().map(c -> DynamicTest.dynamicTest(c.name() + " → " + c.status() + " "
                + c.code() + (c.field() == null ? "" : " " + c.field()), () -> check(c))), Stream.of(
                        DynamicTest.dynamicTest("a declared body over 1 MiB → 413 BODY_TOO_LARGE before it is read",
                                this::bodyOverTheLimit),
                        DynamicTest.dynamicTest("a chunked body → 411 LENGTH_REQUIRED, Connection: close",
                                this::chunkedBody)));
    }

    /** 张伟 registered, his application reviewed and published; a school programme defined. */
    private void given() {
        api.seedReferenceData();
        HttpResponse<String> registered = api.post("/api/v1/persons", HAISHU_CLERK, q("{'idNumber':'" + APPLICANT_ID
                + "','name':'张伟','residencePermit':{'number':'NB-HS-2024-000815','issuer':'330203',"
                + "'validFrom':'2024-03-01','validTo':'2027-02-28'},'residenceDistrict':'330203'}"));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        person = json(registered).get("personId").asText();
        HttpResponse<String> submitted = api.post("/api/v1/applications", HAISHU_CLERK, submission(person,
                q("[{'indicator':'P02','facts':{'level':'BACHELOR'},'evidence':['evidence/diploma.pdf']}]")));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        application = json(submitted).get("applicationId").asText();
        assertThat(api.post("/api/v1/applications/" + application + "/claims/P02/decision",
                FullServer.reviewer(Department.EDUCATION), q("{'outcome':'APPROVED'}")).statusCode()).isEqualTo(200);
        assertThat(api.post("/api/v1/applications/" + application + "/publish", FullServer.SUPERVISOR, "").statusCode())
                .isEqualTo(200);
        HttpResponse<String> programme = api.post("/api/v1/programmes", ADMIN, q("{'code':'HS-SCHOOL-2025',"
                + "'kind':'SCHOOL_ENROLMENT','district':'330203','cutoffDate':'2025-09-16','minScore':'0.00',"
                + "'excludeTrialRun':true,'places':{'HS-SCHOOL-A':1}}"));
        assertThat(programme.statusCode()).as(programme.body()).isEqualTo(201);
    }

    private void check(Case hostile) {
        Snapshot before = snapshot();

        HttpResponse<String> response = hostile.request().apply(this);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(hostile.status());
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        JsonNode problem = json(response);
        assertThat(problem.get("code").asText()).as(response.body()).isEqualTo(hostile.code());
        assertThat(problem.get("status").asInt()).isEqualTo(hostile.status());
        if (hostile.field() != null) {
            assertThat(problem.get("errors").findValuesAsText("field")).as(response.body()).contains(hostile.field());
        }
        for (String number : List.of(APPLICANT_ID, NEW_ID, WRONG_CHECK, IMPOSSIBLE_BIRTH_DATE, UNKNOWN_REGION)) {
            assertThat(response.body()).as("no full ID number answered").doesNotContain(number);
        }
        assertThat(response.body()).doesNotContain("Exception", "at org.", "SQL");
        assertThat(snapshot()).as("%s writes nothing", hostile.name()).isEqualTo(before);
    }

    private void bodyOverTheLimit() {
        Snapshot before = snapshot();
        // only the headers are sent: the answer must come without the server waiting for the 2 MiB
        String response = raw("POST /api/v1/persons HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + HAISHU_CLERK + "\r\nContent-Type: application/json\r\nContent-Length: " + (2 * 1024 * 1024)
                + "\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 413 ");
        assertThat(response).contains("\"code\":\"BODY_TOO_LARGE\"").containsIgnoringCase("Connection: close");
        assertThat(snapshot()).isEqualTo(before);
    }

    private void chunkedBody() {
        Snapshot before = snapshot();
        String body = person(NEW_ID);
        int length = body.getBytes(StandardCharsets.UTF_8).length;
        String response = raw("POST /api/v1/persons HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + HAISHU_CLERK + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                + Integer.toHexString(length) + "\r\n" + body + "\r\n0\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 411 ");
        assertThat(response).contains("\"code\":\"LENGTH_REQUIRED\"").containsIgnoringCase("Connection: close");
        assertThat(response.split("HTTP/1.1 ", -1)).as("exactly one response on the connection").hasSize(2);
        assertThat(snapshot()).isEqualTo(before);
    }

    // ---------------------------------------------------------------- plumbing

    record Snapshot(Map<String, Long> counts, String person, String application, String ledger) {
    }

    private Snapshot snapshot() {
        return new Snapshot(TableCounts.of(api), api.get("/api/v1/persons/" + person, ADMIN).body(),
                api.get("/api/v1/applications/" + application, ADMIN).body(),
                api.get("/api/v1/persons/" + person + "/ledger", ADMIN).body());
    }

    private HttpResponse<String> send(String path, String token, String contentType, String body) {
        return api.send(HttpRequest.newBuilder(api.uri(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", contentType).timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    /** Sends raw bytes on one connection and reads until the server closes it (or 5 s pass). */
    private String raw(String request) {
        try (Socket socket = new Socket("127.0.0.1", api.port())) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream read = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    read.write(buffer, 0, n);
                }
            } catch (java.net.SocketTimeoutException | java.net.SocketException stopped) {
                // the answer so far is what the test looks at
            }
            return read.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
