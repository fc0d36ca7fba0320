package org.jifen.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jifen.adapters.db.DatabaseConfig;
import org.jifen.adapters.db.TestDatabase;
import org.jifen.adapters.rest.shared.ApiServerConfig;
import org.jifen.adapters.rest.shared.BearerTokens;
import org.jifen.application.JifenUseCases;
import org.jifen.application.TestCalendars;
import org.jifen.application.TestCallers;
import org.jifen.application.TestData;
import org.jifen.application.memory.SequentialIdGenerator;
import org.jifen.application.memory.SettableClock;
import org.jifen.application.port.in.calendar.LoadCalendarCommand;
import org.jifen.application.port.in.catalogue.ImportCatalogueCommand;
import org.jifen.domain.access.Caller;
import org.jifen.domain.catalogue.Department;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The whole of Jifen serving over real HTTP, for tests: the real composition root
 * ({@link JifenServer#start} → {@link CompositionRoot#server}: {@code DatabaseModule}, {@code JifenModule},
 * {@code RestModule}, {@code ServerModule}) on a fresh database of the adapters-db test-jar's
 * {@link TestDatabase} — H2 in memory or PostgreSQL (embedded zonky PostgreSQL 17, or
 * {@code JIFEN_TEST_PG_URL}; skipped when it cannot start, except with {@code CI=true}, where that fails) —
 * on a free port of 127.0.0.1, one server and one database per test.
 *
 * <pre>{@code
 * abstract class SomethingHttpCases {
 *     @RegisterExtension final FullServer api = FullServer.on(database());
 *     abstract TestDatabase database();        // TestDatabase.h2() in H2…Test, TestDatabase.postgres() in Postgres…Test
 *     @Test void …() { api.post("/api/v1/persons", FullServer.HAISHU_CLERK, json); … }
 * }
 * }</pre>
 *
 * <p>What differs from production, and why: the clock is a {@link SettableClock} (start {@link #START},
 * moved with {@link #clock()}, so publication and appeal windows can be walked through), ids are
 * sequential ({@code PER-000001}, {@code APP-000001}…, so tokens of applicants can name their person before
 * the person exists), the tokens are this fixture's (below), and there are no rate limits (the cases send
 * bursts a window clerk never would; the limits' own tests are in adapters-rest). The REST routes, the use cases, the
 * database adapter and the wiring are the production ones.
 *
 * <p>Tokens: one per {@link TestCallers} caller ({@link #ADMIN}, {@link #HAISHU_CLERK},
 * {@link #YINZHOU_CLERK}, {@link #SUPERVISOR}, {@link #AUDITOR}, {@link #SYSTEM}), one Haishu reviewer per
 * department ({@link #reviewer(Department)}), and applicants of the first persons registered
 * ({@link #applicant(int)} stands for {@code PER-00000n}). {@link #withTokens} adds more (other
 * jurisdictions, departments…) before the test starts.
 *
 * <p>Reference data that has no REST route (catalogues are imported and the working-day calendar is
 * loaded by operators through the CLI) is put in by {@link #seedReferenceData()}: the default test
 * catalogues and the 2024–2025 calendar through the use cases, as the CLI does.
 *
 * <p>For the lead's next tests (the issue-3 workflow scenario and the authorization matrix through HTTP
 * once the remaining routes exist): extend an abstract {@code …HttpCases} class twice (H2 and PostgreSQL)
 * as {@code ApplicationHttpCases} does; drive every step with {@link #get}/{@link #post} and the tokens
 * here; move {@link #clock()} between steps; assert "nothing written" with {@link #count(String)} on the
 * tables ({@code person}, {@code points_application}, {@code ledger_entry}, {@code audit_event}…). For a
 * matrix, iterate over the tokens of {@link #tokens()} and expect 401 for a token absent from it.
 */
public final class FullServer implements BeforeEachCallback, AfterEachCallback {

    /** The first day of the fixture's clock: Tuesday 16 September 2025, 09:00 in China. */
    public static final LocalDate START = LocalDate.of(2025, 9, 16);

    public static final String ADMIN = "t-admin-zj";
    public static final String HAISHU_CLERK = "t-clerk-hs";
    public static final String YINZHOU_CLERK = "t-clerk-yz";
    public static final String SUPERVISOR = "t-supervisor-hs";
    public static final String AUDITOR = "t-auditor-nb";
    public static final String SYSTEM = "t-system";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestDatabase database;
    private final Map<String, Caller> tokens;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private SettableClock clock;
    private JifenServer server;

    private FullServer(TestDatabase database, Map<String, Caller> tokens) {
        this.database = database;
        this.tokens = Map.copyOf(tokens);
    }

    /** The server on that database, with the standard tokens. */
    public static FullServer on(TestDatabase database) {
        return new FullServer(database, standardTokens());
    }

    /** The same server with these tokens added (token → caller). */
    public FullServer withTokens(Map<String, Caller> more) {
        Map<String, Caller> all = new LinkedHashMap<>(tokens);
        all.putAll(more);
        return new FullServer(database, all);
    }

    /** The token of the Haishu reviewer of that department. */
    public static String reviewer(Department department) {
        return "t-reviewer-hs-" + department.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The token of the applicant whose person is the n-th registered ({@code PER-00000n}). */
    public static String applicant(int n) {
        return "t-applicant-" + n;
    }

    private static Map<String, Caller> standardTokens() {
        Map<String, Caller> tokens = new LinkedHashMap<>();
        tokens.put(ADMIN, TestCallers.ADMIN);
        tokens.put(HAISHU_CLERK, TestCallers.HAISHU_CLERK);
        tokens.put(YINZHOU_CLERK, TestCallers.YINZHOU_CLERK);
        tokens.put(SUPERVISOR, TestCallers.HAISHU_SUPERVISOR);
        tokens.put(AUDITOR, TestCallers.AUDITOR);
        tokens.put(SYSTEM, TestCallers.SYSTEM);
        for (Department department : Department.values()) {
            tokens.put(reviewer(department), TestCallers.reviewer(department));
        }
        for (int n = 1; n <= 5; n++) {
            tokens.put(applicant(n), TestCallers.applicant(
                    org.jifen.domain.person.PersonId.of("PER-" + String.format("%06d", n))));
        }
        return tokens;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        database.beforeEach(context);
        clock = new SettableClock(START.atTime(9, 0).atZone(SettableClock.CHINA).toInstant(), SettableClock.CHINA);
        // no rate limits: the matrix and the hostile-input cases send bursts no window clerk would
        // (the limits are tested in adapters-rest; ServeProcess runs the production defaults)
        ApiServerConfig api = ApiServerConfig.defaults().withHost("127.0.0.1").withPort(0)
                .withStop(Duration.ofSeconds(10), false)
                .withRateLimits(org.jifen.adapters.rest.shared.RateLimits.unlimited());
        server = JifenServer.start(DatabaseConfig.of(database.url()).withPersonalDataKey(TestDatabase.KEY).withPoolSize(4),
                api, BearerTokens.of(tokens), clock, new SequentialIdGenerator());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        try {
            if (server != null) {
                server.close();
                server = null;
            }
        } finally {
            database.afterEach(context);
        }
    }

    /** Imports the default test catalogues and loads the 2024–2025 working-day calendar, as an ADMIN. */
    public FullServer seedReferenceData() {
        useCases().importCatalogue().importCatalogue(new ImportCatalogueCommand(TestCallers.ADMIN, TestData.defaultCatalogues()));
        useCases().loadCalendar().load(new LoadCalendarCommand(TestCallers.ADMIN, TestCalendars.years()));
        return this;
    }

    public SettableClock clock() {
        return clock;
    }

    /** The use cases the server drives, for reference data only: the test's own steps go through HTTP. */
    public JifenUseCases useCases() {
        return server.useCases();
    }

    public Map<String, Caller> tokens() {
        return tokens;
    }

    public int port() {
        return server.port();
    }

    public TestDatabase database() {
        return database;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port() + path);
    }

    public HttpResponse<String> get(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET().timeout(Duration.ofSeconds(20));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    public HttpResponse<String> post(String path, String token, String json) {
        return post(path, token, json, Map.of());
    }

    public HttpResponse<String> post(String path, String token, String json, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(20));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::setHeader);
        return send(request.build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Rows in a table of this test's database (plain JDBC, outside the server). */
    public long count(String table) {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException("a table name: " + table);
        }
        try (Connection connection = DriverManager.getConnection(database.url());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count " + table, e);
        }
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + response.body(), e);
        }
    }

    /** Single quotes in test JSON, for readability. */
    public static String q(String json) {
        return json.replace('\'', '"');
    }
}
