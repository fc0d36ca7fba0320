package org.jifen.adapters.rest.entitlement;

import java.util.List;
import org.jifen.adapters.rest.shared.ApiReply;
import org.jifen.adapters.rest.shared.RouteSet;
import org.jifen.adapters.rest.shared.RouteTable;
import org.jifen.application.port.in.entitlement.EntitlementsQuery;
import org.jifen.application.port.in.entitlement.GetEntitlementsUseCase;
import org.jifen.domain.person.PersonId;

/** {@code GET /api/v1/persons/{personId}/entitlements}: granted and revoked entitlements. */
public final class EntitlementRoutes implements RouteSet {

    /** The person's entitlements, granted and revoked. */
    public record EntitlementsResponse(String personId, List<EntitlementResponse> entitlements) {
    }

    private final GetEntitlementsUseCase entitlements;

    public EntitlementRoutes(GetEntitlementsUseCase entitlements) {
        this.entitlements = entitlements;
    }

    @Override
    public void register(RouteTable routes) {
        routes.get("/api/v1/persons/{personId}/entitlements", call -> {
            PersonId person = PersonId.of(call.path("personId"));
            return ApiReply.ok(new EntitlementsResponse(person.value(),
                    entitlements.entitlements(new EntitlementsQuery(call.caller(), person)).stream()
                            .map(EntitlementResponse::of).toList()));
        });
    }
}
