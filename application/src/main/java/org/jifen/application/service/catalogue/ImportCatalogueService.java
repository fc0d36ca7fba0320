package org.jifen.application.service.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jifen.application.audit.AuditTrail;
import org.jifen.application.port.in.catalogue.ImportCatalogueCommand;
import org.jifen.application.port.in.catalogue.ImportCatalogueResult;
import org.jifen.application.port.in.catalogue.ImportCatalogueUseCase;
import org.jifen.application.port.out.catalogue.CatalogueRepository;
import org.jifen.application.port.out.shared.TransactionRunner;
import org.jifen.domain.access.AccessPolicy;
import org.jifen.domain.access.Role;
import org.jifen.domain.audit.AuditAction;
import org.jifen.domain.catalogue.Catalogue;
import org.jifen.domain.catalogue.CatalogueProblem;
import org.jifen.domain.catalogue.CatalogueSet;
import org.jifen.domain.catalogue.CatalogueVersionId;
import org.jifen.domain.catalogue.InvalidCatalogueException;
import org.jifen.domain.jurisdiction.DivisionRegistry;

/** Loads catalogue versions, all or none, reporting every problem at once. */
public final class ImportCatalogueService implements ImportCatalogueUseCase {

    private final CatalogueRepository catalogues;
    private final DivisionRegistry divisions;
    private final AuditTrail audit;
    private final TransactionRunner transactions;

    public ImportCatalogueService(CatalogueRepository catalogues, DivisionRegistry divisions, AuditTrail audit,
            TransactionRunner transactions) {
        this.catalogues = catalogues;
        this.divisions = divisions;
        this.audit = audit;
        this.transactions = transactions;
    }

    @Override
    public ImportCatalogueResult importCatalogue(ImportCatalogueCommand command) {
        AccessPolicy.requireRole(command.caller(), Role.ADMIN);
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
                List<CatalogueProblem> found = new ArrayList<>(set.problemsAdding(catalogue));
                if (!divisions.isKnown(catalogue.jurisdiction())) {
                    found.add(new CatalogueProblem(catalogue.version().value(), null, "UNKNOWN_DIVISION",
                            catalogue.jurisdiction() + " is not a known administrative division"));
                }
                problems.addAll(found);
                if (found.isEmpty()) {
                    set = set.with(catalogue);
                    toAdd.add(catalogue);
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidCatalogueException(problems);
            }
            for (Catalogue catalogue : toAdd) {
                catalogues.add(catalogue);
                audit.record(command.caller(), AuditAction.CATALOGUE_IMPORTED, catalogue.version().value(),
                        catalogue.tier() + " " + catalogue.jurisdiction() + ", " + catalogue.indicators().size()
                                + " indicators, effective from " + catalogue.effectiveFrom());
            }
            return new ImportCatalogueResult(toAdd.stream().map(Catalogue::version).toList(), alreadyLoaded);
        });
    }
}
