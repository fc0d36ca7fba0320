package org.jifen.benchmarks.match;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link DeferredAcceptanceBenchmark} through JMH's runner at the given sizes (a forked JVM, a few
 * short iterations: {@link Settings}) and checks one match per size with {@link MatchCheck}.
 */
public final class MatchBenchmark {

    /** JMH settings: forks (0 runs in this JVM), warm-up and measured iterations and their length. */
    public record Settings(int forks, int warmups, int iterations, int iterationMillis) {

        public static Settings standard() {
            return new Settings(1, 3, 5, 1000);
        }
    }

    /** One size: JMH's mean and its error (99.9 %), in ms per match, and the children the check placed. */
    public record Figures(int children, double meanMillis, double errorMillis, long placed) {
    }

    public List<Figures> run(Collection<Integer> sizes, Settings settings) {
        List<Figures> figures = new ArrayList<>();
        for (int children : sizes) {
            MatchWorkload workload = MatchWorkload.of(children, DeferredAcceptanceBenchmark.SCHOOLS);
            long placed = MatchCheck.verify(workload, workload.run());
            ChainedOptionsBuilder options = new OptionsBuilder()
                    .include(DeferredAcceptanceBenchmark.class.getName() + ".match$")
                    .param("children", Integer.toString(children))
                    .forks(settings.forks())
                    .warmupIterations(settings.warmups())
                    .warmupTime(TimeValue.milliseconds(settings.iterationMillis()))
                    .measurementIterations(settings.iterations())
                    .measurementTime(TimeValue.milliseconds(settings.iterationMillis()))
                    .shouldFailOnError(true)
                    .verbosity(org.openjdk.jmh.runner.options.VerboseMode.SILENT);
            try {
                Collection<RunResult> results = new Runner(options.build()).run();
                RunResult result = results.iterator().next();
                figures.add(new Figures(children, result.getPrimaryResult().getScore(),
                        result.getPrimaryResult().getScoreError(), placed));
            } catch (RunnerException e) {
                throw new IllegalStateException("JMH failed for " + children + " children", e);
            }
        }
        return figures;
    }
}
