package org.jifen.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jifen.adapters.db.DatabaseConfig;
import org.jifen.adapters.db.PersonalDataKey;
import org.jifen.adapters.rest.shared.ApiServerConfig;
import org.jifen.adapters.rest.shared.BearerTokens;
import org.jifen.application.TestCalendars;
import org.jifen.application.TestCallers;
import org.jifen.application.TestData;
import org.jifen.application.port.in.calendar.LoadCalendarCommand;
import org.jifen.application.port.in.catalogue.ImportCatalogueCommand;
import org.jifen.domain.person.TestIdNumbers;

/**
 * Crash safety (issue 9): {@code jifen serve} in a JVM of its own ({@link ServeProcess}) on an embedded
 * PostgreSQL started here, driven over HTTP by several client threads — registrations, submissions (both with
 * an {@code Idempotency-Key}), claim decisions, publications, appeals (with a key) and appeal decisions — and
 * killed with SIGKILL at a random moment, then started again on the same database, cycle after cycle.
 *
 * <p>After every restart: every acknowledged (2xx) write is there exactly once; nothing unacknowledged is half
 * there (an application has all its claims or is absent; a published application has all its ledger entries
 * and an unpublished one none; an upheld appeal has its correction entry, a filed one none); no ledger entry is
 * posted twice for one source and indicator; the audit chain verifies (AUDITOR); each request that was in
 * flight at the kill is sent again with the same key and body, answered 2xx (or, for a decision or a
 * publication that had committed, 409 {@code ALREADY_DECIDED}/{@code ALREADY_PUBLISHED}) and still leaves
 * everything exactly once.
 *
 * <p>The server runs on the real clock (as {@code serve} does), so the working-day calendar loaded is the
 * shipped one (2024–2026): on a date after mid-December 2026 publication windows leave it and the harness
 * must be given the next year's calendar.
 *
 * <p>Run: {@code main(cycles)} prints {@link Summary#line()}; {@code CrashSafetyTest} runs it with
 * {@code -Djifen.crash.cycles=N} (default 2).
 */
public final class CrashHarness {

    static final String CLERK = "crash-clerk";
    static final String HOUSING = "crash-reviewer-housing";
    static final String POLICE = "crash-reviewer-police";
    static final String POLICE_APPEALS = "crash-reviewer-police-appeals";
    static final String SUPERVISOR = "crash-supervisor";
    static final String AUDITOR = "crash-auditor";

    private static final int CLIENTS = 6;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The steps of one case, in order; the creating ones carry an Idempotency-Key. */
    enum Step { REGISTER, SUBMIT, DECIDE_M01, DECIDE_M10, PUBLISH, APPEAL, DECIDE_APPEAL, DONE }

    /** What the harness found. */
    public record Summary(int cycles, long requests, long acknowledged, long lost, long duplicates, long halfPresent,
            long retried, long unexpected, boolean auditValid, List<String> problems) {

        public String line() {
            return "crash harness: cycles survived " + cycles + ", requests sent " + requests + ", writes acknowledged "
                    + acknowledged + ", writes lost " + lost + ", duplicates " + duplicates + ", half-present "
                    + halfPresent + ", in-flight retried " + retried + ", unexpected answers " + unexpected
                    + ", audit valid " + auditValid;
        }
    }

    /** One person's chain of requests, advanced by one client thread. */
    static final class Case {
        final int number;
        final String key;
        Step next = Step.REGISTER;
        String personId;
        String applicationId;
        String appealId;
        int claims;
        final Set<Step> acknowledged = new HashSet<>();

        Case(int number, String run) {
            this.number = number;
            this.key = run + "-" + number;
        }
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Random random;
    private final Path directory;
    private final String jdbcUrl;
    private final String keyBase64;
    private final Path tokens;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong acknowledged = new AtomicLong();
    private final AtomicLong unexpected = new AtomicLong();
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    private final List<Case> cases = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger caseNumbers = new AtomicInteger();
    private long retried;
    private long lost;
    private long duplicates;
    private long halfPresent;

    private CrashHarness(Path directory, String jdbcUrl, long seed) throws IOException {
        this.directory = directory;
        this.jdbcUrl = jdbcUrl;
        this.random = new Random(seed);
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.keyBase64 = Base64.getEncoder().encodeToString(key);
        this.tokens = directory.resolve("tokens.yaml");
        Files.writeString(tokens, tokensFile(), StandardCharsets.UTF_8);
    }

    public static void main(String[] args) throws Exception {
        int cycles = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        Summary summary = run(cycles, Files.createTempDirectory("jifen-crash"), System.nanoTime());
        System.out.println(summary.line());
        summary.problems().forEach(System.out::println);
    }

    /** Starts PostgreSQL, seeds reference data, runs that many kill-and-restart cycles, stops PostgreSQL. */
    static Summary run(int cycles, Path directory, long seed) throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            CrashHarness harness = new CrashHarness(directory, postgres.getJdbcUrl("postgres", "postgres"), seed);
            harness.seed();
            int survived = 0;
            for (int cycle = 1; cycle <= cycles; cycle++) {
                harness.cycle(cycle);
                survived++;
            }
            boolean auditValid = harness.finalCheck();
            return new Summary(survived, harness.requests.get(), harness.acknowledged.get(), harness.lost,
                    harness.duplicates, harness.halfPresent, harness.retried, harness.unexpected.get(), auditValid,
                    List.copyOf(harness.problems));
        }
    }

    // ---------------------------------------------------------------- setup

    /** Migrates the database and loads the test catalogues and the shipped calendar, through the use cases. */
    private void seed() {
        ApiServerConfig api = ApiServerConfig.defaults().withHost("127.0.0.1").withPort(0)
                .withStop(Duration.ofSeconds(5), false);
        try (JifenServer server = JifenServer.start(config(), api, BearerTokens.load(tokens), SystemClock.china(),
                new RandomIdGenerator())) {
            server.useCases().importCatalogue().importCatalogue(
                    new ImportCatalogueCommand(TestCallers.ADMIN, TestData.defaultCatalogues()));
            server.useCases().loadCalendar().load(new LoadCalendarCommand(TestCallers.ADMIN, TestCalendars.shipped()));
        }
    }

    private DatabaseConfig config() {
        return DatabaseConfig.of(jdbcUrl).withPersonalDataKey(PersonalDataKey.fromBase64(keyBase64)).withPoolSize(4);
    }

    private static String tokensFile() {
        return """
                tokens:
                  - token: "%s"
                    subject: "clerk-crash"
                    role: CLERK
                    jurisdiction: "330203"
                  - token: "%s"
                    subject: "reviewer-crash-housing"
                    role: REVIEWER
                    jurisdiction: "330203"
                    department: HOUSING
                  - token: "%s"
                    subject: "reviewer-crash-police"
                    role: REVIEWER
                    jurisdiction: "330203"
                    department: PUBLIC_SECURITY
                  - token: "%s"
                    subject: "reviewer-crash-police-appeals"
                    role: REVIEWER
                    jurisdiction: "330203"
                    department: PUBLIC_SECURITY
                  - token: "%s"
                    subject: "supervisor-crash"
                    role: SUPERVISOR
                    jurisdiction: "330203"
                  - token: "%s"
                    subject: "auditor-crash"
                    role: AUDITOR
                    jurisdiction: "330200"
                """.formatted(CLERK, HOUSING, POLICE, POLICE_APPEALS, SUPERVISOR, AUDITOR);
    }

    // ---------------------------------------------------------------- one cycle

    private void cycle(int cycle) throws Exception {
        List<Case> inFlight = new ArrayList<>();
        try (ServeProcess serve = start()) {
            List<Thread> clients = new ArrayList<>();
            ConcurrentLinkedQueue<Case> cut = new ConcurrentLinkedQueue<>();
            for (int c = 0; c < CLIENTS; c++) {
                Thread thread = new Thread(() -> drive(serve.port(), cycle, cut), "crash-client-" + c);
                thread.setDaemon(true);
                clients.add(thread);
            }
            clients.forEach(Thread::start);
            Thread.sleep(1_500 + random.nextInt(2_500));
            int exit = serve.kill();
            if (exit != 137) {
                problems.add("cycle " + cycle + ": the server's exit code after SIGKILL was " + exit + ", not 137");
            }
            for (Thread thread : clients) {
                thread.join(30_000);
            }
            inFlight.addAll(cut);
        }
        try (ServeProcess again = start()) {
            check(again.port(), "cycle " + cycle + " after restart");
            for (Case c : inFlight) {
                retry(again.port(), c, cycle);
            }
            check(again.port(), "cycle " + cycle + " after the retries");
            again.terminate();
        }
    }

    private ServeProcess start() throws IOException, InterruptedException {
        return ServeProcess.start(directory, Map.of(DatabaseSettings.KEY_VARIABLE, keyBase64),
                "--db", jdbcUrl, "--tokens", tokens.toString());
    }

    /** A client: new cases one after another, each step in turn, until a request gets no answer. */
    private void drive(int port, int cycle, ConcurrentLinkedQueue<Case> cut) {
        while (true) {
            Case c = new Case(caseNumbers.incrementAndGet(), "c" + cycle);
            cases.add(c);
            while (c.next != Step.DONE) {
                HttpResponse<String> response;
                try {
                    response = send(port, c, c.next);
                } catch (IOException noAnswer) {
                    cut.add(c);
                    return;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                if (response.statusCode() / 100 != 2) {
                    unexpected.incrementAndGet();
                    problems.add("case " + c.number + " " + c.next + ": " + response.statusCode() + " " + response.body());
                    break;
                }
                acknowledge(c, c.next, response);
            }
        }
    }

    private void acknowledge(Case c, Step step, HttpResponse<String> response) {
        JsonNode body = json(response);
        switch (step) {
            case REGISTER -> c.personId = body.get("personId").asText();
            case SUBMIT -> {
                c.applicationId = body.get("applicationId").asText();
                c.claims = body.get("claims").size();
            }
            case APPEAL -> c.appealId = body.get("appealId").asText();
            default -> {
            }
        }
        c.acknowledged.add(step);
        c.next = Step.values()[step.ordinal() + 1];
        acknowledged.incrementAndGet();
    }

    /** The request of that step (the same bytes every time, so a retry with the same key is a repeat). */
    private HttpResponse<String> send(int port, Case c, Step step) throws IOException, InterruptedException {
        return switch (step) {
            case REGISTER -> post(port, "/api/v1/persons", CLERK, person(c), "register-" + c.key);
            case SUBMIT -> post(port, "/api/v1/applications", CLERK, q("{'personId':'" + c.personId + "','district':'330203',"
                    + "'channel':'DISTRICT_CENTRE','claims':["
                    + "{'indicator':'M01','facts':{'level':'REGISTERED_RENTAL'},'evidence':['evidence/rental.pdf']},"
                    + "{'indicator':'M10','facts':{'points':'8.00'},'evidence':['evidence/grid.pdf']}]}"), "submit-" + c.key);
            case DECIDE_M01 -> post(port, decision(c, "M01"), HOUSING, q("{'outcome':'APPROVED'}"), null);
            case DECIDE_M10 -> post(port, decision(c, "M10"), POLICE,
                    q("{'outcome':'APPROVED','points':'8.00','method':'SITE_VISIT'}"), null);
            case PUBLISH -> post(port, "/api/v1/applications/" + c.applicationId + "/publish", SUPERVISOR, "", null);
            case APPEAL -> post(port, "/api/v1/appeals", CLERK, q("{'applicationId':'" + c.applicationId
                    + "','indicators':['M10'],'reason':'网格员服务时长漏计'}"), "appeal-" + c.key);
            case DECIDE_APPEAL -> post(port, "/api/v1/appeals/" + c.appealId + "/decision", POLICE_APPEALS,
                    q("{'outcome':'UPHELD','corrections':[{'indicator':'M10','points':'10.00'}],'reason':'服务记录核实'}"), null);
            case DONE -> throw new IllegalStateException("nothing to send");
        };
    }

    /** The request in flight at the kill, sent again with the same key and body. */
    private void retry(int port, Case c, int cycle) throws IOException, InterruptedException {
        Step step = c.next;
        HttpResponse<String> response = send(port, c, step);
        retried++;
        requests.incrementAndGet();
        boolean committedBefore = response.statusCode() == 409
                && (response.body().contains("ALREADY_DECIDED") || response.body().contains("ALREADY_PUBLISHED"));
        if (response.statusCode() / 100 == 2) {
            acknowledge(c, step, response);
            acknowledged.decrementAndGet(); // counted as retried, not as acknowledged in flight
        } else if (committedBefore && (step == Step.DECIDE_M01 || step == Step.DECIDE_M10 || step == Step.PUBLISH
                || step == Step.DECIDE_APPEAL)) {
            c.acknowledged.add(step);
            c.next = Step.values()[step.ordinal() + 1];
        } else {
            unexpected.incrementAndGet();
            problems.add("cycle " + cycle + " retry of case " + c.number + " " + step + ": " + response.statusCode()
                    + " " + response.body());
        }
    }

    // ---------------------------------------------------------------- the checks

    private void check(int port, String when) throws SQLException, IOException, InterruptedException {
        List<Case> all;
        synchronized (cases) {
            all = List.copyOf(cases);
        }
        try (Connection db = DriverManager.getConnection(jdbcUrl)) {
            Set<String> persons = new HashSet<>();
            Set<String> applications = new HashSet<>();
            Set<String> appeals = new HashSet<>();
            for (Case c : all) {
                if (c.acknowledged.contains(Step.REGISTER)) {
                    persons.add(c.personId);
                    expectOnce(db, when, "person", "person_id", c.personId);
                }
                if (c.acknowledged.contains(Step.SUBMIT)) {
                    applications.add(c.applicationId);
                    expectOnce(db, when, "points_application", "application_id", c.applicationId);
                    expectCount(db, when, "claims of " + c.applicationId,
                            "SELECT COUNT(*) FROM application_claim WHERE application_id = ?", c.applicationId, c.claims);
                }
                for (Step decided : List.of(Step.DECIDE_M01, Step.DECIDE_M10)) {
                    if (c.acknowledged.contains(decided)) {
                        expectCount(db, when, decided + " of " + c.applicationId, "SELECT COUNT(*) FROM application_claim"
                                + " WHERE application_id = ? AND indicator_code = '" + decided.name().substring(7)
                                + "' AND status = 'APPROVED'", c.applicationId, 1);
                    }
                }
                if (c.acknowledged.contains(Step.PUBLISH)) {
                    expectCount(db, when, "publication of " + c.applicationId, "SELECT COUNT(*) FROM points_application"
                            + " WHERE application_id = ? AND published_on IS NOT NULL", c.applicationId, 1);
                }
                if (c.acknowledged.contains(Step.APPEAL)) {
                    appeals.add(c.appealId);
                    expectOnce(db, when, "appeal", "appeal_id", c.appealId);
                }
                if (c.acknowledged.contains(Step.DECIDE_APPEAL)) {
                    expectCount(db, when, "decision of " + c.appealId, "SELECT COUNT(*) FROM appeal WHERE appeal_id = ?"
                            + " AND decision_outcome = 'UPHELD'", c.appealId, 1);
                }
            }
            // rows nobody was told about may exist only for requests in flight (at most one a client)
            long strays = count(db, "SELECT COUNT(*) FROM person") - persons.size()
                    + count(db, "SELECT COUNT(*) FROM points_application") - applications.size()
                    + count(db, "SELECT COUNT(*) FROM appeal") - appeals.size();
            if (strays < 0 || strays > (when.contains("retries") || when.contains("end") ? 0 : CLIENTS)) {
                halfPresent++;
                problem(when, "rows not acknowledged: " + strays + " (at most one a client in flight is possible,"
                        + " none once they were retried)");
            }
            // an application is there with all its claims or not at all
            halfPresent += problems(db, when, "application without all its claims", """
                    SELECT a.application_id FROM points_application a
                    LEFT JOIN application_claim c ON c.application_id = a.application_id
                    GROUP BY a.application_id
                    HAVING SUM(CASE WHEN c.indicator_code IN ('M01', 'M10') THEN 1 ELSE 0 END) <> 2""");
            // a published application has an entry for every approved claim worth points, an unpublished one none
            halfPresent += problems(db, when, "published application without all its entries", """
                    SELECT a.application_id FROM points_application a
                    JOIN application_claim c ON c.application_id = a.application_id AND c.status = 'APPROVED'
                        AND c.decision_target > 0
                    WHERE a.published_on IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ledger_entry e
                        WHERE e.source_kind = 'APPLICATION' AND e.source_reference = a.application_id
                        AND e.indicator_code = c.indicator_code)""");
            halfPresent += problems(db, when, "unpublished application with entries", """
                    SELECT a.application_id FROM points_application a WHERE a.published_on IS NULL AND EXISTS
                        (SELECT 1 FROM ledger_entry e WHERE e.source_reference = a.application_id)""");
            halfPresent += problems(db, when, "upheld appeal without its correction entry, or a filed one with one", """
                    SELECT p.appeal_id FROM appeal p WHERE (p.decision_outcome = 'UPHELD') <> EXISTS
                        (SELECT 1 FROM ledger_entry e WHERE e.source_reference = p.appeal_id)""");
            duplicates += problems(db, when, "posted twice", """
                    SELECT source_kind || ' ' || source_reference || ' ' || indicator_code FROM ledger_entry
                    GROUP BY source_kind, source_reference, indicator_code, reason HAVING COUNT(*) > 1""");
        }
        HttpResponse<String> verify = verifyAudit(port);
        if (!(verify.statusCode() == 200 && json(verify).get("valid").asBoolean())) {
            problem(when, "the audit chain does not verify: " + verify.statusCode() + " " + verify.body());
        }
    }

    private boolean finalCheck() throws Exception {
        try (ServeProcess serve = start()) {
            check(serve.port(), "at the end");
            boolean valid = auditValid(serve.port());
            serve.terminate();
            return valid;
        }
    }

    private boolean auditValid(int port) throws IOException, InterruptedException {
        HttpResponse<String> verify = verifyAudit(port);
        return verify.statusCode() == 200 && json(verify).get("valid").asBoolean();
    }

    private HttpResponse<String> verifyAudit(int port) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/v1/audit/verify")).header("Authorization", "Bearer " + AUDITOR).timeout(Duration.ofSeconds(60))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private void expectOnce(Connection db, String when, String table, String column, String id) throws SQLException {
        long found = countOf(db, "SELECT COUNT(*) FROM " + table + " WHERE " + column + " = ?", id);
        if (found == 0) {
            lost++;
            problem(when, "acknowledged " + table + " " + id + " is missing");
        } else if (found > 1) {
            duplicates++;
            problem(when, table + " " + id + " is there " + found + " times");
        }
    }

    private void expectCount(Connection db, String when, String what, String sql, String id, long expected)
            throws SQLException {
        long found = countOf(db, sql, id);
        if (found < expected) {
            lost++;
            problem(when, "acknowledged " + what + ": " + found + " row(s), expected " + expected);
        } else if (found > expected) {
            duplicates++;
            problem(when, what + ": " + found + " row(s), expected " + expected);
        }
    }

    private int problems(Connection db, String when, String what, String sql) throws SQLException {
        int found = 0;
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                found++;
                problem(when, what + ": " + rows.getString(1));
            }
        }
        return found;
    }

    private static long countOf(Connection db, String sql, String id) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void problem(String when, String what) {
        problems.add(when + ": " + what);
    }

    // ---------------------------------------------------------------- HTTP

    private HttpResponse<String> post(int port, String path, String token, String body, String key)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        requests.incrementAndGet();
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String decision(Case c, String indicator) {
        return "/api/v1/applications/" + c.applicationId + "/claims/" + indicator + "/decision";
    }

    /** A synthetic person (valid check digit, never a real one): born 1990 + the case number in days. */
    private static String person(Case c) {
        LocalDate born = LocalDate.of(1990, 1, 1).plusDays(c.number % 1800);
        String idNumber = TestIdNumbers.number("330203", born, 100 + c.number / 1800);
        return q("{'idNumber':'" + idNumber + "','name':'测试" + c.number + "','residencePermit':{'number':'ZJ-HS-CRASH-"
                + c.number + "','issuer':'330203','validFrom':'2023-01-01','validTo':'2030-01-01'},"
                + "'residenceDistrict':'330203'}");
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + response.body(), e);
        }
    }

    private static String q(String json) {
        return json.replace('\'', '"');
    }
}
