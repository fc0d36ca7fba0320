package org.jifen.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import org.jifen.adapters.db.JifenDatabase;
import org.jifen.adapters.rest.health.DatabaseCheck;
import org.jifen.adapters.rest.shared.ApiServerConfig;
import org.jifen.adapters.rest.shared.BearerTokens;

/**
 * What the REST adapter's {@code RestModule} asks of the composition root: how the server runs, whose
 * bearer tokens it accepts, and how {@code /health} checks the database (a pooled connection that
 * answers within two seconds).
 */
public final class ServerModule extends AbstractModule {

    private static final int HEALTH_TIMEOUT_SECONDS = 2;

    private final ApiServerConfig config;
    private final BearerTokens tokens;

    public ServerModule(ApiServerConfig config, BearerTokens tokens) {
        this.config = Objects.requireNonNull(config, "config");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
    }

    @Override
    protected void configure() {
        bind(ApiServerConfig.class).toInstance(config);
        bind(BearerTokens.class).toInstance(tokens);
    }

    @Provides
    @Singleton
    DatabaseCheck databaseCheck(JifenDatabase database) {
        return () -> {
            try (Connection connection = database.dataSource().getConnection()) {
                return connection.isValid(HEALTH_TIMEOUT_SECONDS);
            } catch (SQLException e) {
                return false;
            }
        };
    }
}
