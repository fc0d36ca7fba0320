package org.jifen.adapters.cli.generate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.jifen.adapters.cli.shell.CliContext;
import org.jifen.adapters.cli.shell.Converters;
import org.jifen.adapters.cli.shell.Progress;
import org.jifen.domain.jurisdiction.DivisionCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code generate --people N --seed S --out DIR}: writes a deterministic synthetic district with
 * {@link DistrictGenerator}; the same options give byte-identical files. Touches no database.
 */
@Command(name = "generate", description = {"Write a deterministic synthetic district (persons, households, system "
        + "data, claims, round candidates, programme) into DIR.", "The same options give byte-identical files."})
public final class GenerateCliCommand implements Callable<Integer> {

    @Option(names = "--people", required = true, paramLabel = "N", description = "how many people (applicants)")
    int people;

    @Option(names = "--seed", required = true, paramLabel = "S", description = "the random seed")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the directory to write into")
    Path out;

    @Option(names = "--district", paramLabel = "D", defaultValue = "330203", converter = Converters.Division.class,
            description = "the district (default: ${DEFAULT-VALUE}, Haishu)")
    DivisionCode district;

    @Option(names = "--as-of", paramLabel = "DATE", defaultValue = "2025-08-31", converter = Converters.Date.class,
            description = "the date the data is as of, and the round's cut-off (default: ${DEFAULT-VALUE})")
    LocalDate asOf;

    @Option(names = "--db", paramLabel = "JDBC_URL", hidden = true, description = "accepted and ignored: generate "
            + "writes files only")
    String db;

    @Spec
    CommandSpec spec;

    private final CliContext context;

    public GenerateCliCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (people < 1) {
            throw new ParameterException(spec.commandLine(), "--people must be 1 or more, got " + people);
        }
        DistrictGenerator.Settings settings;
        try {
            settings = new DistrictGenerator.Settings(district, people, seed, asOf);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        long started = System.nanoTime();
        GeneratedDistrict written;
        try (Progress progress = context.progress("generate", people)) {
            written = new DistrictGenerator(settings).writeTo(out, progress::step);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        context.out().println("generated " + written.persons() + " persons, " + written.householdMembers()
                + " household members, " + written.systemData() + " system-data records, " + written.claims()
                + " claims, " + written.candidates() + " round candidates in " + out + " (" + millis + " ms)");
        context.out().flush();
        return 0;
    }
}
