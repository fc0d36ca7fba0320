package org.jifen.benchmarks.ranking;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jifen.adapters.db.JifenDatabase;
import org.jifen.adapters.db.PostgresCopy;
import org.jifen.adapters.db.catalogue.JdbiCatalogueRepository;
import org.jifen.adapters.db.ledger.JdbiLedgerRepository;
import org.jifen.adapters.db.ledger.JdbiUsableScoreQuery;
import org.jifen.adapters.db.person.JdbiPersonRepository;
import org.jifen.application.memory.SettableClock;
import org.jifen.application.port.in.ledger.DistrictRanking;
import org.jifen.application.port.in.ledger.DistrictRankingQuery;
import org.jifen.application.port.in.ledger.RankDistrictUseCase;
import org.jifen.application.port.out.ledger.UsableScore;
import org.jifen.application.service.ledger.RankDistrictService;
import org.jifen.benchmarks.BenchPostgres;
import org.jifen.benchmarks.Population;
import org.jifen.benchmarks.ingest.EntryStream;
import org.jifen.benchmarks.ingest.LedgerColumns;
import org.jifen.domain.access.Caller;
import org.jifen.domain.access.Role;
import org.jifen.domain.catalogue.CatalogueSet;
import org.jifen.domain.jurisdiction.DivisionRegistry;
import org.jifen.domain.ledger.LedgerEntry;
import org.jifen.domain.person.Person;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.shared.Points;
import org.jifen.domain.statement.ScoreStatements;

/**
 * District ranking on PostgreSQL: {@code p} residents of Haishu with every entry of their ledgers (their
 * two earlier half-yearly scorings and this one, about nine each) seeded as adapters-db's
 * {@code RankingPlanCheck} seeds them — persons through {@link JdbiPersonRepository#addAll} (COPY, personal
 * data encrypted), entries with one COPY per million, then VACUUM ANALYZE — and the ranking asked through
 * {@link RankDistrictUseCase} ({@link RankDistrictService} on {@link JdbiUsableScoreQuery}) twice, each
 * run timed with its peak heap ({@link HeapPeak}).
 */
public final class RankingBenchmark {

    private static final int PERSON_CHUNK = 100_000;
    private static final int ENTRY_CHUNK = 1_000_000;

    /** One run of the ranking. */
    public record Run(double seconds, int ranked, long heapBaselineBytes, long heapSampledPeakBytes,
            long heapPoolPeakBytes) {
    }

    /** One size: the seed and the runs, with the spot-checked persons' totals both ways. */
    public record Figures(int persons, long entries, double seedSeconds, List<Run> runs,
            Map<PersonId, Points> ranked, Map<PersonId, Points> statements) {

        /** The warm run (the last). */
        public Run warm() {
            return runs.get(runs.size() - 1);
        }

        public boolean statementsAgree() {
            return ranked.equals(statements);
        }
    }

    private final Population population;
    private final BenchPostgres postgres;

    public RankingBenchmark(Population population, BenchPostgres postgres) {
        this.population = population;
        this.postgres = postgres;
    }

    public Figures run(int persons) {
        JifenDatabase database = postgres.freshJifenDatabase("ranking");
        String url = database.config().jdbcUrl();
        try (database) {
            long started = System.nanoTime();
            JdbiCatalogueRepository catalogues = new JdbiCatalogueRepository(database);
            population.catalogues().forEach(catalogues::add);
            importPersons(database, persons);
            long entries = copyEntries(database, persons);
            database.jdbi().useHandle(h -> {
                h.execute("VACUUM (ANALYZE) ledger_entry");
                h.execute("VACUUM (ANALYZE) person");
                h.execute("ANALYZE catalogue");
                h.execute("ANALYZE catalogue_indicator");
            });
            double seedSeconds = (System.nanoTime() - started) / 1e9;

            RankDistrictUseCase rank = new RankDistrictService(new JdbiUsableScoreQuery(database),
                    new SettableClock(Population.NOW, SettableClock.CHINA), DivisionRegistry.standard());
            DistrictRankingQuery query = new DistrictRankingQuery(Caller.of("bench-clerk", Role.CLERK,
                    Population.DISTRICT), Population.DISTRICT, Population.ON, Optional.of(Population.NOW));
            List<Run> runs = new ArrayList<>();
            DistrictRanking ranking = null;
            for (int run = 0; run < 2; run++) {
                ranking = null;
                HeapPeak heap = HeapPeak.start();
                long began = System.nanoTime();
                ranking = rank.rank(query);
                double seconds = (System.nanoTime() - began) / 1e9;
                heap.close();
                runs.add(new Run(seconds, ranking.scores().size(), heap.baselineBytes(), heap.sampledPeakBytes(),
                        heap.poolPeakBytes()));
            }
            return spotCheck(database, persons, entries, seedSeconds, runs, ranking);
        } finally {
            postgres.drop(url);
        }
    }

    /** The first, middle and last residents, and a few between: their ranked totals and their statements' totals. */
    private Figures spotCheck(JifenDatabase database, int persons, long entries, double seedSeconds, List<Run> runs,
            DistrictRanking ranking) {
        Map<PersonId, Points> byRanking = new LinkedHashMap<>();
        Map<PersonId, Points> byStatement = new LinkedHashMap<>();
        Map<PersonId, Points> all = new java.util.HashMap<>();
        for (UsableScore score : ranking.scores()) {
            all.put(score.person(), score.total());
        }
        JdbiLedgerRepository ledgers = new JdbiLedgerRepository(database);
        ScoreStatements statements = new ScoreStatements(CatalogueSet.of(population.catalogues()),
                DivisionRegistry.standard());
        for (int i : new int[] {0, 1, 2, 3, persons / 3, persons / 2, persons - 2, persons - 1}) {
            if (i < 0 || i >= persons) {
                continue;
            }
            PersonId id = Population.personId(i);
            byRanking.put(id, all.get(id));
            byStatement.put(id, statements.build(ledgers.load(id), Population.DISTRICT, Population.ON, Population.NOW)
                    .total());
        }
        return new Figures(persons, entries, seedSeconds, runs, byRanking, byStatement);
    }

    private void importPersons(JifenDatabase database, int count) {
        JdbiPersonRepository repository = new JdbiPersonRepository(database);
        for (int from = 0; from < count; from += PERSON_CHUNK) {
            List<Person> persons = new ArrayList<>();
            for (int i = from; i < Math.min(count, from + PERSON_CHUNK); i++) {
                persons.add(population.resident(i).person());
            }
            database.transactions().inTransaction(() -> {
                repository.addAll(persons);
                return null;
            });
        }
    }

    private long copyEntries(JifenDatabase database, int persons) {
        EntryStream stream = EntryStream.ofResidents(population, persons);
        for (List<LedgerEntry> chunk = stream.next(ENTRY_CHUNK); !chunk.isEmpty(); chunk = stream.next(ENTRY_CHUNK)) {
            List<LedgerEntry> rows = chunk;
            database.jdbi().useTransaction(handle -> {
                try {
                    PostgresCopy.copy(handle, "ledger_entry", LedgerColumns.NAMES, rows, LedgerColumns::values);
                } catch (SQLException e) {
                    throw new IllegalStateException("seeding the ledger failed", e);
                }
            });
        }
        return stream.handedOut();
    }
}
