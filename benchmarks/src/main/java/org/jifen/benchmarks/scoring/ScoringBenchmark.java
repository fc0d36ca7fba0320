package org.jifen.benchmarks.scoring;

import java.util.List;
import org.jifen.benchmarks.BenchPostgres;
import org.jifen.benchmarks.Population;
import org.jifen.benchmarks.Population.Resident;

/**
 * The scoring kernel for {@code n} residents by the domain, by Drools and by one SQL statement in
 * PostgreSQL, each from the same facts to the same deltas. Residents are made a slice at a time (not
 * timed); each engine's time is the sum over the slices of its own work only, each timed part started on
 * a collected heap (so that neither engine pays for the garbage of the population or of the other). The
 * domain and Drools are warmed up alike first: {@value #WARM_UP_PASSES} passes each over the same (up to
 * {@value #WARM_UP}) residents, enough for the JIT to compile both hot paths; the SQL statement is run
 * twice and the second run counts (the first brings the tables into shared buffers).
 */
public final class ScoringBenchmark {

    static final int SLICE = 100_000;
    static final int WARM_UP = 20_000;
    static final int WARM_UP_PASSES = 5;

    /** What one size gave: seconds per engine and each engine's deltas. */
    public record Figures(int persons, double domainSeconds, double droolsSeconds, double sqlSeconds,
            DeltaDigest domain, DeltaDigest drools, DeltaDigest sql) {

        public boolean agree() {
            return domain.sameAs(drools) && domain.sameAs(sql);
        }
    }

    private final Population population;
    private final DomainScorer domain;
    private final DroolsScorer drools;

    public ScoringBenchmark(Population population) {
        this.population = population;
        this.domain = new DomainScorer(population);
        this.drools = new DroolsScorer(population);
    }

    public DroolsScorer drools() {
        return drools;
    }

    /** Scores residents 0..n−1 by the three engines; {@code keep} keeps every delta for comparison (small n). */
    public Figures run(BenchPostgres postgres, int n, boolean keep) {
        warmUp(Math.min(n, WARM_UP));
        String url = postgres.freshDatabase("scoring");
        try {
            SqlScorer sql = new SqlScorer(population, url);
            sql.create();
            DeltaDigest byDomain = keep ? DeltaDigest.keeping() : DeltaDigest.summing();
            DeltaDigest byDrools = keep ? DeltaDigest.keeping() : DeltaDigest.summing();
            long domainNanos = 0;
            long droolsNanos = 0;
            for (int from = 0; from < n; from += SLICE) {
                List<Resident> residents = population.residents(from, Math.min(n, from + SLICE));
                System.gc();
                long started = System.nanoTime();
                domain.score(residents, byDomain);
                domainNanos += System.nanoTime() - started;
                List<DroolsScorer.Batch> batches = drools.prepare(residents);
                System.gc();
                started = System.nanoTime();
                drools.score(batches, byDrools);
                droolsNanos += System.nanoTime() - started;
                sql.append(residents);
            }
            sql.analyze();
            sql.score(DeltaDigest.summing());
            DeltaDigest bySql = keep ? DeltaDigest.keeping() : DeltaDigest.summing();
            long started = System.nanoTime();
            sql.score(bySql);
            long sqlNanos = System.nanoTime() - started;
            return new Figures(n, domainNanos / 1e9, droolsNanos / 1e9, sqlNanos / 1e9, byDomain, byDrools, bySql);
        } finally {
            postgres.drop(url);
        }
    }

    private void warmUp(int n) {
        List<Resident> residents = population.residents(0, n);
        List<DroolsScorer.Batch> batches = drools.prepare(residents);
        for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
            domain.score(residents, DeltaDigest.summing());
            drools.score(batches, DeltaDigest.summing());
        }
    }
}
