package org.jifen.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.bootstrap.FullServer.AUDITOR;
import static org.jifen.bootstrap.FullServer.HAISHU_CLERK;
import static org.jifen.bootstrap.FullServer.SUPERVISOR;
import static org.jifen.bootstrap.FullServer.json;
import static org.jifen.bootstrap.FullServer.q;
import static org.jifen.bootstrap.FullServer.reviewer;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jifen.adapters.db.TestDatabase;
import org.jifen.domain.catalogue.Department;
import org.jifen.domain.person.TestIdNumbers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Concurrency through HTTP (issue 9): 16 client threads acting as reviewers, supervisors publishing, clerks
 * filing appeals and reviewers deciding them, all on the same few persons, against the whole server on a real
 * database — H2 ({@link H2HttpConcurrencyTest}) and PostgreSQL ({@link PostgresHttpConcurrencyTest}).
 *
 * <p>Each of {@value #PERSONS} persons has {@value #APPLICATIONS_EACH} applications claiming the same three
 * indicators (M01 registered rental, target 10, cap 20; M04 one invention, target 10, cap 20; M10 community
 * service 8, cap 10), so publications of one person race to bring the same indicators to their targets (a
 * posting is target − balance as known: two postings that both read the balance before the other wrote would
 * post 10 + 10, or 8 + 8 over M10's cap) and appeal corrections (M10 to 10) race with publications. Every request must be answered 2xx: a 5xx or 409 from a deadlock, a serialization failure
 * or a lock time-out is a bug. Afterwards: no indicator balance above its cap (or below zero) on any date,
 * no source posted twice for an indicator, the exact balances, and the audit chain verifies.
 */
abstract class HttpConcurrencyCases {

    static final int THREADS = 16;
    static final int PERSONS = 3;
    static final int APPLICATIONS_EACH = 4;

    private static final Map<String, BigDecimal> CAPS = Map.of("P01", new BigDecimal("20"), "M01", new BigDecimal("20"),
            "M04", new BigDecimal("20"), "M10", new BigDecimal("10"));

    @RegisterExtension
    final FullServer api = FullServer.on(database());

    abstract TestDatabase database();

    private final List<String> persons = new ArrayList<>();
    private final List<String[]> applications = new ArrayList<>(); // {applicationId, personId}
    private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();

    @BeforeEach
    void personsAndApplications() {
        api.seedReferenceData();
        for (int p = 0; p < PERSONS; p++) {
            String idNumber = TestIdNumbers.number("330203", LocalDate.of(1991, 4, 1 + p), 201 + p);
            HttpResponse<String> registered = api.post("/api/v1/persons", HAISHU_CLERK, q("{'idNumber':'" + idNumber
                    + "','name':'并发" + p + "','residencePermit':{'number':'ZJ-HS-2024-0" + p + "','issuer':'330203',"
                    + "'validFrom':'2024-01-01','validTo':'2029-01-01'},'residenceDistrict':'330203'}"));
            assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
            persons.add(json(registered).get("personId").asText());
        }
        for (int a = 0; a < APPLICATIONS_EACH; a++) {
            for (String person : persons) {
                HttpResponse<String> submitted = api.post("/api/v1/applications", HAISHU_CLERK, q("{'personId':'"
                        + person + "','district':'330203','channel':'DISTRICT_CENTRE','claims':["
                        + "{'indicator':'M01','facts':{'level':'REGISTERED_RENTAL'},'evidence':['evidence/rental.pdf']},"
                        + "{'indicator':'M04','facts':{'events':[{'level':'INVENTION','ref':'ZL2025" + a + person.substring(4)
                        + "'}]},'evidence':['evidence/patent.pdf']},"
                        + "{'indicator':'M10','facts':{'points':'8.00'},'evidence':['evidence/grid.pdf']}]}"));
                assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
                applications.add(new String[] {json(submitted).get("applicationId").asText(), person});
            }
        }
    }

    @Test
    void reviewersPublishersAndAppealDeciders_onTheSamePersons_allAnswered_capsHold_nothingPostedTwice() throws Exception {
        // every claim decided, 16 at a time, in a random order
        List<Runnable> decisions = new ArrayList<>();
        for (String[] application : applications) {
            String path = "/api/v1/applications/" + application[0] + "/claims/";
            decisions.add(() -> expect2xx(api.post(path + "M01/decision", reviewer(Department.HOUSING),
                    q("{'outcome':'APPROVED'}"))));
            decisions.add(() -> expect2xx(api.post(path + "M04/decision", reviewer(Department.MARKET_REGULATION),
                    q("{'outcome':'APPROVED'}"))));
            decisions.add(() -> expect2xx(api.post(path + "M10/decision", reviewer(Department.PUBLIC_SECURITY),
                    q("{'outcome':'APPROVED','points':'8.00','method':'SITE_VISIT'}"))));
        }
        runConcurrently(decisions);
        assertThat(failures).isEmpty();

        // then each application published, appealed (M10) and the appeal upheld (10), the chains all at once
        List<Runnable> chains = new ArrayList<>();
        for (String[] application : applications) {
            chains.add(() -> {
                if (!expect2xx(api.post("/api/v1/applications/" + application[0] + "/publish", SUPERVISOR, ""))) {
                    return;
                }
                HttpResponse<String> filed = api.post("/api/v1/appeals", HAISHU_CLERK, q("{'applicationId':'"
                        + application[0] + "','indicators':['M10'],'reason':'服务时长漏计'}"),
                        Map.of("Idempotency-Key", "appeal-" + application[0]));
                if (!expect2xx(filed)) {
                    return;
                }
                expect2xx(api.post("/api/v1/appeals/" + json(filed).get("appealId").asText() + "/decision",
                        reviewer(Department.PUBLIC_SECURITY), q("{'outcome':'UPHELD','corrections':[{'indicator':'M10',"
                                + "'points':'10.00'}],'reason':'服务记录核实'}")));
            });
        }
        runConcurrently(chains);

        assertThat(failures).isEmpty();
        assertCapsHoldOnEveryDate();
        assertThat(rows("SELECT source_kind, source_reference, indicator_code, reason, COUNT(*) FROM ledger_entry"
                + " GROUP BY source_kind, source_reference, indicator_code, reason HAVING COUNT(*) > 1")).isEmpty();
        assertThat(rows("SELECT application_id FROM points_application WHERE published_on IS NULL")).isEmpty();
        assertThat(rows("SELECT appeal_id FROM appeal WHERE decision_outcome IS NULL OR decision_outcome <> 'UPHELD'"))
                .isEmpty();
        assertThat(api.count("appeal")).isEqualTo(PERSONS * APPLICATIONS_EACH);
        for (String person : persons) {
            JsonNode statement = json(api.get("/api/v1/persons/" + person + "/score?district=330203&on="
                    + FullServer.START, SUPERVISOR));
            Map<String, String> balances = new TreeMap<>();
            statement.get("tiers").forEach(tier -> tier.get("indicators").forEach(
                    indicator -> balances.put(indicator.get("code").asText(), indicator.get("balance").asText())));
            assertThat(balances).as(person).containsEntry("M01", "10.00").containsEntry("M04", "10.00")
                    .containsEntry("M10", "10.00").containsEntry("P01", "20.00");
        }
        HttpResponse<String> verified = api.get("/api/v1/audit/verify", AUDITOR);
        assertThat(verified.statusCode()).isEqualTo(200);
        assertThat(json(verified).get("valid").asBoolean()).as(verified.body()).isTrue();
    }

    @Test
    void theSameSubmissionSent16TimesAtOnceWithOneKey_createsOneApplication_andEveryAnswerIsIt() throws Exception {
        long before = api.count("points_application");
        String body = q("{'personId':'" + persons.get(0) + "','district':'330203','channel':'APP','claims':["
                + "{'indicator':'M10','facts':{'points':'6.00'},'evidence':['evidence/grid-2.pdf']}]}");
        ConcurrentLinkedQueue<String> ids = new ConcurrentLinkedQueue<>();
        List<Runnable> clicks = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            clicks.add(() -> {
                HttpResponse<String> response = api.post("/api/v1/applications", HAISHU_CLERK, body,
                        Map.of("Idempotency-Key", "double-click-1"));
                if (expect2xx(response)) {
                    ids.add(json(response).get("applicationId").asText());
                }
            });
        }

        runConcurrently(clicks);

        assertThat(failures).isEmpty();
        assertThat(ids).hasSize(THREADS);
        assertThat(ids.stream().distinct()).hasSize(1);
        assertThat(api.count("points_application")).isEqualTo(before + 1);
        assertThat(rows("SELECT COUNT(*) FROM points_application WHERE idempotency_key = 'double-click-1'"))
                .containsExactly(List.of("1"));
    }

    @Test
    void theSameRegistrationSent16TimesAtOnceWithOneKey_registersOnePerson_andEveryAnswerIsIt() throws Exception {
        long before = api.count("person");
        String body = q("{'idNumber':'" + TestIdNumbers.number("330203", LocalDate.of(1993, 6, 6), 301)
                + "','name':'双击','residencePermit':{'number':'ZJ-HS-2024-0301','issuer':'330203',"
                + "'validFrom':'2024-01-01','validTo':'2029-01-01'},'residenceDistrict':'330203'}");
        ConcurrentLinkedQueue<String> ids = new ConcurrentLinkedQueue<>();
        List<Runnable> clicks = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            clicks.add(() -> {
                HttpResponse<String> response = api.post("/api/v1/persons", HAISHU_CLERK, body,
                        Map.of("Idempotency-Key", "double-click-person"));
                if (expect2xx(response)) {
                    ids.add(json(response).get("personId").asText());
                }
            });
        }

        runConcurrently(clicks);

        assertThat(failures).isEmpty();
        assertThat(ids).hasSize(THREADS);
        assertThat(ids.stream().distinct()).hasSize(1);
        assertThat(api.count("person")).isEqualTo(before + 1);
        assertThat(rows("SELECT COUNT(*) FROM idempotency_record WHERE idempotency_key = 'double-click-person'"))
                .containsExactly(List.of("1"));
    }

    private boolean expect2xx(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            failures.add(response.request().uri().getPath() + " → " + response.statusCode() + " " + response.body());
            return false;
        }
        return true;
    }

    private void runConcurrently(List<Runnable> tasks) throws InterruptedException {
        List<Runnable> shuffled = new ArrayList<>(tasks);
        Collections.shuffle(shuffled, new Random(9));
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            for (Runnable task : shuffled) {
                pool.execute(() -> {
                    try {
                        start.await();
                        task.run();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (RuntimeException e) {
                        failures.add(e.toString());
                    }
                });
            }
            start.countDown();
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        }
    }

    /** Every indicator of every person, as known now, on every date an entry takes effect: 0 ≤ balance ≤ cap. */
    private void assertCapsHoldOnEveryDate() throws SQLException {
        List<List<String>> entries = rows("SELECT person_id, indicator_code, effective_on, points FROM ledger_entry"
                + " ORDER BY person_id, indicator_code, effective_on");
        assertThat(entries).isNotEmpty();
        Map<String, TreeMap<LocalDate, BigDecimal>> byIndicator = new TreeMap<>();
        for (List<String> entry : entries) {
            byIndicator.computeIfAbsent(entry.get(0) + " " + entry.get(1), k -> new TreeMap<>())
                    .merge(LocalDate.parse(entry.get(2)), new BigDecimal(entry.get(3)), BigDecimal::add);
        }
        byIndicator.forEach((key, changes) -> {
            BigDecimal cap = CAPS.get(key.substring(key.indexOf(' ') + 1));
            BigDecimal balance = BigDecimal.ZERO;
            for (Map.Entry<LocalDate, BigDecimal> change : changes.entrySet()) {
                balance = balance.add(change.getValue());
                assertThat(balance).as(key + " on " + change.getKey()).isBetween(BigDecimal.ZERO, cap);
            }
        });
    }

    private List<List<String>> rows(String sql) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(api.database().url());
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int c = 1; c <= columns; c++) {
                    row.add(result.getString(c));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
