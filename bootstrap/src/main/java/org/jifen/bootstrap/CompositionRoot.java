package org.jifen.bootstrap;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.ProvisionException;
import java.util.ArrayList;
import java.util.List;
import org.jifen.adapters.db.DatabaseConfig;
import org.jifen.adapters.db.DatabaseModule;
import org.jifen.adapters.rest.RestModule;
import org.jifen.adapters.rest.shared.ApiServerConfig;
import org.jifen.adapters.rest.shared.BearerTokens;
import org.jifen.application.port.out.shared.Clock;
import org.jifen.application.port.out.shared.IdGenerator;

/**
 * Where Jifen is assembled: the database adapter's {@link DatabaseModule}, the application's
 * {@link JifenModule} and, to serve, the REST adapter's {@link RestModule} with the {@link ServerModule}.
 * Every entry point (the {@code serve} command, the CLI backend, the tests over HTTP) builds its object
 * graph here, so they all run the same wiring. An embedding team copies this class.
 */
public final class CompositionRoot {

    private CompositionRoot() {
    }

    /** The use cases on a database: {@code DatabaseModule} + {@code JifenModule}. */
    public static Injector application(DatabaseConfig database, Clock clock, IdGenerator ids) {
        return create(List.of(new DatabaseModule(database), new JifenModule(clock, ids)));
    }

    /** The REST server on a database: the application's modules + {@code RestModule} + {@code ServerModule}. */
    public static Injector server(DatabaseConfig database, Clock clock, IdGenerator ids, ApiServerConfig api,
            BearerTokens tokens) {
        return create(List.of(new DatabaseModule(database), new JifenModule(clock, ids), new RestModule(),
                new ServerModule(api, tokens)));
    }

    private static Injector create(List<Module> modules) {
        return Guice.createInjector(new ArrayList<>(modules));
    }

    /**
     * An instance from the injector; a failure while providing it (the database cannot be opened, say)
     * is thrown as itself, not wrapped in Guice's {@link ProvisionException}.
     */
    public static <T> T instance(Injector injector, Class<T> type) {
        try {
            return injector.getInstance(type);
        } catch (ProvisionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime && e.getErrorMessages().size() == 1) {
                throw runtime;
            }
            throw e;
        }
    }
}
