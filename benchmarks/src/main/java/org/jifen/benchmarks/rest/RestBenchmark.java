package org.jifen.benchmarks.rest;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jifen.adapters.db.DatabaseConfig;
import org.jifen.adapters.rest.shared.ApiServerConfig;
import org.jifen.adapters.rest.shared.RateLimits;
import org.jifen.adapters.rest.shared.BearerTokens;
import org.jifen.application.JifenUseCases;
import org.jifen.application.memory.SettableClock;
import org.jifen.application.port.in.catalogue.ImportCatalogueCommand;
import org.jifen.application.port.in.ledger.ScoreDistrictCommand;
import org.jifen.application.port.in.ledger.ScoreDistrictResult;
import org.jifen.application.port.in.ledger.ScoreStatementQuery;
import org.jifen.application.port.in.person.ImportPersonsCommand;
import org.jifen.application.port.in.person.PersonRegistration;
import org.jifen.application.port.in.systemdata.RecordSystemDataByIdNumberCommand;
import org.jifen.application.port.in.systemdata.SystemDataLine;
import org.jifen.benchmarks.BenchPostgres;
import org.jifen.benchmarks.Population;
import org.jifen.benchmarks.TempFiles;
import org.jifen.bootstrap.JifenServer;
import org.jifen.bootstrap.RandomIdGenerator;
import org.jifen.domain.access.Caller;
import org.jifen.domain.access.Role;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.person.ResidencePermit;

/**
 * Jifen's REST API under load: the real server ({@link JifenServer#start}, i.e. bootstrap's
 * {@code CompositionRoot.server}: DatabaseModule, JifenModule, RestModule, ServerModule with the
 * production settings of {@link ApiServerConfig#defaults()} but no rate limit, on 127.0.0.1 and a free
 * port, the production {@link RandomIdGenerator}) on an H2 file database or on a fresh PostgreSQL database, seeded through the
 * use cases with {@code N} residents of {@link Population} — the default catalogue imported, the persons
 * imported (personal data encrypted), their system data recorded, the district auto-scored on
 * {@link Population#ON}, so every person has a score statement built from posted entries — and then, with
 * {@link Load} (16 clients by default, a warm-up phase first, each phase's own requests):
 * <ol>
 * <li>{@code GET /health} (no token; checks a pooled connection): the ceiling of Spark/Jetty here;</li>
 * <li>{@code GET /api/v1/persons/{id}/score?district=330203&on=2024-06-30} as a Haishu clerk, person
 * {@code n·7919 mod N} for request {@code n};</li>
 * <li>{@code POST /api/v1/applications} as a Haishu clerk, an eligible person each (round robin) claiming
 * P02 with evidence, a distinct {@code Idempotency-Key} each: a durable submission (application, stored
 * key and audit event in one transaction), its AUTO indicators scored at once.</li>
 * </ol>
 * Checked: every response's status and body, the applications stored afterwards against the 201s
 * received, and eight persons' statement totals over HTTP against the use case's. The clock is fixed at
 * {@link Population#NOW} (the generator's data is as of {@link Population#ON}: permits are valid then).
 */
public final class RestBenchmark {

    /** The databases the server runs on. */
    public enum Database { H2, POSTGRESQL }

    /** How large and how long: persons seeded, concurrent clients, the warm-up and measured phases of each endpoint. */
    public record Settings(int persons, int clients, Load.Phase warmup, Load.Phase measured) {

        public Settings {
            Objects.requireNonNull(warmup, "warmup");
            Objects.requireNonNull(measured, "measured");
            if (persons < 1 || clients < 1) {
                throw new IllegalArgumentException("at least one person and one client");
            }
        }

        /** 100,000 persons, 16 clients, 10 s of warm-up and 30 s measured per endpoint. */
        public static Settings standard() {
            return new Settings(100_000, 16, Load.Phase.seconds(10), Load.Phase.seconds(30));
        }
    }

    /** One database's run. */
    public record Figures(Database database, int persons, double seedSeconds, ScoreDistrictResult scored,
            Load.Result health, Load.Result statements, Load.Result submissions, long submissionsAcknowledged,
            long applicationsStored, Map<String, String> totalsOverHttp, Map<String, String> totalsOfUseCase) {

        /** Every response right, every acknowledged submission stored, the spot-checked totals equal. */
        public List<String> wrong() {
            List<String> wrong = new ArrayList<>();
            for (Load.Result result : List.of(health, statements, submissions)) {
                if (result.wrong() > 0) {
                    wrong.add("REST " + database + " " + result.name() + ": " + result.wrong() + " wrong responses, first: "
                            + result.firstWrong());
                }
            }
            if (applicationsStored != submissionsAcknowledged) {
                wrong.add("REST " + database + ": " + submissionsAcknowledged + " submissions acknowledged, "
                        + applicationsStored + " applications stored");
            }
            if (!totalsOverHttp.equals(totalsOfUseCase)) {
                wrong.add("REST " + database + ": statement totals over HTTP " + totalsOverHttp + " differ from the "
                        + "use case's " + totalsOfUseCase);
            }
            return wrong;
        }
    }

    static final String CLERK_TOKEN = "bench-clerk-haishu";
    private static final Caller ADMIN = Caller.of("bench-admin", Role.ADMIN, DivisionCode.of("330000"));
    private static final Caller CLERK = Caller.of("bench-clerk-haishu", Role.CLERK, Population.DISTRICT);
    private static final Caller SYSTEM = Caller.of("bench-system", Role.SYSTEM, DivisionCode.of("330000"));
    private static final int PERSON_CHUNK = 10_000;

    private final Population population;
    private final BenchPostgres postgres;
    private final Settings settings;

    public RestBenchmark(Population population, BenchPostgres postgres, Settings settings) {
        this.population = population;
        this.postgres = postgres;
        this.settings = settings;
    }

    public Figures run(Database database) {
        Path h2 = database == Database.H2 ? TempFiles.directory("jifen-bench-rest-h2") : null;
        String url = database == Database.H2 ? "jdbc:h2:file:" + h2.resolve("jifen").toAbsolutePath()
                : postgres.freshDatabase("rest");
        DatabaseConfig config = DatabaseConfig.of(url).withPersonalDataKey(postgres.key());
        // the per-token rate limit (50/s by default) would measure the limit, not the server: off here
        ApiServerConfig api = ApiServerConfig.defaults().withHost("127.0.0.1").withPort(0)
                .withStop(Duration.ofSeconds(30), false).withRateLimits(RateLimits.unlimited());
        SettableClock clock = new SettableClock(Population.NOW, SettableClock.CHINA);
        try (JifenServer server = JifenServer.start(config, api, BearerTokens.of(Map.of(CLERK_TOKEN, CLERK)), clock,
                new RandomIdGenerator())) {
            long started = System.nanoTime();
            Seeded seeded = seed(server.useCases(), LocalDate.ofInstant(clock.now(), clock.zone()));
            double seedSeconds = (System.nanoTime() - started) / 1e9;
            Client client = new Client(server.port(), seeded);
            Load load = new Load(settings.clients());

            load.run("warm-up /health", settings.warmup(), 0, n -> client.health(), 200, Client::up);
            Load.Result health = load.run("GET /health", settings.measured(), 0, n -> client.health(), 200, Client::up);
            load.run("warm-up score", settings.warmup(), 0, client::statement, 200, Client::statement);
            Load.Result statements = load.run("GET score", settings.measured(), 1_000_003, client::statement, 200,
                    Client::statement);
            Load.Result warmSubmissions = load.run("warm-up submissions", settings.warmup(), 0, client::submission, 201,
                    Client::submitted);
            Load.Result submissions = load.run("POST applications", settings.measured(), warmSubmissions.requests(),
                    client::submission, 201, Client::submitted);
            long stored = server.database().jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM points_application").mapTo(Long.class).one());

            Map<String, String> overHttp = new LinkedHashMap<>();
            Map<String, String> ofUseCase = new LinkedHashMap<>();
            for (int i : new int[] {0, 1, 2, 3, settings.persons() / 3, settings.persons() / 2, settings.persons() - 2,
                    settings.persons() - 1}) {
                if (i < 0 || i >= settings.persons()) {
                    continue;
                }
                PersonId person = seeded.ids().get(i);
                overHttp.put(person.value(), client.total(i));
                ofUseCase.put(person.value(), server.useCases().scoreStatement().statement(new ScoreStatementQuery(
                        CLERK, person, Population.DISTRICT, Population.ON, Optional.empty())).total().toString());
            }
            return new Figures(database, settings.persons(), seedSeconds, seeded.scored(), health, statements,
                    submissions, warmSubmissions.right() + submissions.right(), stored, overHttp, ofUseCase);
        } finally {
            if (h2 != null) {
                TempFiles.deleteQuietly(h2);
            } else {
                postgres.drop(url);
            }
        }
    }

    /**
     * The persons as stored (their ids, in resident order), the indexes of those who may apply on the server's
     * date (a valid Zhejiang permit: the generator gives some expired or foreign ones), the district scoring.
     */
    record Seeded(List<PersonId> ids, List<Integer> eligible, ScoreDistrictResult scored) {
    }

    /** The default catalogue, the persons, their system data, the district scored: all through the use cases. */
    private Seeded seed(JifenUseCases jifen, LocalDate today) {
        jifen.importCatalogue().importCatalogue(new ImportCatalogueCommand(ADMIN, population.catalogues()));
        List<Population.Registered> residents = population.registrations(settings.persons());
        List<PersonId> ids = new ArrayList<>(residents.size());
        List<Integer> eligible = new ArrayList<>();
        for (int from = 0; from < residents.size(); from += PERSON_CHUNK) {
            List<PersonRegistration> chunk = new ArrayList<>();
            List<SystemDataLine> data = new ArrayList<>();
            for (int i = from; i < Math.min(residents.size(), from + PERSON_CHUNK); i++) {
                PersonRegistration registration = residents.get(i).registration();
                chunk.add(registration);
                data.addAll(residents.get(i).systemData());
                Optional<ResidencePermit> permit = registration.permit();
                if (permit.isPresent() && permit.get().issuedInZhejiang() && permit.get().validOn(today)) {
                    eligible.add(i);
                }
            }
            ids.addAll(jifen.importPersons().importPersons(new ImportPersonsCommand(CLERK, chunk)).personIds());
            if (!data.isEmpty()) {
                jifen.recordSystemDataByIdNumber().record(new RecordSystemDataByIdNumberCommand(SYSTEM, data));
            }
        }
        if (eligible.isEmpty()) {
            throw new IllegalStateException("no eligible person among " + residents.size());
        }
        ScoreDistrictResult scored = jifen.scoreDistrict().score(new ScoreDistrictCommand(ADMIN, Population.DISTRICT,
                Population.ON));
        return new Seeded(List.copyOf(ids), List.copyOf(eligible), scored);
    }

    /** The requests of the benchmark, against the server on {@code port}. */
    static final class Client {

        private final String base;
        private final Seeded seeded;
        private final HttpRequest health;

        Client(int port, Seeded seeded) {
            this.base = "http://127.0.0.1:" + port;
            this.seeded = seeded;
            this.health = HttpRequest.newBuilder(URI.create(base + "/health")).GET().timeout(Duration.ofSeconds(30))
                    .build();
        }

        HttpRequest health() {
            return health;
        }

        /** Request {@code n}: the statement of person {@code n·7919 mod N} (7919 is prime: every person in turn, scattered). */
        HttpRequest statement(long n) {
            int i = (int) Math.floorMod(n * 7919, (long) seeded.ids().size());
            return statementOf(i);
        }

        private HttpRequest statementOf(int i) {
            return HttpRequest.newBuilder(URI.create(base + "/api/v1/persons/" + seeded.ids().get(i).value()
                    + "/score?district=" + Population.DISTRICT.value() + "&on=" + Population.ON))
                    .header("Authorization", "Bearer " + CLERK_TOKEN).GET().timeout(Duration.ofSeconds(30)).build();
        }

        /** Request {@code n}: eligible person {@code n mod E} applies for P02 (bachelor), Idempotency-Key {@code bench-n}. */
        HttpRequest submission(long n) {
            int i = seeded.eligible().get((int) (n % seeded.eligible().size()));
            String body = "{\"personId\":\"" + seeded.ids().get(i).value() + "\",\"district\":\""
                    + Population.DISTRICT.value() + "\",\"channel\":\"DISTRICT_CENTRE\",\"claims\":[{\"indicator\":"
                    + "\"P02\",\"facts\":{\"level\":\"BACHELOR\"},\"evidence\":[\"evidence/diploma.pdf\"]}]}";
            return HttpRequest.newBuilder(URI.create(base + "/api/v1/applications"))
                    .header("Authorization", "Bearer " + CLERK_TOKEN).header("Content-Type", "application/json")
                    .header("Idempotency-Key", "bench-" + n).POST(HttpRequest.BodyPublishers.ofString(body))
                    .timeout(Duration.ofSeconds(30)).build();
        }

        /** The {@code total} of person {@code i}'s statement over HTTP. */
        String total(int i) {
            try {
                String body = java.net.http.HttpClient.newHttpClient().send(statementOf(i),
                        java.net.http.HttpResponse.BodyHandlers.ofString()).body();
                java.util.regex.Matcher total = java.util.regex.Pattern.compile("\"total\":\"([0-9.\\-]+)\"")
                        .matcher(body);
                return total.find() ? total.group(1) : "no total in " + body;
            } catch (java.io.IOException e) {
                return e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return e.toString();
            }
        }

        static boolean up(String body) {
            return body.contains("\"UP\"");
        }

        static boolean statement(String body) {
            return body.contains("\"total\":\"") && body.contains("\"tiers\":[");
        }

        static boolean submitted(String body) {
            return body.contains("\"applicationId\":\"APP-") && body.contains("\"P01\"");
        }
    }
}
