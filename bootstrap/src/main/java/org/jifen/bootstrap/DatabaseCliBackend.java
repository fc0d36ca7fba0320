package org.jifen.bootstrap;

import com.google.inject.Injector;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jifen.adapters.cli.CliBackend;
import org.jifen.adapters.db.DatabaseConfig;
import org.jifen.adapters.db.JifenDatabase;
import org.jifen.application.JifenUseCases;
import org.jifen.application.memory.SequentialIdGenerator;
import org.jifen.application.port.out.shared.Clock;
import org.jifen.application.port.out.shared.IdGenerator;

/**
 * The CLI's backend on the database adapter: each session is the use cases of
 * {@link CompositionRoot#application} on one database, closed with the session.
 *
 * <ul>
 *   <li>{@link #open}: the database of {@code --db} (the embedded H2 default without one), its key from
 *       {@link DatabaseSettings}, the system clock, random ids.</li>
 *   <li>{@link #openDemo}: an H2 database in memory of its own (nothing on disk, nothing shared with the
 *       operator's data, dropped at close), the demo's clock and sequential ids ({@code PER-000001}…) so
 *       the demo prints the same every time.</li>
 * </ul>
 */
public final class DatabaseCliBackend implements CliBackend {

    private final DatabaseSettings settings;
    private final Clock clock;

    public DatabaseCliBackend(DatabaseSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Session open(Optional<String> jdbcUrl) {
        return session(settings.config(jdbcUrl, Optional.empty()), clock, new RandomIdGenerator(), () -> { });
    }

    @Override
    public Session openDemo(Clock demoClock) {
        // the embedded URL's settings (PostgreSQL mode…) on a private in-memory database kept until SHUTDOWN
        String settingsPart = DatabaseConfig.EMBEDDED_URL.substring(DatabaseConfig.EMBEDDED_URL.indexOf(';'));
        String url = "jdbc:h2:mem:jifen-demo-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1" + settingsPart;
        return session(DatabaseConfig.of(url), demoClock, new SequentialIdGenerator(), () -> shutdown(url));
    }

    private static Session session(DatabaseConfig config, Clock clock, IdGenerator ids, Runnable afterClose) {
        Injector injector = CompositionRoot.application(config, clock, ids);
        JifenDatabase database = CompositionRoot.instance(injector, JifenDatabase.class);
        try {
            return new DatabaseSession(CompositionRoot.instance(injector, JifenUseCases.class), clock, database,
                    afterClose);
        } catch (RuntimeException e) {
            database.close();
            afterClose.run();
            throw e;
        }
    }

    /** Drops an in-memory H2 database (it lives until SHUTDOWN). */
    private static void shutdown(String url) {
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new IllegalStateException("the demo database could not be dropped (SQLSTATE " + e.getSQLState() + ")");
        }
    }

    private static final class DatabaseSession implements Session {

        private final JifenUseCases useCases;
        private final Clock clock;
        private final JifenDatabase database;
        private final Runnable afterClose;
        private boolean closed;

        DatabaseSession(JifenUseCases useCases, Clock clock, JifenDatabase database, Runnable afterClose) {
            this.useCases = useCases;
            this.clock = clock;
            this.database = database;
            this.afterClose = afterClose;
        }

        @Override
        public JifenUseCases useCases() {
            return useCases;
        }

        @Override
        public Clock clock() {
            return clock;
        }

        @Override
        public synchronized void close() {
            if (closed) {
                return;
            }
            closed = true;
            try {
                database.close();
            } finally {
                afterClose.run();
            }
        }
    }
}
