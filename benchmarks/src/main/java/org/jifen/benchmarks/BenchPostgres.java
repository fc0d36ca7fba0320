package org.jifen.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jifen.adapters.db.DatabaseConfig;
import org.jifen.adapters.db.JifenDatabase;
import org.jifen.adapters.db.PersonalDataKey;

/**
 * The PostgreSQL 17 the benchmarks run on: started from the zonky binaries (as the db adapter's tests
 * start it) in a temporary directory, with the settings {@link #SETTINGS} names, and stopped at the end.
 * Each benchmark run gets a database of its own ({@link #freshDatabase}), dropped afterwards, so no run
 * sees another's rows (the ledger's append-only triggers refuse DELETE and TRUNCATE; DROP DATABASE is
 * how a benchmark starts again from empty).
 */
public final class BenchPostgres implements AutoCloseable {

    /** Server settings beyond zonky's (which runs with fsync and synchronous_commit off). */
    private static final String[][] SETTINGS = {
        {"shared_buffers", "1GB"}, {"work_mem", "64MB"}, {"maintenance_work_mem", "512MB"}, {"max_wal_size", "8GB"},
        // the benchmarks VACUUM ANALYZE where they need it: an autovacuum starting mid-run would blur the timing
        {"autovacuum", "off"}};

    private final Path directory;
    private final EmbeddedPostgres server;
    private final PersonalDataKey key = PersonalDataKey.generate();
    private final AtomicInteger databases = new AtomicInteger();

    private BenchPostgres(Path directory, EmbeddedPostgres server) {
        this.directory = directory;
        this.server = server;
    }

    public static BenchPostgres start() {
        try {
            Path directory = Files.createTempDirectory("jifen-bench-pg");
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setDataDirectory(directory);
            for (String[] setting : SETTINGS) {
                builder.setServerConfig(setting[0], setting[1]);
            }
            return new BenchPostgres(directory, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
    }

    /** A JDBC URL of a new, empty database. */
    public String freshDatabase(String purpose) {
        String name = "bench_" + databases.incrementAndGet() + "_" + purpose;
        execute(adminUrl(), "CREATE DATABASE " + name);
        return server.getJdbcUrl("postgres", name);
    }

    /** Opens (and migrates) Jifen's schema in a new database. */
    public JifenDatabase freshJifenDatabase(String purpose) {
        return JifenDatabase.open(DatabaseConfig.of(freshDatabase(purpose)).withPersonalDataKey(key));
    }

    /** Drops a database made by {@link #freshDatabase} (its connections must be closed). */
    public void drop(String jdbcUrl) {
        String name = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        execute(adminUrl(), "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private String adminUrl() {
        return server.getJdbcUrl("postgres", "postgres");
    }

    /** The server's version and the settings that bear on the figures, for the table's header. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(adminUrl()); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SHOW server_version")) {
                r.next();
                parts.add("PostgreSQL " + r.getString(1) + " (embedded, zonky binaries)");
            }
            for (String setting : List.of("fsync", "synchronous_commit", "shared_buffers", "work_mem",
                    "max_parallel_workers_per_gather", "autovacuum")) {
                try (ResultSet r = s.executeQuery("SHOW " + setting)) {
                    r.next();
                    parts.add(setting + " " + r.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the server's settings", e);
        }
        return String.join(", ", parts);
    }

    static void execute(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("failed: " + sql, e);
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            TempFiles.deleteQuietly(directory);
        }
    }
}
