package org.jifen.adapters.rest.catalogue;

import org.jifen.adapters.rest.shared.ApiReply;
import org.jifen.adapters.rest.shared.RouteSet;
import org.jifen.adapters.rest.shared.RouteTable;
import org.jifen.application.port.in.catalogue.CatalogueQuery;
import org.jifen.application.port.in.catalogue.GetCatalogueUseCase;
import org.jifen.domain.jurisdiction.DivisionCode;

/** {@code GET /api/v1/catalogue?district=&on=}: the indicators in force, for any authenticated caller. */
public final class CatalogueRoutes implements RouteSet {

    private final GetCatalogueUseCase catalogue;

    public CatalogueRoutes(GetCatalogueUseCase catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public void register(RouteTable routes) {
        routes.get("/api/v1/catalogue", call -> ApiReply.ok(CatalogueResponse.of(catalogue.catalogue(new CatalogueQuery(
                call.caller(), DivisionCode.of(call.requiredQuery("district")),
                call.dateQuery("on").orElseThrow(() -> org.jifen.adapters.rest.shared.ApiException.badField(
                        "MISSING_PARAMETER", "on", "required")))))));
    }
}
