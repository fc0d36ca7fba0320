package org.jifen.adapters.db.ledger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jifen.adapters.db.DatabaseConfig;
import org.jifen.adapters.db.JifenDatabase;
import org.jifen.adapters.db.PostgresCopy;
import org.jifen.adapters.db.TestDatabase;
import org.jifen.adapters.db.catalogue.JdbiCatalogueRepository;
import org.jifen.adapters.db.person.JdbiPersonRepository;
import org.jifen.application.port.out.ledger.UsableScore;
import org.jifen.domain.catalogue.Catalogue;
import org.jifen.domain.catalogue.TestCatalogues;
import org.jifen.domain.catalogue.Tier;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.person.Person;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.person.TestIdNumbers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The plan of the district ranking at scale (issue 5: "check the ranking's plan at 10M entries"). Not part
 * of the default build — it loads millions of rows and takes minutes — and it asserts nothing about time:
 * it prints what it saw. Run it with
 *
 * <pre>
 * mvn -B -pl adapters-db -am verify -Djifen.plancheck=true -Dtest=RankingPlanCheck \
 *     -Dsurefire.failIfNoSpecifiedTests=false [-Djifen.plancheck.persons=1000000] [-Djifen.plancheck.entries=10]
 * </pre>
 *
 * It starts an embedded PostgreSQL 17 of its own (a temporary directory), migrates the schema, loads the
 * default catalogues (with a 2017 provincial version replaced in 2022 and Yinzhou's district catalogue),
 * imports the persons through {@link JdbiPersonRepository#addAll} (COPY, ID numbers and phones encrypted in
 * Java), COPYs {@code entries} synthetic ledger entries per person, VACUUM ANALYZEs, then runs
 * {@code EXPLAIN (ANALYZE, BUFFERS)} of the ranking statement for a large and a small district and times
 * {@link JdbiUsableScoreQuery#rank} end to end. The report goes to stdout and to
 * {@code target/ranking-plan-check.txt}.
 */
@EnabledIfSystemProperty(named = "jifen.plancheck", matches = "true")
class RankingPlanCheck {

    private static final LocalDate ON = LocalDate.of(2024, 6, 30);
    private static final Instant KNOWN_AT = LocalDate.of(2024, 7, 1).atStartOfDay().toInstant(ZoneOffset.ofHours(8));

    /** Where the persons live: Haishu 40 %, Yinzhou 25 %, Beilun 15 %, Jiangbei 10 %, Zhenhai 10 %. */
    private static final String[] DISTRICTS = {"330203", "330203", "330203", "330203", "330212", "330212", "330212",
        "330212", "330203", "330212", "330206", "330206", "330206", "330205", "330205", "330211", "330211", "330206",
        "330203", "330203"};

    private static final List<String> LEDGER_COLUMNS = List.of("idempotency_key", "person_id", "catalogue_version",
            "jurisdiction", "tier", "indicator_code", "points", "reason", "source_kind", "source_reference", "actor",
            "recorded_at", "effective_on", "freeze_from", "freeze_until");

    private final List<String> report = new ArrayList<>();

    private void say(String line) {
        System.out.println(line);
        report.add(line);
    }

    @Test
    void rankingPlanAtScale() throws Exception {
        int persons = Integer.getInteger("jifen.plancheck.persons", 1_000_000);
        int perPerson = Integer.getInteger("jifen.plancheck.entries", 10);
        Path data = Files.createTempDirectory("jifen-plancheck");
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectory(data)
                .setServerConfig("shared_buffers", "1GB")
                .setServerConfig("work_mem", "64MB")
                .setServerConfig("maintenance_work_mem", "512MB")
                .setServerConfig("max_wal_size", "8GB")
                // the check VACUUMs itself once everything is loaded: an autovacuum or autoanalyze running at
                // that moment holds back the horizon, and pages it leaves not all-visible cost heap fetches
                .setServerConfig("autovacuum", "off")
                .start();
             JifenDatabase database = JifenDatabase.open(DatabaseConfig.of(server.getJdbcUrl("postgres", "postgres"))
                     .withPersonalDataKey(TestDatabase.KEY))) {
            database.jdbi().useHandle(h -> say("server: " + h.createQuery("SELECT version()").mapTo(String.class).one()));
            say("machine: " + Runtime.getRuntime().availableProcessors() + " processors, JVM max heap "
                    + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB; server: shared_buffers 1GB, work_mem 64MB,"
                    + " autovacuum off (VACUUM ANALYZE run after loading), fsync and synchronous_commit off (zonky)");
            loadCatalogues(database);
            importPersons(database, persons);
            copyEntries(database, persons, perPerson);
            analyze(database);
            for (String district : List.of("330203", "330211")) {
                explain(database, DivisionCode.of(district));
                rankFromJava(database, DivisionCode.of(district));
            }
        } finally {
            Path out = Path.of("target", "ranking-plan-check.txt");
            Files.createDirectories(out.getParent());
            Files.write(out, report, StandardCharsets.UTF_8);
            deleteQuietly(data);
        }
    }

    private void loadCatalogues(JifenDatabase database) {
        JdbiCatalogueRepository catalogues = new JdbiCatalogueRepository(database);
        catalogues.add(TestCatalogues.provincial("330000-2017", LocalDate.of(2017, 6, 1)));
        catalogues.add(TestCatalogues.provincial());
        catalogues.add(TestCatalogues.municipal());
        catalogues.add(TestCatalogues.haishu());
        catalogues.add(TestCatalogues.district(TestCatalogues.YINZHOU, "330212-2023", LocalDate.of(2023, 1, 1)));
    }

    private void importPersons(JifenDatabase database, int count) {
        JdbiPersonRepository repository = new JdbiPersonRepository(database);
        long started = System.nanoTime();
        int chunk = 100_000;
        for (int from = 0; from < count; from += chunk) {
            List<Person> persons = new ArrayList<>();
            for (int i = from; i < Math.min(count, from + chunk); i++) {
                String district = DISTRICTS[i % DISTRICTS.length];
                LocalDate born = LocalDate.of(1965, 1, 1).plusDays(i % 12_000);
                persons.add(new Person(personId(i), TestIdNumbers.idNumber(district, born, i / 12_000 % 1000),
                        "居民" + i, Optional.empty(), Optional.empty(), DivisionCode.of(district), List.of()));
            }
            database.transactions().inTransaction(() -> {
                repository.addAll(persons);
                return null;
            });
        }
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        say(String.format("persons: %,d imported with JdbiPersonRepository.addAll (COPY, encrypted in Java) in %,d ms"
                + " = %,d persons/s", count, millis, count * 1000L / Math.max(1, millis)));
    }

    private static PersonId personId(int i) {
        return PersonId.of(String.format("P%07d", i));
    }

    /**
     * Entry k of person i: the AUTO and EVIDENCE indicators of the person's tiers, recorded between
     * 2023-01 and 2024-09 (so some after the ranking's date and time), every 20th person with a deduction
     * and a correction recorded in August 2024, every 25th with points of the replaced 2017 version.
     */
    private static Object[] entry(int i, int k) {
        String district = DISTRICTS[i % DISTRICTS.length];
        String[] indicator = indicatorOf(district, i, k);
        LocalDate effective = LocalDate.of(2023, 1, 1).plusDays((i * 7L + k * 53L) % 640);
        Instant recorded = effective.atTime(9, 0).toInstant(ZoneOffset.ofHours(8)).plusSeconds(k);
        String points = indicator[4];
        String reason = points.startsWith("-") ? "DEDUCTION" : "AWARD";
        if (i % 20 == 0 && k == 9) {
            recorded = LocalDate.of(2024, 8, 1).atTime(10, 0).toInstant(ZoneOffset.ofHours(8));
            reason = "CORRECTION";
        }
        return new Object[] {"plan-" + i + "-" + k, personId(i).value(), indicator[0], indicator[1], indicator[2],
            indicator[3], new BigDecimal(points), reason, "SYSTEM_DATA", "AUTO-" + effective, "SYSTEM",
            recorded.atOffset(ZoneOffset.UTC), effective, null, null};
    }

    /** {version, jurisdiction, tier, code, points} of entry k of person i. */
    private static String[] indicatorOf(String district, int i, int k) {
        String[] provincial = {"330000-2022", "330000", "PROVINCIAL"};
        String[] municipal = {"330200-2022", "330200", "MUNICIPAL"};
        return switch (k) {
            case 0 -> row(provincial, "P01", Integer.toString(6 + i % 15));
            case 1 -> row(provincial, "P04", (i % 61) / 2 + "." + (i % 2 == 0 ? "00" : "50"));
            case 2 -> row(provincial, "P05", (i % 31) + ".25");
            case 3 -> i % 25 == 0 ? row(new String[] {"330000-2017", "330000", "PROVINCIAL"}, "P02", "10")
                    : row(provincial, "P02", i % 3 == 0 ? "10" : "5");
            case 4 -> row(municipal, "M02", "10");
            case 5 -> row(municipal, "M05", Integer.toString(i % 11));
            case 6 -> i % 20 == 0 ? row(municipal, "M91", "-10") : row(municipal, "M06", Integer.toString(2 * (i % 6)));
            case 7, 8 -> switch (district) {
                case "330203" -> row(new String[] {"330203-2022", "330203", "DISTRICT"}, k == 7 ? "HS03" : "HS07",
                        Integer.toString(i % 9));
                case "330212" -> row(new String[] {"330212-2023", "330212", "DISTRICT"},
                        k == 7 ? "D330212_01" : "D330212_02", Integer.toString(i % 26));
                default -> row(municipal, k == 7 ? "M01" : "M10", Integer.toString(i % 11));
            };
            default -> row(provincial, "P04", i % 20 == 0 ? "-1.50" : "0.50");
        };
    }

    private static String[] row(String[] catalogue, String code, String points) {
        return new String[] {catalogue[0], catalogue[1], catalogue[2], code, points};
    }

    private void copyEntries(JifenDatabase database, int persons, int perPerson) throws Exception {
        long total = (long) persons * perPerson;
        long started = System.nanoTime();
        int chunk = 1_000_000;
        for (long from = 0; from < total; from += chunk) {
            long start = from;
            int size = (int) Math.min(chunk, total - from);
            List<Long> rows = new AbstractList<>() {
                @Override
                public Long get(int index) {
                    return start + index;
                }

                @Override
                public int size() {
                    return size;
                }
            };
            database.jdbi().useTransaction(handle -> PostgresCopy.copy(handle, "ledger_entry", LEDGER_COLUMNS, rows,
                    n -> entry((int) (n / perPerson), (int) (n % perPerson))));
        }
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        say(String.format("ledger: %,d entries (%d per person) loaded with COPY, the table's four indexes in place,"
                + " in %,d ms = %,d rows/s", total, perPerson, millis, total * 1000 / Math.max(1, millis)));
    }

    private void analyze(JifenDatabase database) {
        database.jdbi().useHandle(h -> {
            visibility(h, "after loading");
            long started = System.nanoTime();
            h.execute("VACUUM (ANALYZE) ledger_entry");
            h.execute("VACUUM (ANALYZE) person");
            h.execute("ANALYZE catalogue");
            h.execute("ANALYZE catalogue_indicator");
            say(String.format("VACUUM ANALYZE: %,d ms", Duration.ofNanos(System.nanoTime() - started).toMillis()));
            visibility(h, "after VACUUM");
            for (String relation : List.of("ledger_entry", "person", "ledger_entry_usable_score", "ledger_entry_person",
                    "ledger_entry_idempotency_key_unique", "person_residence_district")) {
                say(String.format("size of %s: %s", relation, h.createQuery(
                        "SELECT pg_size_pretty(pg_relation_size(CAST(:r AS regclass)))").bind("r", relation)
                        .mapTo(String.class).one()));
            }
        });
    }

    /** How much of the ledger the visibility map marks all-visible (what an index-only scan needs). */
    private void visibility(org.jdbi.v3.core.Handle h, String when) {
        say("ledger_entry " + when + ": " + h.createQuery("""
                SELECT 'pages ' || c.relpages || ', all-visible ' || c.relallvisible
                FROM pg_class c WHERE c.relname = 'ledger_entry'
                """).mapTo(String.class).one());
    }

    private void explain(JifenDatabase database, DivisionCode district) {
        database.jdbi().useHandle(h -> {
            long residents = h.createQuery("SELECT count(*) FROM person WHERE residence_district = :d")
                    .bind("d", district.value()).mapTo(Long.class).one();
            say("");
            say(String.format("EXPLAIN (ANALYZE, BUFFERS) of the ranking: district %s (%,d residents), on %s,"
                    + " known at %s", district, residents, ON, KNOWN_AT));
            List<String> plan = bind(h.createQuery("EXPLAIN (ANALYZE, BUFFERS) " + UsableScoreDao.RANKING), district)
                    .mapTo(String.class).list();
            plan.forEach(this::say);
        });
    }

    private static org.jdbi.v3.core.statement.Query bind(org.jdbi.v3.core.statement.Query query,
            DivisionCode district) {
        return query.bind("district", district.value()).bind("city", district.city().value())
                .bind("province", district.province().value()).bind("on", ON)
                .bind("publishedBy", ON.minusDays(Catalogue.DAYS_UNTIL_EFFECTIVE))
                .bind("knownAt", KNOWN_AT.atOffset(ZoneOffset.UTC))
                .bind("provincialMax", Tier.PROVINCIAL.max().toBigDecimal())
                .bind("municipalMax", Tier.MUNICIPAL.max().toBigDecimal())
                .bind("districtMax", Tier.DISTRICT.max().toBigDecimal())
                .bind("maxTotal", Tier.MAX_TOTAL.toBigDecimal())
                .define("byteOrder", "COLLATE \"C\"");
    }

    private void rankFromJava(JifenDatabase database, DivisionCode district) {
        JdbiUsableScoreQuery query = new JdbiUsableScoreQuery(database);
        for (int run = 1; run <= 2; run++) {
            long started = System.nanoTime();
            List<UsableScore> ranking = query.rank(district, ON, KNOWN_AT);
            long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
            say(String.format("JdbiUsableScoreQuery.rank(%s) run %d: %,d persons ranked in %,d ms (first %s, last %s)",
                    district, run, ranking.size(), millis, ranking.isEmpty() ? "-" : ranking.get(0),
                    ranking.isEmpty() ? "-" : ranking.get(ranking.size() - 1)));
        }
    }

    private static void deleteQuietly(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory: the OS cleans it eventually
        }
    }
}
