package org.jifen.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.bootstrap.FullServer.json;
import static org.jifen.bootstrap.FullServer.q;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jifen.adapters.db.TestDatabase;
import org.jifen.domain.access.Caller;
import org.jifen.domain.access.Role;
import org.jifen.domain.catalogue.Department;
import org.jifen.domain.catalogue.TestCatalogues;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.person.TestIdNumbers;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The authorization matrix through HTTP (DOMAIN.md §7, issue 6): every operation of the OpenAPI document ×
 * every kind of caller — no token, an unknown token, the applicant for himself and for another person, and
 * each role inside Haishu 330203 (or Ningbo / Zhejiang, which cover it) and in Yinzhou 330212, reviewers of
 * the operation's department and of another one. Each case expects the exact status, and for a refusal the
 * exact code ({@code UNAUTHENTICATED}, {@code FORBIDDEN}, {@code OUT_OF_JURISDICTION},
 * {@code WRONG_DEPARTMENT}, {@code NOT_OWN_DATA}) with nothing changed: no table's row count (the audit log
 * included) and not the resource the request aimed at. The expectations restate the application's
 * {@code AuthorizationMatrixTest}; here the point is that the HTTP layer maps each of them exactly.
 *
 * <p>One server per database for the whole matrix: the subjects a request acts on (a Haishu applicant with
 * his application in the state the operation needs) are made through the API by the setup callers. The
 * refusals of a row share one subject; every allowed write gets a fresh subject of its own, so that each
 * allowed case finds the state it needs. A row for every operation of the document is checked, too.
 */
abstract class HttpAuthorizationMatrixCases {

    static final String ALLOWED = "ALLOWED";
    static final String UNAUTHENTICATED = "UNAUTHENTICATED";

    /** Who asks: a role, and where it acts relative to the Haishu subject. */
    enum Who {
        NO_TOKEN,
        UNKNOWN_TOKEN,
        APPLICANT_HIMSELF,
        APPLICANT_OTHER_PERSON,
        CLERK_OF_HAISHU,
        CLERK_OF_YINZHOU,
        REVIEWER_OF_HAISHU,
        REVIEWER_OF_YINZHOU,
        REVIEWER_OF_OTHER_DEPARTMENT,
        SUPERVISOR_OF_HAISHU,
        SUPERVISOR_OF_YINZHOU,
        ADMIN_OF_ZHEJIANG,
        ADMIN_OF_HAISHU,
        ADMIN_OF_YINZHOU,
        AUDITOR_OF_NINGBO,
        AUDITOR_OF_YINZHOU,
        SYSTEM_OF_ZHEJIANG,
        SYSTEM_OF_YINZHOU;

        /** The bearer token: for a row decided by {@code department} ({@code other} for the wrong one). */
        String token(Subject subject, Matrix matrix, Department department, Department other) {
            return switch (this) {
                case NO_TOKEN -> null;
                case UNKNOWN_TOKEN -> "t-never-issued";
                case APPLICANT_HIMSELF -> applicantToken(subject.person());
                case APPLICANT_OTHER_PERSON -> applicantToken(matrix.otherPerson());
                case CLERK_OF_HAISHU -> FullServer.HAISHU_CLERK;
                case CLERK_OF_YINZHOU -> FullServer.YINZHOU_CLERK;
                case REVIEWER_OF_HAISHU -> FullServer.reviewer(department);
                case REVIEWER_OF_YINZHOU -> yinzhouReviewer(department);
                case REVIEWER_OF_OTHER_DEPARTMENT -> FullServer.reviewer(other);
                case SUPERVISOR_OF_HAISHU -> FullServer.SUPERVISOR;
                case SUPERVISOR_OF_YINZHOU -> "t-supervisor-yz";
                case ADMIN_OF_ZHEJIANG -> FullServer.ADMIN;
                case ADMIN_OF_HAISHU -> "t-admin-hs";
                case ADMIN_OF_YINZHOU -> "t-admin-yz";
                case AUDITOR_OF_NINGBO -> FullServer.AUDITOR;
                case AUDITOR_OF_YINZHOU -> "t-auditor-yz";
                case SYSTEM_OF_ZHEJIANG -> FullServer.SYSTEM;
                case SYSTEM_OF_YINZHOU -> "t-system-yz";
            };
        }
    }

    /** The police reviewer who records the penalty a second police reviewer or a supervisor then approves. */
    static final String FIRST_POLICE_REVIEWER = "t-reviewer-hs-police-first";
    /** Applicant tokens are issued for PER-000001 … PER-00MAX: the ids the matrix's subjects get. */
    static final int MAX_APPLICANT = 3000;

    static String yinzhouReviewer(Department department) {
        return "t-reviewer-yz-" + department.name().toLowerCase(java.util.Locale.ROOT);
    }

    static String applicantToken(String personId) {
        int n = Integer.parseInt(personId.substring("PER-".length()));
        assertThat(n).as("an applicant token exists for %s", personId).isLessThanOrEqualTo(MAX_APPLICANT);
        return FullServer.applicant(n);
    }

    static Map<String, Caller> moreTokens() {
        Map<String, Caller> tokens = new HashMap<>();
        for (Department department : Department.values()) {
            tokens.put(yinzhouReviewer(department), Caller.reviewer("reviewer-yz-"
                    + department.name().toLowerCase(java.util.Locale.ROOT), TestCatalogues.YINZHOU, department));
        }
        tokens.put(FIRST_POLICE_REVIEWER, Caller.reviewer("reviewer-hs-police-first", TestCatalogues.HAISHU,
                Department.PUBLIC_SECURITY));
        tokens.put("t-supervisor-yz", Caller.of("supervisor-yz", Role.SUPERVISOR, TestCatalogues.YINZHOU));
        tokens.put("t-admin-hs", Caller.of("admin-hs", Role.ADMIN, TestCatalogues.HAISHU));
        tokens.put("t-admin-yz", Caller.of("admin-yz", Role.ADMIN, TestCatalogues.YINZHOU));
        tokens.put("t-auditor-yz", Caller.of("auditor-yz", Role.AUDITOR, TestCatalogues.YINZHOU));
        tokens.put("t-system-yz", Caller.of("system-yz", Role.SYSTEM, TestCatalogues.YINZHOU));
        for (int n = 1; n <= MAX_APPLICANT; n++) {
            tokens.put(FullServer.applicant(n), org.jifen.application.TestCallers.applicant(
                    PersonId.of("PER-" + String.format("%06d", n))));
        }
        return tokens;
    }

    // ---------------------------------------------------------------- expectations

    /** ALLOWED or a refusal code for every {@link Who}: 401 without a valid token, FORBIDDEN unless said otherwise. */
    static final class Expected {

        private final Map<Who, String> outcomes = new EnumMap<>(Who.class);

        Expected() {
            Arrays.stream(Who.values()).forEach(w -> outcomes.put(w, "FORBIDDEN"));
            outcomes.put(Who.NO_TOKEN, UNAUTHENTICATED);
            outcomes.put(Who.UNKNOWN_TOKEN, UNAUTHENTICATED);
        }

        Expected allowed(Who... who) {
            return refused(ALLOWED, who);
        }

        Expected refused(String code, Who... who) {
            Arrays.stream(who).forEach(w -> outcomes.put(w, code));
            return this;
        }

        String of(Who who) {
            return outcomes.get(who);
        }
    }

    static Expected onlyForbidden() {
        return new Expected();
    }

    /** Anyone, with or without a token. */
    static Expected publicRoute() {
        return new Expected().allowed(Who.values());
    }

    /** Every authenticated caller. */
    static Expected anyRole() {
        return new Expected().allowed(Arrays.stream(Who.values())
                .filter(w -> w != Who.NO_TOKEN && w != Who.UNKNOWN_TOKEN).toArray(Who[]::new));
    }

    /** A person's data: the person themself, or any staff role covering where they live. */
    static Expected ownOrStaff() {
        return new Expected()
                .allowed(Who.APPLICANT_HIMSELF, Who.CLERK_OF_HAISHU, Who.REVIEWER_OF_HAISHU,
                        Who.REVIEWER_OF_OTHER_DEPARTMENT, Who.SUPERVISOR_OF_HAISHU, Who.ADMIN_OF_ZHEJIANG,
                        Who.ADMIN_OF_HAISHU, Who.AUDITOR_OF_NINGBO)
                .refused("NOT_OWN_DATA", Who.APPLICANT_OTHER_PERSON)
                .refused("OUT_OF_JURISDICTION", Who.CLERK_OF_YINZHOU, Who.REVIEWER_OF_YINZHOU,
                        Who.SUPERVISOR_OF_YINZHOU, Who.ADMIN_OF_YINZHOU, Who.AUDITOR_OF_YINZHOU);
    }

    static Expected clerkOrAdmin() {
        return new Expected()
                .allowed(Who.CLERK_OF_HAISHU, Who.ADMIN_OF_ZHEJIANG, Who.ADMIN_OF_HAISHU)
                .refused("OUT_OF_JURISDICTION", Who.CLERK_OF_YINZHOU, Who.ADMIN_OF_YINZHOU);
    }

    static Expected reviewerOfTheDepartment() {
        return new Expected()
                .allowed(Who.REVIEWER_OF_HAISHU)
                .refused("OUT_OF_JURISDICTION", Who.REVIEWER_OF_YINZHOU)
                .refused("WRONG_DEPARTMENT", Who.REVIEWER_OF_OTHER_DEPARTMENT);
    }

    static Expected reviewerOfTheDepartmentOrSupervisor() {
        return reviewerOfTheDepartment()
                .allowed(Who.SUPERVISOR_OF_HAISHU)
                .refused("OUT_OF_JURISDICTION", Who.SUPERVISOR_OF_YINZHOU);
    }

    static Expected systemOrAdmin() {
        return new Expected()
                .allowed(Who.SYSTEM_OF_ZHEJIANG, Who.ADMIN_OF_ZHEJIANG, Who.ADMIN_OF_HAISHU)
                .refused("OUT_OF_JURISDICTION", Who.SYSTEM_OF_YINZHOU, Who.ADMIN_OF_YINZHOU);
    }

    static Expected adminOfTheDistrict() {
        return onlyForbidden()
                .allowed(Who.ADMIN_OF_ZHEJIANG, Who.ADMIN_OF_HAISHU)
                .refused("OUT_OF_JURISDICTION", Who.ADMIN_OF_YINZHOU);
    }

    /** District-wide views (a stored round): staff covering the district. */
    static Expected staffOfTheDistrict() {
        return new Expected()
                .allowed(Who.CLERK_OF_HAISHU, Who.REVIEWER_OF_HAISHU, Who.REVIEWER_OF_OTHER_DEPARTMENT,
                        Who.SUPERVISOR_OF_HAISHU, Who.ADMIN_OF_ZHEJIANG, Who.ADMIN_OF_HAISHU)
                .refused("OUT_OF_JURISDICTION", Who.CLERK_OF_YINZHOU, Who.REVIEWER_OF_YINZHOU,
                        Who.SUPERVISOR_OF_YINZHOU, Who.ADMIN_OF_YINZHOU);
    }

    // ---------------------------------------------------------------- the rows

    /** The state an operation acts on, each reached from the one before it through the API. */
    enum State {
        /** A registered Haishu applicant (permit valid 2024–2027) with 45 months of P04 system data. */
        PERSON(null),
        /** + an application with P02 (education) and M01 (housing) pending. */
        SUBMITTED(PERSON),
        /** + a CRIMINAL penalty (M91, −30) recorded by a first police reviewer, awaiting a second. */
        PENALTY_AWAITING_SECOND_APPROVAL(SUBMITTED),
        /** + P02 rejected, M01 approved. */
        DECIDED(SUBMITTED),
        /** + published. */
        PUBLISHED(DECIDED),
        /** + an appeal on P02. */
        APPEALED(PUBLISHED),
        /** A person and a Haishu school programme of their own. */
        PROGRAMME(PERSON),
        /** + a round run of it. */
        ROUND(PROGRAMME);

        private final State previous;

        State(State previous) {
            this.previous = previous;
        }
    }

    /** What a request acts on: the applicant and, as far as the state goes, his application, appeal, programme, round. */
    record Subject(String person, String application, String appeal, String programme, String round) {
    }

    /**
     * One operation of the OpenAPI document: method, path template, the state it needs, its department, the
     * request (path and body for a subject), the status an allowed call answers, and the resource a refused
     * call must leave unchanged (read back by the provincial administrator; null for reads).
     */
    record Row(String method, String template, String variant, State state, Department department,
            Function<Subject, String> path, Function<Subject, String> body, int allowedStatus,
            Function<Subject, String> resource, Expected expected) {

        String name() {
            return method + " " + template + (variant.isEmpty() ? "" : " (" + variant + ")");
        }

        Department otherDepartment() {
            return department == Department.HOUSING ? Department.EDUCATION : Department.HOUSING;
        }

        boolean writes() {
            return method.equals("POST");
        }
    }

    static Row get(String template, State state, Function<Subject, String> path, Expected expected) {
        return get(template, "", state, path, expected);
    }

    static Row get(String template, String variant, State state, Function<Subject, String> path, Expected expected) {
        return new Row("GET", template, variant, state, Department.HOUSING, path, s -> null, 200, s -> null, expected);
    }

    static Row post(String template, State state, Department department, Function<Subject, String> path,
            Function<Subject, String> body, int allowedStatus, Function<Subject, String> resource, Expected expected) {
        return new Row("POST", template, "", state, department, path, body, allowedStatus, resource, expected);
    }

    private static final AtomicInteger NEW_PEOPLE = new AtomicInteger();

    /** A valid synthetic ID number not used before in this run. */
    static String freshIdNumber(String region) {
        int n = NEW_PEOPLE.incrementAndGet();
        return TestIdNumbers.number(region, LocalDate.of(1970, 1, 1).plusDays(n), 101 + n % 800);
    }

    static String application(Subject s) {
        return "/api/v1/applications/" + s.application();
    }

    static String person(Subject s) {
        return "/api/v1/persons/" + s.person();
    }

    static List<Row> rows() {
        return List.of(
                get("/health", State.PERSON, s -> "/health", publicRoute()),
                get("/metrics", State.PERSON, s -> "/metrics", publicRoute()),
                get("/api/v1/openapi.json", State.PERSON, s -> "/api/v1/openapi.json", publicRoute()),
                get("/api/v1/catalogue", State.PERSON, s -> "/api/v1/catalogue?district=330203&on=2025-09-16",
                        anyRole()),
                post("/api/v1/persons", State.PERSON, Department.HOUSING, s -> "/api/v1/persons",
                        s -> registration(freshIdNumber("340104"), "赵敏"), 201, s -> null, clerkOrAdmin()),
                get("/api/v1/persons/{personId}", State.PERSON, HttpAuthorizationMatrixCases::person, ownOrStaff()),
                get("/api/v1/persons/{personId}", "reveal", State.PERSON, s -> person(s) + "?reveal=true",
                        onlyForbidden().allowed(Who.CLERK_OF_HAISHU, Who.SUPERVISOR_OF_HAISHU, Who.ADMIN_OF_ZHEJIANG,
                                Who.ADMIN_OF_HAISHU).refused("OUT_OF_JURISDICTION", Who.CLERK_OF_YINZHOU,
                                        Who.SUPERVISOR_OF_YINZHOU, Who.ADMIN_OF_YINZHOU)),
                post("/api/v1/persons/{personId}/household", State.PERSON, Department.HOUSING,
                        s -> person(s) + "/household",
                        s -> q("{'relation':'CHILD','idNumber':'" + freshIdNumber("330203") + "','name':'张小宝'}"),
                        200, HttpAuthorizationMatrixCases::person, clerkOrAdmin()),
                post("/api/v1/system-data", State.PERSON, Department.HOUSING, s -> "/api/v1/system-data",
                        s -> q("[{'idNumber':'" + "ID:" + s.person() + "','indicator':'P05','quantity':60,"
                                + "'asOf':'2025-08-31'}]"), 201, s -> null, systemOrAdmin()),
                post("/api/v1/applications", State.PERSON, Department.HOUSING, s -> "/api/v1/applications",
                        s -> q("{'personId':'" + s.person() + "','district':'330203','channel':'APP','claims':["
                                + "{'indicator':'P03','facts':{'level':'SKILL_4'},'evidence':['evidence/skill.pdf']}]}"),
                        201, s -> null, clerkOrAdmin().allowed(Who.APPLICANT_HIMSELF)
                                .refused("NOT_OWN_DATA", Who.APPLICANT_OTHER_PERSON)),
                get("/api/v1/applications/{applicationId}", State.SUBMITTED, HttpAuthorizationMatrixCases::application,
                        ownOrStaff()),
                post("/api/v1/applications/{applicationId}/claims/{indicator}/decision", State.SUBMITTED,
                        Department.HOUSING, s -> application(s) + "/claims/M01/decision",
                        s -> q("{'outcome':'APPROVED'}"), 200, HttpAuthorizationMatrixCases::application,
                        reviewerOfTheDepartment()),
                post("/api/v1/applications/{applicationId}/claims/{indicator}/second-approval", State.DECIDED,
                        Department.HOUSING, s -> application(s) + "/claims/M01/second-approval", s -> "",
                        // no claim of the default catalogues can need a second reviewer (M10 is at most 10):
                        // an authorized caller gets past authorization to the claim's state
                        422, HttpAuthorizationMatrixCases::application, reviewerOfTheDepartmentOrSupervisor()),
                post("/api/v1/applications/{applicationId}/deductions", State.SUBMITTED, Department.PUBLIC_SECURITY,
                        s -> application(s) + "/deductions",
                        s -> q("{'indicator':'M91','event':{'ref':'HS-JL-2025-0912','date':'2025-09-12',"
                                + "'level':'DETENTION'},'method':'SYSTEM_CHECK'}"), 201,
                        HttpAuthorizationMatrixCases::application, reviewerOfTheDepartment()),
                post("/api/v1/applications/{applicationId}/deductions/{eventRef}/second-approval",
                        State.PENALTY_AWAITING_SECOND_APPROVAL, Department.PUBLIC_SECURITY,
                        s -> application(s) + "/deductions/HS-XS-2025-0903/second-approval", s -> "", 200,
                        HttpAuthorizationMatrixCases::application, reviewerOfTheDepartmentOrSupervisor()),
                post("/api/v1/applications/{applicationId}/publish", State.DECIDED, Department.HOUSING,
                        s -> application(s) + "/publish", s -> "", 200, HttpAuthorizationMatrixCases::application,
                        onlyForbidden().allowed(Who.SUPERVISOR_OF_HAISHU)
                                .refused("OUT_OF_JURISDICTION", Who.SUPERVISOR_OF_YINZHOU)),
                get("/api/v1/persons/{personId}/score", State.PERSON,
                        s -> person(s) + "/score?district=330203&on=2025-09-16", ownOrStaff()),
                get("/api/v1/persons/{personId}/ledger", State.PERSON, s -> person(s) + "/ledger", ownOrStaff()),
                post("/api/v1/appeals", State.PUBLISHED, Department.HOUSING, s -> "/api/v1/appeals",
                        s -> q("{'applicationId':'" + s.application() + "','indicators':['P02'],'reason':'毕业证书已提交'}"),
                        201, HttpAuthorizationMatrixCases::application, onlyForbidden()
                                .allowed(Who.APPLICANT_HIMSELF, Who.CLERK_OF_HAISHU)
                                .refused("NOT_OWN_DATA", Who.APPLICANT_OTHER_PERSON)
                                .refused("OUT_OF_JURISDICTION", Who.CLERK_OF_YINZHOU)),
                post("/api/v1/appeals/{appealId}/decision", State.APPEALED, Department.EDUCATION,
                        s -> "/api/v1/appeals/" + s.appeal() + "/decision",
                        s -> q("{'outcome':'UPHELD','corrections':[{'indicator':'P02','facts':{'level':'BACHELOR'}}],"
                                + "'reason':'证书属实'}"), 200, s -> person(s) + "/ledger",
                        reviewerOfTheDepartmentOrSupervisor()),
                post("/api/v1/persons/{personId}/clearing", State.PUBLISHED, Department.HOUSING,
                        s -> person(s) + "/clearing", s -> q("{'caseNumber':'HS-GA-2025-0001','reason':'材料造假'}"), 200,
                        s -> person(s) + "/ledger", adminOfTheDistrict()),
                post("/api/v1/programmes", State.PERSON, Department.HOUSING, s -> "/api/v1/programmes",
                        s -> programme("HS-SCHOOL-" + NEW_PEOPLE.incrementAndGet()), 201, s -> null,
                        adminOfTheDistrict()),
                post("/api/v1/programmes/{code}/rounds", State.PROGRAMME, Department.HOUSING,
                        s -> "/api/v1/programmes/" + s.programme() + "/rounds", s -> q("{'candidates':[{'personId':'"
                                + s.person() + "','beneficiary':{'idNumber':'" + freshIdNumber("330203")
                                + "','name':'张小宝'},'preferences':['HS-SCHOOL-A']}]}"), 201,
                        s -> person(s) + "/entitlements", adminOfTheDistrict()),
                // an auditor reads a stored round as it reads a person's data (staff, within its jurisdiction)
                get("/api/v1/rounds/{roundId}", State.ROUND, s -> "/api/v1/rounds/" + s.round(), staffOfTheDistrict()
                        .allowed(Who.AUDITOR_OF_NINGBO).refused("OUT_OF_JURISDICTION", Who.AUDITOR_OF_YINZHOU)),
                get("/api/v1/persons/{personId}/entitlements", State.PERSON, s -> person(s) + "/entitlements",
                        ownOrStaff()),
                get("/api/v1/audit", State.PERSON, s -> "/api/v1/audit?subject=" + s.person(),
                        onlyForbidden().allowed(Who.AUDITOR_OF_NINGBO, Who.AUDITOR_OF_YINZHOU)),
                get("/api/v1/audit/verify", State.PERSON, s -> "/api/v1/audit/verify", onlyForbidden().allowed(
                        Who.AUDITOR_OF_NINGBO, Who.AUDITOR_OF_YINZHOU, Who.ADMIN_OF_ZHEJIANG, Who.ADMIN_OF_HAISHU,
                        Who.ADMIN_OF_YINZHOU)));
    }

    static String registration(String idNumber, String name) {
        return q("{'idNumber':'" + idNumber + "','name':'" + name + "','residencePermit':{'number':'NB-HS-2024-"
                + idNumber.substring(12) + "','issuer':'330203','validFrom':'2024-01-01','validTo':'2027-12-31'},"
                + "'residenceDistrict':'330203'}");
    }

    static String programme(String code) {
        return q("{'code':'" + code + "','kind':'SCHOOL_ENROLMENT','name':'海曙区义务教育入学','district':'330203',"
                + "'cutoffDate':'2025-09-16','minScore':'0.00','excludeTrialRun':true,'places':{'HS-SCHOOL-A':50}}");
    }

    // ---------------------------------------------------------------- the matrix

    @RegisterExtension
    final FullServer api = FullServer.on(database()).withTokens(moreTokens());

    abstract TestDatabase database();

    /** The subjects made through the API and their ID numbers (the system-data row names the person by it). */
    private final Map<String, String> idNumbers = new HashMap<>();
    private String otherPerson;

    String otherPerson() {
        return otherPerson;
    }

    /** The matrix object handed to {@link Who#token}: the other applicant's person. */
    interface Matrix {
        String otherPerson();
    }

    @TestFactory
    Stream<DynamicContainer> everyOperationByEveryCaller() {
        api.seedReferenceData();
        otherPerson = registered(freshIdNumber("320102"), "王芳");
        Matrix matrix = this::otherPerson;
        return rows().stream().map(row -> {
            Subject[] shared = new Subject[1];
            return DynamicContainer.dynamicContainer(row.name(), Arrays.stream(Who.values()).map(who ->
                    DynamicTest.dynamicTest(who + " → " + describe(row, who), () -> {
                        boolean allowed = row.expected().of(who).equals(ALLOWED);
                        Subject subject;
                        if (allowed && row.writes()) {
                            subject = reach(row.state());
                        } else {
                            if (shared[0] == null) {
                                shared[0] = reach(row.state());
                            }
                            subject = shared[0];
                        }
                        check(row, who, subject, matrix);
                    })));
        });
    }

    /** Every operation of the OpenAPI document has a row (and every row is an operation of it). */
    @org.junit.jupiter.api.Test
    void everyOperationOfTheOpenApiDocumentHasARow() throws IOException {
        JsonNode document;
        try (InputStream in = org.jifen.adapters.rest.shared.ApiServer.class.getResourceAsStream(
                "/org/jifen/adapters/rest/openapi/openapi.json")) {
            assertThat(in).as("the OpenAPI document on the class path").isNotNull();
            document = new ObjectMapper().readTree(in);
        }
        Set<String> documented = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(method -> documented.add(method.toUpperCase(java.util.Locale.ROOT)
                    + " " + path.getKey()));
        }
        Set<String> covered = new TreeSet<>();
        rows().forEach(row -> covered.add(row.method() + " " + row.template()));
        assertThat(covered).isEqualTo(documented);
    }

    private static String describe(Row row, Who who) {
        String expected = row.expected().of(who);
        if (expected.equals(ALLOWED)) {
            return String.valueOf(row.allowedStatus());
        }
        return (expected.equals(UNAUTHENTICATED) ? 401 : 403) + " " + expected;
    }

    private void check(Row row, Who who, Subject subject, Matrix matrix) {
        String token = who.token(subject, matrix, row.department(), row.otherDepartment());
        String path = row.path().apply(subject);
        String expected = row.expected().of(who);
        Snapshot before = snapshot(row, subject);

        String body = row.body().apply(subject);
        HttpResponse<String> response = row.writes()
                ? api.post(path, token, body == null ? "" : resolveIdNumbers(body))
                : api.get(path, token);

        String description = row.name() + " by " + who + ": " + response.body();
        if (expected.equals(ALLOWED)) {
            assertThat(response.statusCode()).as(description).isEqualTo(row.allowedStatus());
            if (row.allowedStatus() == 422) {
                assertThat(json(response).get("code").asText()).as(description).isEqualTo("NOT_AWAITING_SECOND_APPROVAL");
            }
            return;
        }
        assertThat(response.statusCode()).as(description).isEqualTo(expected.equals(UNAUTHENTICATED) ? 401 : 403);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).as(description)
                .startsWith("application/problem+json");
        assertThat(json(response).get("code").asText()).as(description).isEqualTo(expected);
        if (expected.equals(UNAUTHENTICATED)) {
            assertThat(response.headers().firstValue("WWW-Authenticate")).as(description).hasValue("Bearer");
        }
        assertThat(snapshot(row, subject)).as("a refused %s changes nothing", description).isEqualTo(before);
    }

    /** The system-data body names its person by ID number: {@code ID:PER-…} stands for the subject's. */
    private String resolveIdNumbers(String body) {
        String resolved = body;
        for (Map.Entry<String, String> person : idNumbers.entrySet()) {
            resolved = resolved.replace("ID:" + person.getKey(), person.getValue());
        }
        return resolved;
    }

    // ---------------------------------------------------------------- snapshots

    record Snapshot(Map<String, Long> counts, String resource) {
    }

    private Snapshot snapshot(Row row, Subject subject) {
        String resource = row.resource().apply(subject);
        return new Snapshot(TableCounts.of(api), resource == null ? null : api.get(resource, FullServer.ADMIN).body());
    }

    // ---------------------------------------------------------------- subjects, made through the API

    private Subject reach(State state) {
        if (state.previous == null) {
            String person = registered(freshIdNumber("510102"), "张伟");
            ok(api.post("/api/v1/system-data", FullServer.SYSTEM, q("[{'idNumber':'" + idNumbers.get(person)
                    + "','indicator':'P04','quantity':45,'asOf':'2025-08-31'}]")), 201);
            return new Subject(person, null, null, null, null);
        }
        Subject s = reach(state.previous);
        return switch (state) {
            case PERSON -> s;
            case SUBMITTED -> new Subject(s.person(), json(ok(api.post("/api/v1/applications", FullServer.HAISHU_CLERK,
                    q("{'personId':'" + s.person() + "','district':'330203','channel':'DISTRICT_CENTRE','claims':["
                            + "{'indicator':'P02','facts':{'level':'BACHELOR'},'evidence':['evidence/diploma.pdf']},"
                            + "{'indicator':'M01','facts':{'level':'REGISTERED_RENTAL'},'evidence':['evidence/rental.pdf']}]}")),
                    201)).get("applicationId").asText(), null, null, null);
            case PENALTY_AWAITING_SECOND_APPROVAL -> {
                JsonNode recorded = json(ok(api.post(application(s) + "/deductions", FIRST_POLICE_REVIEWER,
                        q("{'indicator':'M91','event':{'ref':'HS-XS-2025-0903','date':'2025-09-03','level':'CRIMINAL'},"
                                + "'method':'SYSTEM_CHECK'}")), 201));
                assertThat(recorded.get("deduction").get("status").asText()).isEqualTo("AWAITING_SECOND_APPROVAL");
                yield s;
            }
            case DECIDED -> {
                ok(api.post(application(s) + "/claims/P02/decision", FullServer.reviewer(Department.EDUCATION),
                        q("{'outcome':'REJECTED','reason':'MISSING_EVIDENCE'}")), 200);
                ok(api.post(application(s) + "/claims/M01/decision", FullServer.reviewer(Department.HOUSING),
                        q("{'outcome':'APPROVED'}")), 200);
                yield s;
            }
            case PUBLISHED -> {
                ok(api.post(application(s) + "/publish", FullServer.SUPERVISOR, ""), 200);
                yield s;
            }
            case APPEALED -> new Subject(s.person(), s.application(), json(ok(api.post("/api/v1/appeals",
                    applicantToken(s.person()), q("{'applicationId':'" + s.application()
                            + "','indicators':['P02'],'reason':'毕业证书已提交'}")), 201)).get("appealId").asText(),
                    null, null);
            case PROGRAMME -> {
                String code = "HS-SCHOOL-" + NEW_PEOPLE.incrementAndGet();
                ok(api.post("/api/v1/programmes", FullServer.ADMIN, programme(code)), 201);
                yield new Subject(s.person(), null, null, code, null);
            }
            case ROUND -> new Subject(s.person(), null, null, s.programme(), json(ok(api.post("/api/v1/programmes/"
                    + s.programme() + "/rounds", FullServer.ADMIN, q("{'candidates':[{'personId':'" + s.person()
                            + "','beneficiary':{'idNumber':'" + freshIdNumber("330203") + "','name':'张小宝'},"
                            + "'preferences':['HS-SCHOOL-A']}]}")), 201)).get("roundId").asText());
        };
    }

    private String registered(String idNumber, String name) {
        String person = json(ok(api.post("/api/v1/persons", FullServer.HAISHU_CLERK, registration(idNumber, name)), 201))
                .get("personId").asText();
        idNumbers.put(person, idNumber);
        return person;
    }

    private static HttpResponse<String> ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return response;
    }
}
