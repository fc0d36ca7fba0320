package org.jifen.adapters.db;

import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh, migrated database for each test, as a JUnit extension: declare
 * {@code @RegisterExtension final TestDatabase db = TestDatabase.h2();} (or {@link #postgres()}) in a
 * test class that extends a port contract, and return {@code db.get(JdbiXxxRepository.class,
 * JdbiXxxRepository::new)} from the contract's factory methods: the same repository for every call in
 * a test, an empty store for each test.
 *
 * <p>H2 runs in memory ({@code MODE=PostgreSQL}); PostgreSQL is the shared {@link PostgresServer}, a
 * new schema per test. Both use the fixed test key {@link #KEY}.
 */
public final class TestDatabase implements BeforeEachCallback, AfterEachCallback {

    /** The personal-data key of every test database (a test key, protecting synthetic data only). */
    public static final PersonalDataKey KEY = PersonalDataKey.fromBase64("dGVzdC1vbmx5LWtleS1mb3ItamlmZW4tdGVzdHMhISE=");

    /** Flyway and HikariCP report every start at INFO through java.util.logging: quiet in tests. */
    private static final java.util.List<java.util.logging.Logger> QUIET = java.util.stream.Stream
            .of("org.flywaydb", "com.zaxxer.hikari")
            .map(java.util.logging.Logger::getLogger)
            .peek(logger -> logger.setLevel(java.util.logging.Level.WARNING))
            .toList();

    private final Dialect dialect;
    private final UnaryOperator<DatabaseConfig> customise;
    private final Map<Class<?>, Object> components = new ConcurrentHashMap<>();
    private JifenDatabase database;
    private String url;

    private TestDatabase(Dialect dialect, UnaryOperator<DatabaseConfig> customise) {
        this.dialect = dialect;
        this.customise = customise;
    }

    /** H2 in memory, a new database per test. */
    public static TestDatabase h2() {
        return new TestDatabase(Dialect.H2, UnaryOperator.identity());
    }

    /** PostgreSQL (embedded or {@code JIFEN_TEST_PG_URL}), a new schema per test. */
    public static TestDatabase postgres() {
        return new TestDatabase(Dialect.POSTGRESQL, UnaryOperator.identity());
    }

    /** The same database, its configuration changed (another cipher, pool size…). */
    public TestDatabase configured(UnaryOperator<DatabaseConfig> change) {
        return new TestDatabase(dialect, config -> change.apply(customise.apply(config)));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        String name = context.getRequiredTestClass().getSimpleName() + "_" + context.getRequiredTestMethod().getName();
        url = dialect == Dialect.H2
                ? Dialect.H2.complete("jdbc:h2:mem:" + name + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
                : PostgresServer.freshSchema(name);
        database = JifenDatabase.open(customise.apply(DatabaseConfig.of(url).withPersonalDataKey(KEY)));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        components.clear();
        if (database != null) {
            database.close();
            if (dialect == Dialect.H2) {
                dropInMemoryDatabase();
            }
            database = null;
        }
        if (dialect == Dialect.POSTGRESQL && url != null) {
            PostgresServer.dropSchema(url);
        }
    }

    /** An in-memory H2 database lives until SHUTDOWN (DB_CLOSE_DELAY=-1): free it. */
    private void dropInMemoryDatabase() {
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(url);
             java.sql.Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot drop the in-memory test database", e);
        }
    }

    public JifenDatabase database() {
        if (database == null) {
            throw new IllegalStateException("the database exists only while a test runs");
        }
        return database;
    }

    /** The JDBC URL of this test's database, for plain JDBC too (a schema of its own on PostgreSQL). */
    public String url() {
        return url;
    }

    public Dialect dialect() {
        return dialect;
    }

    public JdbiTransactionRunner transactions() {
        return database().transactions();
    }

    /** One component of this test's database, made on first use and kept for the rest of the test. */
    public <T> T get(Class<T> type, Function<JifenDatabase, ? extends T> factory) {
        return type.cast(components.computeIfAbsent(type, t -> factory.apply(database())));
    }
}
