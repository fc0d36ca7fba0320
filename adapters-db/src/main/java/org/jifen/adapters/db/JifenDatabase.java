package org.jifen.adapters.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * Jifen's database, opened: a HikariCP pool on the configured URL, the schema migrated by Flyway
 * (on every start; a migrated schema is left as it is), one {@link Jdbi} (SqlObject, and the
 * PostgreSQL plugin on PostgreSQL), the transaction runner every repository joins, the per-key
 * transaction locks and the personal-data cipher. Close it to close the pool.
 */
public final class JifenDatabase implements AutoCloseable {

    private final DatabaseConfig config;
    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final JdbiTransactionRunner transactions;
    private final TransactionLocks locks;
    private final PersonalDataCipher personalData;
    private final int migrationsApplied;

    private JifenDatabase(DatabaseConfig config, HikariDataSource dataSource, PersonalDataCipher personalData,
            int migrationsApplied) {
        this.config = config;
        this.migrationsApplied = migrationsApplied;
        this.dataSource = dataSource;
        this.personalData = personalData;
        this.jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
        // failures are logged server-side (SqlFailures) with the driver's message (which holds the SQL with its
        // placeholders) and never with the bound values (names, ciphertexts): SHORT_STATEMENT would append
        // "arguments:{…}" to every message (ServeLogsTest found it), NONE keeps only the driver's message
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(StatementExceptions.MessageRendering.NONE);
        if (config.dialect() == Dialect.POSTGRESQL) {
            jdbi.installPlugin(new PostgresPlugin());
        }
        this.transactions = new JdbiTransactionRunner(jdbi);
        this.locks = new TransactionLocks(transactions, config.dialect());
    }

    /**
     * Opens and migrates the database. The personal-data key comes from the configuration; without
     * one, an H2 file database reads (or on first start creates) the key file beside it, an in-memory
     * H2 database makes a key for its lifetime, and PostgreSQL is refused with
     * {@code PERSONAL_DATA_KEY_MISSING}.
     */
    public static JifenDatabase open(DatabaseConfig config) {
        Objects.requireNonNull(config, "config");
        PersonalDataCipher personalData = new PersonalDataCipher(key(config), config.cipher());
        HikariDataSource dataSource = pool(config);
        try {
            int applied = migrate(dataSource, config.dialect());
            return new JifenDatabase(config, dataSource, personalData, applied);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    private static PersonalDataKey key(DatabaseConfig config) {
        if (config.personalDataKey().isPresent()) {
            return config.personalDataKey().get();
        }
        if (config.inMemory()) {
            return PersonalDataKey.generate();
        }
        return config.embeddedKeyFile().map(PersonalDataKey::loadOrCreate)
                .orElseThrow(() -> new DatabaseConfigurationException("PERSONAL_DATA_KEY_MISSING",
                        "no personal-data key is configured for " + DatabaseConfig.withoutSecrets(config.jdbcUrl())
                                + ": ID numbers and phones are stored encrypted, so give the database module a"
                                + " 128- or 256-bit key (base64) from the deployment's secrets, never from the"
                                + " repository; only the embedded H2 database creates a key file of its own"));
    }

    private static HikariDataSource pool(DatabaseConfig config) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("jifen");
        hikari.setJdbcUrl(config.dialect().complete(config.jdbcUrl()));
        config.user().ifPresent(hikari::setUsername);
        config.password().ifPresent(hikari::setPassword);
        hikari.setMaximumPoolSize(config.maxPoolSize());
        hikari.setMinimumIdle(Math.min(2, config.maxPoolSize()));
        hikari.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        if (config.dialect() == Dialect.POSTGRESQL) {
            // a JDBC batch of INSERTs becomes multi-row INSERTs: bulk postings and imports in few round trips
            hikari.addDataSourceProperty("reWriteBatchedInserts", "true");
            hikari.addDataSourceProperty("ApplicationName", "jifen");
            // the server's error detail repeats row values ("Failing row contains …"): keep them out of logs
            hikari.addDataSourceProperty("logServerErrorDetail", "false");
        }
        try {
            return new HikariDataSource(hikari);
        } catch (RuntimeException e) {
            throw new DatabaseConfigurationException("DATABASE_UNAVAILABLE",
                    "cannot connect to " + DatabaseConfig.withoutSecrets(config.jdbcUrl()), e);
        }
    }

    private static Flyway flyway(DataSource dataSource, Dialect dialect) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations(dialect.migrationLocations().toArray(String[]::new))
                .validateMigrationNaming(true)
                .load();
    }

    private static int migrate(DataSource dataSource, Dialect dialect) {
        try {
            return flyway(dataSource, dialect).migrate().migrationsExecuted;
        } catch (FlywayException e) {
            throw new DatabaseConfigurationException("MIGRATION_FAILED",
                    "the database schema could not be migrated: " + e.getMessage(), e);
        }
    }

    public Dialect dialect() {
        return config.dialect();
    }

    /** How many migrations opening this database applied (0 when its schema was already current). */
    public int migrationsApplied() {
        return migrationsApplied;
    }

    /**
     * The version the schema is at, as Flyway numbers it ({@code 3} on H2; {@code 3.1} on PostgreSQL,
     * whose own migrations follow the shared ones).
     */
    public String schemaVersion() {
        try {
            org.flywaydb.core.api.MigrationInfo current = flyway(dataSource, config.dialect()).info().current();
            return current == null || current.getVersion() == null ? "0" : current.getVersion().getVersion();
        } catch (FlywayException e) {
            throw new DatabaseConfigurationException("MIGRATION_FAILED",
                    "the schema version could not be read: " + e.getMessage(), e);
        }
    }

    public DatabaseConfig config() {
        return config;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** The transaction runner every repository of this database joins. */
    public JdbiTransactionRunner transactions() {
        return transactions;
    }

    /** Locks held to the end of the current transaction. */
    public TransactionLocks locks() {
        return locks;
    }

    /** Encryption and lookup hashes of personal data. */
    public PersonalDataCipher personalData() {
        return personalData;
    }

    @Override
    public void close() {
        dataSource.close();
    }

    @Override
    public String toString() {
        return "JifenDatabase[" + config + "]";
    }
}
