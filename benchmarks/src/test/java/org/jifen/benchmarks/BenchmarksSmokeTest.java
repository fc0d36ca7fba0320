package org.jifen.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jifen.benchmarks.ingest.IngestBenchmark;
import org.jifen.benchmarks.match.MatchBenchmark;
import org.jifen.benchmarks.match.MatchCheck;
import org.jifen.benchmarks.match.MatchWorkload;
import org.jifen.benchmarks.ranking.RankingBenchmark;
import org.jifen.benchmarks.scoring.Delta;
import org.jifen.benchmarks.scoring.DeltaDigest;
import org.jifen.benchmarks.scoring.DroolsScorer;
import org.jifen.benchmarks.scoring.ScoringBenchmark;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.programme.PlaceCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every benchmark once at a tiny size, checking that what it measures is right — never how fast it is:
 * the three scoring engines give the same deltas for every person, every ingest method leaves exactly
 * its entries in the table, the ranking's totals are the statements', the match respects seats and is
 * stable, and the whole command prints its table.
 */
class BenchmarksSmokeTest {

    private static final Population POPULATION = Population.haishu();
    private static BenchPostgres postgres;

    @BeforeAll
    static void startPostgres() {
        postgres = BenchPostgres.start();
    }

    @AfterAll
    static void stopPostgres() {
        postgres.close();
    }

    @Test
    void scoring_domainDroolsAndSql_giveTheSameDeltaForEveryPerson() {
        ScoringBenchmark.Figures figures = new ScoringBenchmark(POPULATION).run(postgres, 400, true);

        List<Delta> domain = figures.domain().sorted();
        assertThat(domain).hasSizeGreaterThan(400);
        assertThat(figures.drools().sorted()).isEqualTo(domain);
        assertThat(figures.sql().sorted()).isEqualTo(domain);
        assertThat(figures.agree()).isTrue();
        assertThat(domain.stream().map(Delta::indicator).distinct().sorted())
                .containsExactly("HS03", "HS06", "HS07", "M02", "M05", "M06", "P01", "P04", "P05");
    }

    @Test
    void scoring_aFirstScoringPostsTheRuleThenCap_asDomainMdSays() {
        Population.Resident resident = firstWithoutPriorLedger();
        long months = resident.quantities().get(IndicatorCode.of("P04")).longValueExact();
        DroolsScorer drools = new DroolsScorer(POPULATION);
        DeltaDigest deltas = DeltaDigest.keeping();
        drools.score(drools.prepare(List.of(resident)), deltas);
        String person = resident.person().id().value();

        // P04 social insurance: 0.50 per full month, capped at 30.00
        long expected = Math.min(months * 50, 3000);
        List<Delta> p04 = deltas.sorted().stream()
                .filter(d -> d.person().equals(person) && d.indicator().equals("P04")).toList();
        assertThat(p04).containsExactly(new Delta(person, "P04", expected));
    }

    private static Population.Resident firstWithoutPriorLedger() {
        for (int i = 0; i < 400; i++) {
            Population.Resident resident = POPULATION.resident(i);
            if (resident.ledger().entries().isEmpty() && resident.quantities().containsKey(IndicatorCode.of("P04"))
                    && resident.quantities().get(IndicatorCode.of("P04")).signum() > 0) {
                return resident;
            }
        }
        throw new IllegalStateException("no resident among the first 400 without a prior ledger");
    }

    @Test
    void ingest_everyMethod_leavesExactlyItsEntriesInTheTable() {
        IngestBenchmark benchmark = new IngestBenchmark(POPULATION, postgres);
        for (IngestBenchmark.Method method : IngestBenchmark.Method.values()) {
            IngestBenchmark.Figures figures = benchmark.run(method, 6_000);
            assertThat(figures.rowsInTable()).as(method.name()).isEqualTo(6_000);
            assertThat(figures.entries()).isEqualTo(6_000);
        }
    }

    @Test
    void ranking_totalsAreTheScoreStatementsTotals() {
        RankingBenchmark.Figures figures = new RankingBenchmark(POPULATION, postgres).run(300);

        assertThat(figures.runs()).hasSize(2);
        assertThat(figures.runs()).allSatisfy(run -> assertThat(run.ranked()).isEqualTo(300));
        assertThat(figures.ranked()).hasSize(8).doesNotContainValue(null);
        assertThat(figures.ranked()).isEqualTo(figures.statements());
        assertThat(figures.ranked().values()).anySatisfy(total -> assertThat(total.isPositive()).isTrue());
        assertThat(figures.entries()).isGreaterThan(300);
    }

    @Test
    void match_respectsSeatsAndIsStable_throughJmh() {
        List<MatchBenchmark.Figures> figures = new MatchBenchmark().run(List.of(1_000),
                new MatchBenchmark.Settings(0, 0, 1, 50));

        assertThat(figures).hasSize(1);
        assertThat(figures.get(0).children()).isEqualTo(1_000);
        // seats for 95 % of the children; five choices leave some seats empty
        assertThat(figures.get(0).placed()).isBetween(800L, 950L);
    }

    @Test
    void matchCheck_refusesAnOverfullSchool_soItIsNoRubberStamp() {
        MatchWorkload workload = MatchWorkload.of(600, 10);
        List<Optional<PlaceCode>> result = new ArrayList<>(workload.run());
        assertThat(MatchCheck.verify(workload, result)).isPositive();
        for (int i = 0; i < result.size(); i++) {
            if (result.get(i).isEmpty()) {
                result.set(i, Optional.of(workload.proposers().get(i).preferences().get(0)));
            }
        }
        assertThatThrownBy(() -> MatchCheck.verify(workload, result)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("seats");
    }

    @Test
    void runAll_printsTheWholeTable_andFindsEveryResultRight() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        String[] args = {"--sizes", "200,400", "--match-sizes", "500,1000", "--jmh", "0,0,1,50"};

        List<String> wrong = new RunAll(out, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .run(RunAll.Options.parse(args), String.join(" ", args));

        String table = buffer.toString(StandardCharsets.UTF_8);
        assertThat(wrong).isEmpty();
        assertThat(table).contains("- machine: ", "processors", "JVM max heap", "- database: PostgreSQL 17",
                "## 1. Scoring kernel", "## 2. Ledger ingest", "## 3. District ranking", "## 4. School match",
                "| 400 ", "PG_RAW_COPY", "H2_PROJECT", "(yes)", "yes (8 checked)", "All results checked: right.");
        assertThat(table).contains("size (");
    }

    @Test
    void options_refuseAnUnknownArgument() {
        assertThatThrownBy(() -> RunAll.Options.parse("--size", "10")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown argument --size");
        assertThat(RunAll.Options.parse().sizes()).containsExactly(10_000, 100_000, 1_000_000);
        assertThat(RunAll.Options.parse("--only", "match,scoring").parts())
                .containsExactly(RunAll.Part.MATCH, RunAll.Part.SCORING);
    }
}
