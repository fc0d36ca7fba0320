package org.jifen.benchmarks.match;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jifen.domain.programme.PlaceCode;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH: the school match ({@link org.jifen.domain.programme.DeferredAcceptance}) of {@code children}
 * children × 5 preferences × 300 schools, the time of one whole match.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DeferredAcceptanceBenchmark {

    public static final int SCHOOLS = 300;

    @Param({"10000", "100000", "200000"})
    public int children;

    private MatchWorkload workload;

    @Setup(Level.Trial)
    public void setUp() {
        workload = MatchWorkload.of(children, SCHOOLS);
    }

    @Benchmark
    public List<Optional<PlaceCode>> match() {
        return workload.run();
    }
}
