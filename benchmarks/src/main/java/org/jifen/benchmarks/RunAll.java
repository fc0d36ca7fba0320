package org.jifen.benchmarks;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jifen.benchmarks.ingest.IngestBenchmark;
import org.jifen.benchmarks.match.MatchBenchmark;
import org.jifen.benchmarks.ranking.RankingBenchmark;
import org.jifen.benchmarks.rest.CommitRate;
import org.jifen.benchmarks.rest.Load;
import org.jifen.benchmarks.rest.RestBenchmark;
import org.jifen.benchmarks.scoring.ScoringBenchmark;

/**
 * Every benchmark of issue 8 in one run, printed as one table (Markdown) on stdout; progress goes to
 * stderr. No figure is judged beyond being printed beside its goal: a goal missed is reported, never
 * failed. A result that is <em>wrong</em> (engines disagreeing, rows missing, a ranking differing from the
 * statements, an unstable match) makes the run exit with status 1.
 *
 * <pre>
 * java -Xmx4g -cp 'benchmarks/target/classes:benchmarks/target/lib/*' org.jifen.benchmarks.RunAll \
 *     [--sizes 10000,100000,1000000] [--match-sizes 10000,100000,200000] [--only scoring,ingest,ranking,match]
 *     [--jmh forks,warmups,iterations,millis] [--show-rules]
 *     [--rest-persons 100000] [--rest-clients 16] [--rest-time 10,30 | --rest-requests warmup,measured]
 * </pre>
 */
public final class RunAll {

    /** The benchmarks, in the order they run. */
    public enum Part { SCORING, INGEST, RANKING, MATCH, REST }

    /** The command line, parsed. */
    public record Options(List<Integer> sizes, List<Integer> matchSizes, Set<Part> parts,
            MatchBenchmark.Settings jmh, boolean showRules, RestBenchmark.Settings rest) {

        public static Options parse(String... args) {
            List<Integer> sizes = List.of(10_000, 100_000, 1_000_000);
            List<Integer> matchSizes = List.of(10_000, 100_000, 200_000);
            Set<Part> parts = new LinkedHashSet<>(List.of(Part.values()));
            MatchBenchmark.Settings jmh = MatchBenchmark.Settings.standard();
            boolean showRules = false;
            RestBenchmark.Settings rest = RestBenchmark.Settings.standard();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--sizes" -> sizes = numbers(value(args, ++i, "--sizes"));
                    case "--match-sizes" -> matchSizes = numbers(value(args, ++i, "--match-sizes"));
                    case "--only" -> {
                        parts = new LinkedHashSet<>();
                        for (String part : value(args, ++i, "--only").split(",")) {
                            parts.add(Part.valueOf(part.strip().toUpperCase(java.util.Locale.ROOT)));
                        }
                    }
                    case "--jmh" -> {
                        List<Integer> n = numbers(value(args, ++i, "--jmh"));
                        if (n.size() != 4) {
                            throw new IllegalArgumentException("--jmh takes forks,warmups,iterations,millis");
                        }
                        jmh = new MatchBenchmark.Settings(n.get(0), n.get(1), n.get(2), n.get(3));
                    }
                    case "--show-rules" -> showRules = true;
                    case "--rest-persons" -> rest = new RestBenchmark.Settings(
                            Integer.parseInt(value(args, ++i, "--rest-persons")), rest.clients(), rest.warmup(),
                            rest.measured());
                    case "--rest-clients" -> rest = new RestBenchmark.Settings(rest.persons(),
                            Integer.parseInt(value(args, ++i, "--rest-clients")), rest.warmup(), rest.measured());
                    case "--rest-time" -> {
                        List<Integer> n = pair(value(args, ++i, "--rest-time"), "--rest-time");
                        rest = new RestBenchmark.Settings(rest.persons(), rest.clients(), Load.Phase.seconds(n.get(0)),
                                Load.Phase.seconds(n.get(1)));
                    }
                    case "--rest-requests" -> {
                        List<Integer> n = pair(value(args, ++i, "--rest-requests"), "--rest-requests");
                        rest = new RestBenchmark.Settings(rest.persons(), rest.clients(), Load.Phase.requests(n.get(0)),
                                Load.Phase.requests(n.get(1)));
                    }
                    default -> throw new IllegalArgumentException("unknown argument " + args[i]);
                }
            }
            return new Options(sizes, matchSizes, parts, jmh, showRules, rest);
        }

        private static List<Integer> pair(String list, String name) {
            List<Integer> n = numbers(list);
            if (n.size() != 2) {
                throw new IllegalArgumentException(name + " takes warmup,measured");
            }
            return n;
        }

        private static String value(String[] args, int i, String name) {
            if (i >= args.length) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            return args[i];
        }

        private static List<Integer> numbers(String list) {
            return Arrays.stream(list.split(",")).map(String::strip).map(Integer::valueOf).toList();
        }
    }

    private final PrintStream out;
    private final PrintStream progress;
    private final List<String> wrong = new ArrayList<>();

    public RunAll(PrintStream out, PrintStream progress) {
        this.out = out;
        this.progress = progress;
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("USAGE: " + e.getMessage());
            System.exit(2);
            return;
        }
        List<String> wrong = new RunAll(System.out, System.err).run(options, String.join(" ", args));
        System.exit(wrong.isEmpty() ? 0 : 1);
    }

    /** Runs the chosen benchmarks and prints the table; returns the results found wrong (empty when all are right). */
    public List<String> run(Options options, String arguments) {
        Population population = Population.haishu();
        out.println("# Jifen benchmarks");
        out.println();
        out.println("- date: " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        out.println("- machine: " + Runtime.getRuntime().availableProcessors() + " processors, JVM max heap "
                + Table.mib(Runtime.getRuntime().maxMemory()) + " MiB, Java " + System.getProperty("java.version")
                + " (" + System.getProperty("java.vm.name") + "), " + System.getProperty("os.name") + " "
                + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        out.println("- JVM arguments: " + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
        out.println("- arguments: " + (arguments.isBlank() ? "(defaults)" : arguments));
        out.println("- data: synthetic Haishu (330203) residents of org.jifen.benchmarks.Population, default catalogue,"
                + " scored on " + Population.ON);
        boolean needsPostgres = options.parts().stream().anyMatch(p -> p != Part.MATCH);
        try (BenchPostgres postgres = needsPostgres ? BenchPostgres.start() : null) {
            if (postgres != null) {
                out.println("- database: " + postgres.describe());
            }
            for (Part part : options.parts()) {
                out.println();
                switch (part) {
                    case SCORING -> scoring(population, postgres, options);
                    case INGEST -> ingest(population, postgres, options);
                    case RANKING -> ranking(population, postgres, options);
                    case MATCH -> match(options);
                    case REST -> rest(population, postgres, options);
                    default -> throw new IllegalStateException(part.name());
                }
            }
        }
        out.println();
        out.println(wrong.isEmpty() ? "All results checked: right." : "WRONG RESULTS: " + String.join("; ", wrong));
        return List.copyOf(wrong);
    }

    private void scoring(Population population, BenchPostgres postgres, Options options) {
        out.println("## 1. Scoring kernel: default catalogue, AUTO indicators, facts → target balances → ledger deltas");
        out.println();
        ScoringBenchmark benchmark = new ScoringBenchmark(population);
        if (options.showRules()) {
            out.println("```drl");
            out.print(benchmark.drools().drl());
            out.println("```");
            out.println("```sql");
            out.println(new org.jifen.benchmarks.scoring.SqlScorer(population, "unused").sql());
            out.println("```");
        }
        Table table = new Table("persons", "domain persons/s", "Drools persons/s", "SQL persons/s", "domain:Drools",
                "domain:SQL", "deltas (same in all three)", "domain time growth");
        long previous = 0;
        double previousSeconds = 0;
        for (int n : options.sizes()) {
            progress.printf("scoring %,d persons…%n", n);
            ScoringBenchmark.Figures f = benchmark.run(postgres, n, false);
            if (!f.agree()) {
                wrong.add("scoring at " + n + ": domain " + f.domain() + ", Drools " + f.drools() + ", SQL " + f.sql());
            }
            table.row(Table.count(n), Table.rate(n / f.domainSeconds()), Table.rate(n / f.droolsSeconds()),
                    Table.rate(n / f.sqlSeconds()), String.format("%.1f×", f.droolsSeconds() / f.domainSeconds()),
                    String.format("%.1f×", f.sqlSeconds() / f.domainSeconds()),
                    Table.count(f.domain().count()) + (f.agree() ? " (yes)" : " (NO)"),
                    Growth.between(previous, previousSeconds, n, f.domainSeconds()));
            previous = n;
            previousSeconds = f.domainSeconds();
        }
        table.print(out);
        out.println();
        out.println("Goal: the domain at least 50× Drools and 5× the SQL path (domain:Drools ≥ 50×, domain:SQL ≥ 5×)."
                + " Drools: a KieSession per 10,000 persons, balances handed in pre-summed; SQL: one statement over"
                + " facts already in tables (second run), deltas read back over JDBC. Warm-up: 5 passes"
                + " over the same 20,000 persons (or N if fewer) for the domain and for Drools; each timed part starts"
                + " on a collected heap.");
    }

    private void ingest(Population population, BenchPostgres postgres, Options options) {
        out.println("## 2. Ledger ingest: N entries into an empty ledger_entry (Jifen's schema, indexes, triggers)");
        out.println();
        IngestBenchmark benchmark = new IngestBenchmark(population, postgres);
        Table table = new Table("method", "entries", "seconds", "rows/s", "rows in table", "% of raw COPY", "growth");
        Map<IngestBenchmark.Method, double[]> previous = new EnumMap<>(IngestBenchmark.Method.class);
        List<String> goals = new ArrayList<>();
        for (int n : options.sizes()) {
            Map<IngestBenchmark.Method, IngestBenchmark.Figures> bySize = new EnumMap<>(IngestBenchmark.Method.class);
            for (IngestBenchmark.Method method : IngestBenchmark.Method.values()) {
                progress.printf("ingest %,d entries: %s…%n", n, method);
                bySize.put(method, benchmark.run(method, n));
            }
            double ceiling = bySize.get(IngestBenchmark.Method.PG_RAW_COPY).rowsPerSecond();
            for (IngestBenchmark.Figures f : bySize.values()) {
                if (f.rowsInTable() != n) {
                    wrong.add("ingest " + f.method() + " at " + n + ": " + f.rowsInTable() + " rows in the table");
                }
                double[] before = previous.get(f.method());
                table.row(f.method().name(), Table.count(n), Table.seconds(f.seconds()), Table.rate(f.rowsPerSecond()),
                        Table.count(f.rowsInTable()),
                        f.method().name().startsWith("PG") ? String.format("%.0f %%", 100 * f.rowsPerSecond() / ceiling) : "—",
                        before == null ? "—" : Growth.between((long) before[0], before[1], n, f.seconds()));
                previous.put(f.method(), new double[] {n, f.seconds()});
            }
            goals.add(String.format("%,d entries: project COPY path at %.0f %% of raw COPY", n,
                    100 * bySize.get(IngestBenchmark.Method.PG_PROJECT_COPY).rowsPerSecond() / ceiling));
        }
        table.print(out);
        out.println();
        for (IngestBenchmark.Method method : IngestBenchmark.Method.values()) {
            out.println("- " + method.name() + ": " + method.description());
        }
        out.println();
        out.println("Goal: the project's PostgreSQL path at ≥ 50 % of raw COPY. " + String.join("; ", goals) + ".");
    }

    private void ranking(Population population, BenchPostgres postgres, Options options) {
        out.println("## 3. District ranking: usable scores of every Haishu resident on " + Population.ON
                + " (RankDistrictUseCase on PostgreSQL)");
        out.println();
        RankingBenchmark benchmark = new RankingBenchmark(population, postgres);
        Table table = new Table("persons", "ledger entries", "seed s", "run 1 s", "run 2 s",
                "heap peak MiB (sampled / pool peaks)", "heap before MiB", "totals = statements", "growth (run 2)");
        long previous = 0;
        double previousSeconds = 0;
        for (int n : options.sizes()) {
            progress.printf("ranking %,d persons…%n", n);
            RankingBenchmark.Figures f = benchmark.run(n);
            if (!f.statementsAgree() || f.warm().ranked() != n) {
                wrong.add("ranking at " + n + ": " + f.warm().ranked() + " ranked, totals " + f.ranked()
                        + " vs statements " + f.statements());
            }
            RankingBenchmark.Run warm = f.warm();
            long peak = f.runs().stream().mapToLong(RankingBenchmark.Run::heapSampledPeakBytes).max().orElse(0);
            long pools = f.runs().stream().mapToLong(RankingBenchmark.Run::heapPoolPeakBytes).max().orElse(0);
            table.row(Table.count(n), Table.count(f.entries()), Table.seconds(f.seedSeconds()),
                    Table.seconds(f.runs().get(0).seconds()), Table.seconds(warm.seconds()),
                    Table.mib(peak) + " / " + Table.mib(pools), Table.mib(warm.heapBaselineBytes()),
                    f.statementsAgree() ? "yes (" + f.ranked().size() + " checked)" : "NO",
                    Growth.between(previous, previousSeconds, n, warm.seconds()));
            previous = n;
            previousSeconds = warm.seconds();
        }
        table.print(out);
        out.println();
        out.println("Goal: 1,000,000 persons from 10,000,000 entries in < 10 s with < 1 GiB of heap. Seed (not part"
                + " of the goal): catalogues, persons through JdbiPersonRepository.addAll (COPY, encrypted), entries"
                + " by COPY, VACUUM ANALYZE.");
    }

    private void match(Options options) {
        out.println("## 4. School match: DeferredAcceptance, N children × 5 preferences × 300 schools (JMH)");
        out.println();
        progress.println("school match (JMH)…");
        Table table = new Table("children", "ms per match (JMH mean ± 99.9 % error)", "placed (checked stable)",
                "growth");
        long previous = 0;
        double previousSeconds = 0;
        for (MatchBenchmark.Figures f : new MatchBenchmark().run(options.matchSizes(), options.jmh())) {
            table.row(Table.count(f.children()), String.format("%.1f ± %.1f", f.meanMillis(),
                    Double.isNaN(f.errorMillis()) ? 0 : f.errorMillis()), Table.count(f.placed()),
                    Growth.between(previous, previousSeconds, f.children(), f.meanMillis() / 1000));
            previous = f.children();
            previousSeconds = f.meanMillis() / 1000;
        }
        table.print(out);
        out.println();
        MatchBenchmark.Settings jmh = options.jmh();
        out.println(String.format("Goal: 200,000 children in < 1 s. JMH: %d fork(s), %d warm-up and %d measured"
                + " iterations of %d ms, average time of one match.", jmh.forks(), jmh.warmups(), jmh.iterations(),
                jmh.iterationMillis()));
    }

    private void rest(Population population, BenchPostgres postgres, Options options) {
        RestBenchmark.Settings settings = options.rest();
        out.println("## 5. REST API: the real server (bootstrap's composition root), " + settings.clients()
                + " concurrent clients, " + Table.count(settings.persons()) + " persons with scores");
        out.println();
        RestBenchmark benchmark = new RestBenchmark(population, postgres, settings);
        Table table = new Table("database", "endpoint", "requests", "requests/s", "p50 ms", "p99 ms", "% of /health",
                "right (status, body)");
        List<String> notes = new ArrayList<>();
        List<String> goals = new ArrayList<>();
        double pgSubmissions = 0;
        for (RestBenchmark.Database database : RestBenchmark.Database.values()) {
            progress.printf("REST on %s: seeding %,d persons, then /health, score, submissions…%n", database,
                    settings.persons());
            RestBenchmark.Figures f = benchmark.run(database);
            wrong.addAll(f.wrong());
            double ceiling = f.health().perSecond();
            for (Load.Result r : List.of(f.health(), f.statements(), f.submissions())) {
                table.row(database.name(), r.name(), Table.count(r.requests()), Table.rate(r.perSecond()),
                        String.format("%.2f", r.millisAt(50)), String.format("%.2f", r.millisAt(99)),
                        r == f.health() ? "100 %" : String.format("%.0f %%", 100 * r.perSecond() / ceiling),
                        Table.count(r.right()) + (r.wrong() == 0 ? " (all)" : " (" + r.wrong() + " WRONG)"));
            }
            notes.add(String.format("%s: seeded in %s s (%,d persons imported, system data recorded, district scored:"
                    + " %,d entries posted for %,d persons); %,d submissions acknowledged (201), %,d applications stored;"
                    + " statement totals over HTTP = the use case's for %d persons: %s", database,
                    Table.seconds(f.seedSeconds()), f.persons(), f.scored().entriesPosted(), f.scored().personsPosted(),
                    f.submissionsAcknowledged(), f.applicationsStored(), f.totalsOverHttp().size(),
                    f.totalsOverHttp().equals(f.totalsOfUseCase()) ? "yes" : "NO"));
            double share = 100 * f.statements().perSecond() / ceiling;
            double p99 = f.statements().millisAt(99);
            goals.add(String.format("%s %.0f %% of /health, p99 %.2f ms (%s)", database, share, p99,
                    share >= 30 && p99 < 20 ? "met" : "missed"));
            if (database == RestBenchmark.Database.POSTGRESQL) {
                pgSubmissions = f.submissions().perSecond();
            }
        }
        progress.println("PostgreSQL commit rate…");
        CommitRate.Result commits = CommitRate.measure(postgres, settings.clients(), settings.warmup(),
                settings.measured());
        table.print(out);
        out.println();
        notes.forEach(n -> out.println("- " + n));
        out.println();
        out.println("Goal: statement reads at ≥ 30 % of the /health ceiling with p99 < 20 ms: " + String.join("; ", goals)
                + ".");
        out.println(String.format("Submissions on PostgreSQL: %s/s against PostgreSQL's own commit rate of %s/s (%d"
                + " connections, one-row INSERT per commit: %,d commits in %s s), %.0f %% of it.", Table.rate(pgSubmissions),
                Table.rate(commits.perSecond()), settings.clients(), commits.commits(), Table.seconds(commits.seconds()),
                100 * pgSubmissions / commits.perSecond()));
        out.println("Client: java.net.http.HttpClient (HTTP/1.1, keep-alive), closed loop, in the same JVM as the server;"
                + " latency from send to the whole body, HdrHistogram. Phases: " + describe(settings.warmup())
                + " of warm-up, then " + describe(settings.measured()) + " measured, per endpoint and database."
                + " Server: ApiServerConfig.defaults() (32 threads), pool of " + org.jifen.adapters.db.DatabaseConfig
                        .DEFAULT_POOL_SIZE + " connections, H2 file database or PostgreSQL (settings above), clock fixed"
                + " at " + Population.NOW + ".");
    }

    private static String describe(Load.Phase phase) {
        return phase.requests() > 0 ? Table.count(phase.requests()) + " requests" : phase.time().toSeconds() + " s";
    }
}
