package org.jifen.bootstrap;

import com.google.inject.Injector;
import java.util.Objects;
import org.jifen.adapters.db.DatabaseConfig;
import org.jifen.adapters.db.JifenDatabase;
import org.jifen.adapters.rest.shared.ApiServer;
import org.jifen.adapters.rest.shared.ApiServerConfig;
import org.jifen.adapters.rest.shared.BearerTokens;
import org.jifen.application.JifenUseCases;
import org.jifen.application.port.out.shared.Clock;
import org.jifen.application.port.out.shared.IdGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jifen serving: the database opened and migrated, then the REST server started on it, both from
 * {@link CompositionRoot#server}. {@link #close()} stops in that order's reverse: the server first
 * (gracefully — new connections refused, requests in flight finish within the stop timeout), then the
 * database pool, so no acknowledged write is cut off.
 */
public final class JifenServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(JifenServer.class);

    private final JifenDatabase database;
    private final ApiServer server;
    private final JifenUseCases useCases;
    private boolean closed;

    private JifenServer(JifenDatabase database, ApiServer server, JifenUseCases useCases) {
        this.database = database;
        this.server = server;
        this.useCases = useCases;
    }

    /**
     * Opens the database (refused with its {@code DatabaseConfigurationException} code when it cannot)
     * and starts the server on it.
     */
    public static JifenServer start(DatabaseConfig databaseConfig, ApiServerConfig api, BearerTokens tokens, Clock clock,
            IdGenerator ids) {
        Objects.requireNonNull(databaseConfig, "databaseConfig");
        Injector injector = CompositionRoot.server(databaseConfig, clock, ids, api, tokens);
        JifenDatabase database = CompositionRoot.instance(injector, JifenDatabase.class);
        LOG.info("{} database at schema version {} ({} migration(s) applied now)", database.dialect(),
                database.schemaVersion(), database.migrationsApplied());
        try {
            JifenUseCases useCases = CompositionRoot.instance(injector, JifenUseCases.class);
            ApiServer server;
            try {
                server = CompositionRoot.instance(injector, ApiServer.class).start();
            } catch (IllegalStateException e) {
                // the port is taken or the address is not this machine's: the operator's to fix
                throw new StartupException("SERVER_START_FAILED", e.getMessage(), e);
            }
            LOG.info("serving on port {} ({} database, clock {})", server.port(), database.dialect(), clock.zone());
            return new JifenServer(database, server, useCases);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** The port listened on (the free port picked when configured as 0). */
    public int port() {
        return server.port();
    }

    /** The use cases the server drives (for seeding reference data in tests and tools). */
    public JifenUseCases useCases() {
        return useCases;
    }

    public JifenDatabase database() {
        return database;
    }

    /** Stops the server gracefully, then closes the database; a second call does nothing. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            server.stop();
            LOG.info("REST server stopped");
        } finally {
            database.close();
            LOG.info("database closed");
        }
    }
}
