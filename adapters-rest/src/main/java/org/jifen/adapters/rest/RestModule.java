package org.jifen.adapters.rest;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.util.List;
import org.jifen.adapters.rest.application.ApplicationRoutes;
import org.jifen.adapters.rest.health.DatabaseCheck;
import org.jifen.adapters.rest.health.HealthRoutes;
import org.jifen.adapters.rest.openapi.OpenApiRoutes;
import org.jifen.adapters.rest.person.PersonRoutes;
import org.jifen.adapters.rest.shared.ApiServer;
import org.jifen.adapters.rest.shared.ApiServerConfig;
import org.jifen.adapters.rest.shared.BearerTokens;
import org.jifen.adapters.rest.shared.HttpMetrics;
import org.jifen.adapters.rest.shared.RouteSet;
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
        return List.of(
                new HealthRoutes(database, metrics),
                new OpenApiRoutes(),
                new PersonRoutes(useCases.registerPerson(), useCases.getPerson(), useCases.addHouseholdMember()),
                new ApplicationRoutes(useCases.submitApplication(), useCases.getApplication(), useCases.decideClaim(),
                        useCases.publishApplication()));
    }
}
