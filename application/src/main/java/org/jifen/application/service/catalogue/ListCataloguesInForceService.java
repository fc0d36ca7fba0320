package org.jifen.application.service.catalogue;

import java.util.List;
import org.jifen.application.port.in.catalogue.CataloguesInForceQuery;
import org.jifen.application.port.in.catalogue.ListCataloguesInForceUseCase;
import org.jifen.application.port.out.catalogue.CatalogueRepository;
import org.jifen.domain.catalogue.Catalogue;
import org.jifen.domain.jurisdiction.DivisionLevel;
import org.jifen.domain.jurisdiction.DivisionRegistry;
import org.jifen.domain.shared.InvalidValueException;

/** The tier catalogues in force in a district on a date, provincial first. */
public final class ListCataloguesInForceService implements ListCataloguesInForceUseCase {

    private final CatalogueRepository catalogues;
    private final DivisionRegistry divisions;

    public ListCataloguesInForceService(CatalogueRepository catalogues, DivisionRegistry divisions) {
        this.catalogues = catalogues;
        this.divisions = divisions;
    }

    @Override
    public List<Catalogue> list(CataloguesInForceQuery query) {
        divisions.require(query.district());
        if (query.district().level() != DivisionLevel.DISTRICT) {
            throw new InvalidValueException("NOT_A_DISTRICT", "district",
                    "catalogues apply in a district, not in " + query.district() + " (" + query.district().level()
                            + ")");
        }
        return catalogues.catalogueSet().applicableIn(query.district(), query.on());
    }
}
