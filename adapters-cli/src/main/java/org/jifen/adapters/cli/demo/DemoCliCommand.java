package org.jifen.adapters.cli.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.jifen.adapters.cli.CliBackend;
import org.jifen.adapters.cli.shell.CliContext;
import org.jifen.application.memory.SettableClock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code demo}: the main job from start to end on a fresh database of its own ({@link CliBackend#openDemo})
 * with a simulated clock moving through September to November 2025 (see {@link DemoRun}). Prints, in
 * Chinese, what happens at each step, score statements and the round. Touches none of the operator's data.
 */
@Command(name = "demo", description = {"Run the main job on a fresh database of its own: a synthetic Haishu "
        + "district is generated and imported, auto-scored, applications reviewed and published, an appeal "
        + "upheld, a school round run and a fraud cleared; prints score statements and the round in Chinese.",
        "The simulated dates lie in September to November 2025."})
public final class DemoCliCommand implements Callable<Integer> {

    @Option(names = "--people", paramLabel = "N", defaultValue = "200",
            description = "people in the synthetic district (default: ${DEFAULT-VALUE})")
    int people;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "20250915",
            description = "the generator's seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--db", paramLabel = "JDBC_URL", hidden = true,
            description = "accepted and ignored: the demo always runs on a fresh database of its own")
    String db;

    private final CliContext context;

    public DemoCliCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        SettableClock clock = SettableClock.at(LocalDate.of(2025, 9, 15));
        Path work;
        try {
            work = Files.createTempDirectory("jifen-demo-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the demo's working directory", e);
        }
        try (CliBackend.Session session = context.backend().openDemo(clock)) {
            new DemoRun(context, session, clock, work, people, seed).run();
        } finally {
            deleteQuietly(work);
        }
        return 0;
    }

    private static void deleteQuietly(Path directory) {
        try (var files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
