package org.jifen.adapters.cli.catalogue;

import java.nio.file.Path;
import java.util.List;
import org.jifen.adapters.cli.shell.CliContext;
import org.jifen.adapters.cli.shell.OperatorCommand;
import org.jifen.application.port.in.catalogue.ImportCatalogueCommand;
import org.jifen.application.port.in.catalogue.ImportCatalogueResult;
import org.jifen.domain.access.Role;
import org.jifen.domain.catalogue.Catalogue;
import org.jifen.domain.catalogue.CatalogueVersionId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code catalogue import FILE}: validates a catalogue file and loads its versions through
 * {@code ImportCatalogueUseCase}, all or none; versions already loaded identically are skipped.
 */
@Command(name = "import", description = "Load the catalogue versions of a file (YAML), all or none.")
public final class ImportCatalogueCliCommand extends OperatorCommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "the catalogue file (YAML)")
    Path file;

    public ImportCatalogueCliCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        existing(file);
        List<Catalogue> catalogues = new CatalogueFileReader().readValidated(file);
        ImportCatalogueResult result = onDatabase(session -> session.useCases().importCatalogue()
                .importCatalogue(new ImportCatalogueCommand(operator.caller(Role.ADMIN), catalogues)));
        out().println("imported " + names(result.imported()) + (result.alreadyLoaded().isEmpty() ? ""
                : "; already loaded: " + names(result.alreadyLoaded())));
        out().flush();
        return 0;
    }

    static String names(List<CatalogueVersionId> versions) {
        return versions.isEmpty() ? "nothing new" : String.join(", ", versions.stream().map(CatalogueVersionId::value)
                .toList());
    }
}
