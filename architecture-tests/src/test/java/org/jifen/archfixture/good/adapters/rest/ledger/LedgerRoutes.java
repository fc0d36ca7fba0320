package org.jifen.archfixture.good.adapters.rest.ledger;

import spark.fixture.Service;
import org.jifen.archfixture.good.application.port.in.ledger.PostPointsUseCase;

/** Spark inside the rest adapter: allowed. */
public final class LedgerRoutes {
    private final PostPointsUseCase postPoints;

    public LedgerRoutes(PostPointsUseCase postPoints) {
        this.postPoints = postPoints;
    }

    public void register(Service http) {
        http.post("/ledger", postPoints);
    }
}
