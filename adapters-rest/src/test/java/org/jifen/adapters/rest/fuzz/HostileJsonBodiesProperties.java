package org.jifen.adapters.rest.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.adapters.rest.RestServerFixture.ADMIN;
import static org.jifen.adapters.rest.RestServerFixture.CREDIT_REVIEWER;
import static org.jifen.adapters.rest.RestServerFixture.EDUCATION_REVIEWER;
import static org.jifen.adapters.rest.RestServerFixture.HAISHU_CLERK;
import static org.jifen.adapters.rest.RestServerFixture.POLICE_REVIEWER;
import static org.jifen.adapters.rest.RestServerFixture.SUPERVISOR;
import static org.jifen.adapters.rest.RestServerFixture.SYSTEM;
import static org.jifen.adapters.rest.RestServerFixture.json;
import static org.jifen.adapters.rest.RestServerFixture.q;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.jifen.adapters.rest.RestServerFixture;
import org.jifen.application.PersonBuilder;
import org.jifen.application.TestCalendars;
import org.jifen.application.TestCallers;
import org.jifen.application.memory.InMemoryAdapters;
import org.jifen.application.port.in.catalogue.ImportCatalogueCommand;
import org.jifen.domain.person.TestIdNumbers;

/**
 * Hostile JSON bodies over real HTTP (issue 9): for every creating or deciding POST route of the OpenAPI
 * document, valid bodies mutated (fields dropped, wrong types, huge and odd strings, numbers out of range,
 * invalid dates and ID numbers, extra fields, arrays for objects, deep nesting, cut short, invalid UTF-8,
 * empty). Every case is answered 2xx or 4xx — never 5xx, never a reset connection — a 4xx is a problem+json
 * with type, title, status and code, and a refused request changes no store and writes no audit event.
 * Cases per property: {@code jqwik.tries.default}, set by this module's surefire configuration from the Maven
 * property {@code jifen.fuzz.tries} (250; the full run: {@code mvn -pl adapters-rest verify -Djifen.fuzz.tries=10000}).
 */
class HostileJsonBodiesProperties {

    private static final String ANNA_ID = TestIdNumbers.number("330203", LocalDate.of(1990, 3, 7), 123);
    private static final String CHILD_ID = TestIdNumbers.number("330203", LocalDate.of(2018, 6, 1), 77);
    private static final String SUBMISSION = q("{'personId':'person-0001','district':'330203','channel':'WEB',"
            + "'claims':[{'indicator':'P02','facts':{'level':'BACHELOR'},'evidence':['evidence/diploma.pdf']}]}");

    private static RestServerFixture api;
    private static String pending;
    private static String published;
    private static String appeal;

    /** A POST route: its OpenAPI path, the concrete path called, who calls it and valid bodies to mutate. */
    record Route(String template, String path, String token, List<String> bodies) {
        @Override
        public String toString() {
            return template;
        }
    }

    @BeforeContainer
    static void start() {
        api = RestServerFixture.start();
        api.useCases().importCatalogue().importCatalogue(
                new ImportCatalogueCommand(TestCallers.ADMIN, org.jifen.application.TestData.defaultCatalogues()));
        TestCalendars.years().forEach(api.adapters().calendar()::put);
        api.adapters().persons().add(PersonBuilder.aPerson()
                .withPermit("ZJ-1", LocalDate.of(2023, 1, 1), LocalDate.of(2026, 1, 1)).build());
        api.adapters().persons().add(PersonBuilder.aPerson().withId("person-0002").withSequence(456).named("李四")
                .withPermit("ZJ-2", LocalDate.of(2023, 1, 1), LocalDate.of(2026, 1, 1)).build());
        published = created("/api/v1/applications", HAISHU_CLERK, SUBMISSION, "applicationId");
        expect(api.post("/api/v1/applications/" + published + "/claims/P02/decision", EDUCATION_REVIEWER,
                q("{'outcome':'APPROVED'}")), 200);
        expect(api.post("/api/v1/applications/" + published + "/publish", SUPERVISOR, ""), 200);
        appeal = created("/api/v1/appeals", HAISHU_CLERK,
                q("{'applicationId':'" + published + "','indicators':['P02'],'reason':'学历认定有误'}"), "appealId");
        pending = created("/api/v1/applications", HAISHU_CLERK, SUBMISSION, "applicationId");
        expect(api.post("/api/v1/applications/" + pending + "/deductions", CREDIT_REVIEWER,
                q("{'indicator':'M92','event':{'ref':'XY-2024-07','date':'2024-04-25'},'method':'SYSTEM_CHECK'}")), 201);
        expect(api.post("/api/v1/programmes", ADMIN, programme("HS-SCHOOL-2024")), 201);
    }

    @AfterContainer
    static void stop() {
        api.close();
    }

    private static String created(String path, String token, String body, String idField) {
        HttpResponse<String> response = expect(api.post(path, token, body), 201);
        return json(response).get(idField).asText();
    }

    private static HttpResponse<String> expect(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return response;
    }

    private static String programme(String code) {
        return q("{'code':'" + code + "','kind':'SCHOOL_ENROLMENT','name':'海曙区义务教育入学',"
                + "'district':'330203','cutoffDate':'2024-05-01','minScore':'0.00','excludeTrialRun':true,"
                + "'places':{'SCHOOL-A':1}}");
    }

    private static String person(String idNumber) {
        return q("{'idNumber':'" + idNumber + "','name':'王五','phone':'13812345678',"
                + "'residencePermit':{'number':'ZJ-9','issuer':'330203','validFrom':'2023-01-01','validTo':'2026-01-01'},"
                + "'residenceDistrict':'330203'}");
    }

    // ---------------------------------------------------------------- the routes

    static List<Route> personRoutes() {
        return List.of(
                new Route("/api/v1/persons", "/api/v1/persons", HAISHU_CLERK, List.of(
                        person(TestIdNumbers.number("330203", LocalDate.of(1992, 2, 2), 55)),
                        q("{'idNumber':'" + TestIdNumbers.number("510102", LocalDate.of(1985, 1, 9), 7)
                                + "','name':'赵六','residenceDistrict':'330203'}"))),
                new Route("/api/v1/persons/{personId}/household", "/api/v1/persons/person-0001/household", HAISHU_CLERK,
                        List.of(q("{'relation':'CHILD','idNumber':'" + CHILD_ID + "','name':'张小三'}"),
                                q("{'relation':'SPOUSE','idNumber':'" + TestIdNumbers.number("420102",
                                        LocalDate.of(1991, 4, 4), 12) + "','name':'王芳','personId':'person-0002'}"))),
                new Route("/api/v1/persons/{personId}/clearing", "/api/v1/persons/person-0002/clearing", ADMIN,
                        List.of(q("{'caseNumber':'海公刑(2024)123','reason':'学历证书伪造'}"))));
    }

    static List<Route> systemDataRoutes() {
        return List.of(new Route("/api/v1/system-data", "/api/v1/system-data", SYSTEM, List.of(
                q("[{'idNumber':'" + ANNA_ID + "','indicator':'P04','quantity':61,'asOf':'2024-05-01'},"
                        + "{'idNumber':'" + ANNA_ID + "','indicator':'HS06','quantity':'1','asOf':'2024-05-01'}]"))));
    }

    static List<Route> applicationRoutes() {
        String application = "/api/v1/applications/" + pending;
        return List.of(
                new Route("/api/v1/applications", "/api/v1/applications", HAISHU_CLERK, List.of(SUBMISSION,
                        q("{'personId':'person-0001','district':'330203','channel':'TOWNSHIP_WINDOW','claims':[]}"))),
                new Route("/api/v1/applications/{applicationId}/claims/{indicator}/decision",
                        application + "/claims/P02/decision", EDUCATION_REVIEWER, List.of(q("{'outcome':'APPROVED'}"),
                        q("{'outcome':'REJECTED','reason':'MISSING_EVIDENCE','method':'SITE_VISIT'}"),
                        q("{'outcome':'APPROVED','facts':{'level':'MASTER'},'method':'SYSTEM_CHECK'}"))),
                new Route("/api/v1/applications/{applicationId}/deductions", application + "/deductions",
                        POLICE_REVIEWER, List.of(q("{'indicator':'M91','event':{'ref':'JL-2024-01','date':'2024-04-20',"
                        + "'level':'DETENTION'},'method':'SYSTEM_CHECK'}"))),
                new Route("/api/v1/applications/{applicationId}/claims/{indicator}/second-approval",
                        application + "/claims/P02/second-approval", SUPERVISOR, List.of("", "{}")),
                new Route("/api/v1/applications/{applicationId}/deductions/{eventRef}/second-approval",
                        application + "/deductions/XY-2024-07/second-approval", SUPERVISOR, List.of("", "{}")),
                new Route("/api/v1/applications/{applicationId}/publish", application + "/publish", SUPERVISOR,
                        List.of("", "{}")));
    }

    static List<Route> appealRoutes() {
        return List.of(
                new Route("/api/v1/appeals", "/api/v1/appeals", HAISHU_CLERK, List.of(
                        q("{'applicationId':'" + published + "','indicators':['P02'],'reason':'学历认定有误'}"))),
                new Route("/api/v1/appeals/{appealId}/decision", "/api/v1/appeals/" + appeal + "/decision",
                        EDUCATION_REVIEWER, List.of(q("{'outcome':'UPHELD','corrections':[{'indicator':'P02',"
                                + "'facts':{'level':'ASSOCIATE'}}],'reason':'核实为大专'}"),
                        q("{'outcome':'DISMISSED','reason':'材料齐全，维持原认定'}"),
                        q("{'outcome':'UPHELD','corrections':[{'indicator':'P02','points':'4.50'}],'reason':'x'}"))));
    }

    static List<Route> programmeRoutes() {
        return List.of(
                new Route("/api/v1/programmes", "/api/v1/programmes", ADMIN, List.of(programme("HS-HOUSING-2024"))),
                new Route("/api/v1/programmes/{code}/rounds", "/api/v1/programmes/HS-SCHOOL-2024/rounds", ADMIN,
                        List.of(q("{'candidates':[{'personId':'person-0001','beneficiary':{'idNumber':'" + ANNA_ID
                                + "','name':'张伟'},'preferences':['SCHOOL-A'],'catchment':['SCHOOL-A']}],"
                                + "'places':{'SCHOOL-A':2}}"))));
    }

    // ---------------------------------------------------------------- the properties

    @Example
    void theRoutesFuzzed_areEveryPostRouteOfTheOpenApiDocument() {
        JsonNode paths = json(api.get("/api/v1/openapi.json", null)).get("paths");
        TreeSet<String> posts = new TreeSet<>();
        paths.properties().forEach(path -> {
            if (path.getValue().has("post")) {
                posts.add(path.getKey());
            }
        });
        TreeSet<String> fuzzed = new TreeSet<>();
        for (List<Route> routes : List.of(personRoutes(), systemDataRoutes(), applicationRoutes(), appealRoutes(),
                programmeRoutes())) {
            routes.forEach(route -> fuzzed.add(route.template()));
        }

        assertThat(fuzzed).isEqualTo(posts);
    }

    @Property
    void personRoutes_answerHostileBodiesWith2xxOr4xxAndRefusalsWriteNothing(@ForAll("persons") Case fuzz) {
        check(fuzz);
    }

    @Property
    void systemData_answersHostileBodiesWith2xxOr4xxAndRefusalsWriteNothing(@ForAll("systemData") Case fuzz) {
        check(fuzz);
    }

    @Property
    void applicationRoutes_answerHostileBodiesWith2xxOr4xxAndRefusalsWriteNothing(@ForAll("applications") Case fuzz) {
        check(fuzz);
    }

    @Property
    void appealRoutes_answerHostileBodiesWith2xxOr4xxAndRefusalsWriteNothing(@ForAll("appeals") Case fuzz) {
        check(fuzz);
    }

    @Property
    void programmeRoutes_answerHostileBodiesWith2xxOr4xxAndRefusalsWriteNothing(@ForAll("programmes") Case fuzz) {
        check(fuzz);
    }

    @Provide
    Arbitrary<Case> persons() {
        return cases(personRoutes());
    }

    @Provide
    Arbitrary<Case> systemData() {
        return cases(systemDataRoutes());
    }

    @Provide
    Arbitrary<Case> applications() {
        return cases(applicationRoutes());
    }

    @Provide
    Arbitrary<Case> appeals() {
        return cases(appealRoutes());
    }

    @Provide
    Arbitrary<Case> programmes() {
        return cases(programmeRoutes());
    }

    /** One request: a route, one of its valid bodies, and the mutations applied to it. */
    record Case(Route route, String body, List<JsonMutation> mutations) {
        byte[] mutated() {
            return JsonMutation.apply(body, mutations);
        }
    }

    private static Arbitrary<Case> cases(List<Route> routes) {
        Arbitrary<JsonMutation> mutation = Combinators.combine(Arbitraries.of(JsonMutation.Kind.class),
                Arbitraries.integers().between(0, 10_000), HostileValue.any()).as(JsonMutation::new);
        return Arbitraries.of(routes).flatMap(route -> Combinators.combine(Arbitraries.of(route.bodies()),
                mutation.list().ofMinSize(1).ofMaxSize(3)).as((body, mutations) -> new Case(route, body, mutations)));
    }

    private static void check(Case fuzz) {
        List<Object> before = snapshot(api.adapters());
        int audited = api.adapters().auditLog().all().size();
        byte[] body = fuzz.mutated();

        HttpResponse<String> response = api.send(HttpRequest.newBuilder(api.uri(fuzz.route().path()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + fuzz.route().token())
                .timeout(Duration.ofSeconds(20))
                .build());

        int status = response.statusCode();
        Statistics.collect(fuzz.route().template(), status / 100 + "xx");
        assertThat(status).as(fuzz + " → " + response.body()).satisfiesAnyOf(
                s -> assertThat(s).isBetween(200, 299), s -> assertThat(s).isBetween(400, 499));
        if (status >= 400) {
            assertThat(response.headers().firstValue("Content-Type").orElse(""))
                    .as(fuzz.toString()).startsWith("application/problem+json");
            JsonNode problem = json(response);
            assertThat(problem.path("type").isTextual()).as(response.body()).isTrue();
            assertThat(problem.path("title").asText()).as(response.body()).isNotBlank();
            assertThat(problem.path("status").asInt()).as(response.body()).isEqualTo(status);
            assertThat(problem.path("code").asText()).as(response.body()).matches("[A-Z][A-Z0-9_]+");
            assertThat(api.adapters().auditLog().all()).as("audit events after " + fuzz + " → " + response.body())
                    .hasSize(audited);
            List<Object> after = snapshot(api.adapters());
            for (int i = 0; i < before.size(); i++) {
                assertThat(after.get(i)).as("store " + i + " after " + fuzz + " → " + response.body())
                        .isSameAs(before.get(i));
            }
        } else {
            assertThat(json(response).isContainerNode()).as(response.body()).isTrue();
        }
    }

    /** The state of every in-memory store (each replaces its state on a write, so the same object is no change). */
    private static List<Object> snapshot(InMemoryAdapters adapters) {
        List<Supplier<Object>> stores = List.of(adapters.persons()::snapshot, adapters.applications()::snapshot,
                adapters.appeals()::snapshot, adapters.auditLog()::snapshot, adapters.entitlements()::snapshot,
                adapters.programmes()::snapshot, adapters.rounds()::snapshot, adapters.ledgers()::snapshot,
                adapters.systemData()::snapshot, adapters.catalogues()::snapshot, adapters.calendar()::snapshot,
                adapters.creditSystem()::snapshot, adapters.idempotencyRecords()::snapshot);
        List<Object> states = new ArrayList<>();
        stores.forEach(store -> states.add(store.get()));
        return states;
    }
}
