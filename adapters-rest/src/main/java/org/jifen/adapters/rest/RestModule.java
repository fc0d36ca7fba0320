package org.jifen.adapters.rest;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.util.List;
import org.jifen.adapters.rest.appeal.AppealRoutes;
import org.jifen.adapters.rest.application.ApplicationRoutes;
import org.jifen.adapters.rest.audit.AuditRoutes;
import org.jifen.adapters.rest.catalogue.CatalogueRoutes;
import org.jifen.adapters.rest.entitlement.EntitlementRoutes;
import org.jifen.adapters.rest.health.DatabaseCheck;
import org.jifen.adapters.rest.health.HealthRoutes;
import org.jifen.adapters.rest.ledger.LedgerRoutes;
import org.jifen.adapters.rest.openapi.OpenApiRoutes;
import org.jifen.adapters.rest.person.PersonRoutes;
import org.jifen.adapters.rest.programme.ProgrammeRoutes;
import org.jifen.adapters.rest.shared.ApiServer;
import org.jifen.adapters.rest.shared.ApiServerConfig;
import org.jifen.adapters.rest.shared.BearerTokens;
import org.jifen.adapters.rest.shared.HttpMetrics;
import org.jifen.adapters.rest.shared.IdempotentWrites;
import org.jifen.adapters.rest.shared.RouteSet;
import org.jifen.adapters.rest.systemdata.SystemDataRoutes;
import org.jifen.application.JifenUseCases;

/**
 * The REST adapter's Guice module: the {@link ApiServer} with every area's routes over the
 * {@link JifenUseCases}. The composition root binds {@link JifenUseCases}, {@link ApiServerConfig},
 * {@link BearerTokens} and {@link DatabaseCheck}; the server is built unstarted.
 */
public final class RestModule extends AbstractModule {

    @Provides
    @Singleton
    HttpMetrics metrics() {
        return new HttpMetrics();
    }

    @Provides
    @Singleton
    ApiServer server(ApiServerConfig config, BearerTokens tokens, HttpMetrics metrics, JifenUseCases useCases,
            DatabaseCheck database) {
        return new ApiServer(config, tokens, metrics, routeSets(useCases, database, metrics));
    }

    /** Every area's routes, in the order of INTERFACES.md. */
    public static List<RouteSet> routeSets(JifenUseCases useCases, DatabaseCheck database, HttpMetrics metrics) {
        IdempotentWrites idempotent = new IdempotentWrites(useCases.idempotentWrite());
        return List.of(
                new HealthRoutes(database, metrics),
                new OpenApiRoutes(),
                new CatalogueRoutes(useCases.getCatalogue()),
                new PersonRoutes(useCases.registerPerson(), useCases.getPerson(), useCases.addHouseholdMember(),
                        idempotent),
                new SystemDataRoutes(useCases.recordSystemDataByIdNumber(), idempotent),
                new ApplicationRoutes(useCases.submitApplication(), useCases.getApplication(), useCases.decideClaim(),
                        useCases.publishApplication(), useCases.recordDeduction(), useCases.giveSecondApproval(),
                        idempotent, metrics),
                new LedgerRoutes(useCases.scoreStatement(), useCases.ledger(), useCases.clearPoints(), idempotent,
                        metrics),
                new AppealRoutes(useCases.fileAppeal(), useCases.decideAppeal(), idempotent, metrics),
                new ProgrammeRoutes(useCases.defineProgramme(), useCases.runRound(), useCases.getRound(), idempotent,
                        metrics),
                new EntitlementRoutes(useCases.entitlements()),
                new AuditRoutes(useCases.readAuditLog(), useCases.verifyAuditChain()));
    }
}
