package org.jifen.adapters.cli.catalogue;

import java.nio.file.Path;
import java.util.List;
import org.jifen.adapters.cli.shell.CliContext;
import org.jifen.adapters.cli.shell.OperatorCommand;
import org.jifen.domain.catalogue.Catalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code catalogue validate FILE}: reads and validates a catalogue file on its own (syntax, tier totals,
 * codes, caps, rules, versions) and lists its versions, or refuses it with every problem at its line.
 * Nothing is loaded.
 */
@Command(name = "validate", description = "Check a catalogue file (YAML) and report every problem with its line; "
        + "nothing is loaded.")
public final class ValidateCatalogueCliCommand extends OperatorCommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "the catalogue file (YAML)")
    Path file;

    public ValidateCatalogueCliCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        existing(file);
        List<Catalogue> catalogues = new CatalogueFileReader().readValidated(file);
        out().println(file + ": valid, " + catalogues.size() + " catalogue version" + (catalogues.size() == 1 ? "" : "s"));
        for (Catalogue catalogue : catalogues) {
            out().println("  " + catalogue.version().value() + "  " + catalogue.tier().chineseName() + "  "
                    + catalogue.indicators().size() + " indicators, effective from " + catalogue.effectiveFrom());
        }
        out().flush();
        return 0;
    }
}
