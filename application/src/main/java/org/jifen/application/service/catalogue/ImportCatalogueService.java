package org.jifen.application.service.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jifen.application.port.in.catalogue.ImportCatalogueCommand;
import org.jifen.application.port.in.catalogue.ImportCatalogueResult;
import org.jifen.application.port.in.catalogue.ImportCatalogueUseCase;
import org.jifen.application.port.out.catalogue.CatalogueRepository;
import org.jifen.application.port.out.shared.TransactionRunner;
import org.jifen.domain.catalogue.Catalogue;
import org.jifen.domain.catalogue.CatalogueProblem;
import org.jifen.domain.catalogue.CatalogueSet;
import org.jifen.domain.catalogue.CatalogueVersionId;
import org.jifen.domain.catalogue.InvalidCatalogueException;

/** Loads catalogue versions, all or none, reporting every problem at once. */
public final class ImportCatalogueService implements ImportCatalogueUseCase {

    private final CatalogueRepository catalogues;
    private final TransactionRunner transactions;

    public ImportCatalogueService(CatalogueRepository catalogues, TransactionRunner transactions) {
        this.catalogues = catalogues;
        this.transactions = transactions;
    }

    @Override
    public ImportCatalogueResult importCatalogue(ImportCatalogueCommand command) {
        return transactions.inTransaction(() -> {
            CatalogueSet set = catalogues.catalogueSet();
            List<CatalogueProblem> problems = new ArrayList<>();
            List<Catalogue> toAdd = new ArrayList<>();
            List<CatalogueVersionId> alreadyLoaded = new ArrayList<>();
            for (Catalogue catalogue : command.catalogues()) {
                Optional<Catalogue> loaded = set.find(catalogue.version());
                if (loaded.isPresent() && loaded.get().equals(catalogue)) {
                    alreadyLoaded.add(catalogue.version());
                    continue;
                }
                List<CatalogueProblem> found = set.problemsAdding(catalogue);
                problems.addAll(found);
                if (found.isEmpty()) {
                    set = set.with(catalogue);
                    toAdd.add(catalogue);
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidCatalogueException(problems);
            }
            toAdd.forEach(catalogues::add);
            return new ImportCatalogueResult(toAdd.stream().map(Catalogue::version).toList(), alreadyLoaded);
        });
    }
}
