package org.jifen.benchmarks.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;
import org.jifen.adapters.db.DatabaseConfig;
import org.jifen.adapters.db.JifenDatabase;
import org.jifen.adapters.db.ledger.JdbiLedgerRepository;
import org.jifen.benchmarks.BenchPostgres;
import org.jifen.benchmarks.Population;
import org.jifen.benchmarks.TempFiles;
import org.jifen.domain.ledger.LedgerEntry;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Ledger ingest: the same {@code n} entries written into an empty {@code ledger_entry} (Jifen's schema,
 * its indexes and, on PostgreSQL, its append-only triggers) by each {@link Method}, each in a database of
 * its own. Making the entries is not timed; only the writes are. The table's row count is read back.
 */
public final class IngestBenchmark {

    /** Entries per transaction on the project's COPY path, H2 and the raw COPY: a district slice's postings. */
    static final int CHUNK = 50_000;
    /**
     * Entries per append on the project's batched path: below the repository's COPY threshold (5,000),
     * so {@link JdbiLedgerRepository#append} sends JDBC batches (multi-row INSERTs) instead.
     */
    static final int BATCHED_CHUNK = 4_000;

    /** How the entries are written. */
    public enum Method {
        H2_PROJECT("H2 (file), project path: JdbiLedgerRepository.append, 50k per transaction"),
        PG_PROJECT_BATCHED("PostgreSQL, project path batched: append of 4k (multi-row INSERTs), a transaction each"),
        PG_PROJECT_COPY("PostgreSQL, project path COPY: append of 50k (key check + COPY), a transaction each"),
        PG_NAIVE_INSERT("PostgreSQL, naive: one INSERT per row, autocommit"),
        PG_RAW_COPY("PostgreSQL, raw COPY of the same rows, 50k per COPY (the ceiling)");

        private final String description;

        Method(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /** One method at one size: the seconds the writes took and the rows the table then held. */
    public record Figures(Method method, long entries, double seconds, long rowsInTable) {

        public double rowsPerSecond() {
            return entries / seconds;
        }
    }

    private final Population population;
    private final BenchPostgres postgres;

    public IngestBenchmark(Population population, BenchPostgres postgres) {
        this.population = population;
        this.postgres = postgres;
    }

    public Figures run(Method method, long n) {
        return switch (method) {
            case H2_PROJECT -> h2(n);
            case PG_PROJECT_BATCHED -> postgresProject(method, n, BATCHED_CHUNK);
            case PG_PROJECT_COPY -> postgresProject(method, n, CHUNK);
            case PG_NAIVE_INSERT -> postgresNaive(n);
            case PG_RAW_COPY -> postgresRawCopy(n);
        };
    }

    private Figures h2(long n) {
        Path directory = TempFiles.directory("jifen-bench-h2");
        try (JifenDatabase database = JifenDatabase.open(
                DatabaseConfig.of("jdbc:h2:file:" + directory.resolve("ingest").toAbsolutePath())
                        .withPersonalDataKey(org.jifen.adapters.db.PersonalDataKey.generate()))) {
            double seconds = appendAll(database, n, CHUNK);
            return new Figures(Method.H2_PROJECT, n, seconds, count(database));
        } finally {
            TempFiles.deleteQuietly(directory);
        }
    }

    private Figures postgresProject(Method method, long n, int chunk) {
        JifenDatabase database = postgres.freshJifenDatabase("ingest");
        String url = database.config().jdbcUrl();
        try (database) {
            double seconds = appendAll(database, n, chunk);
            return new Figures(method, n, seconds, count(database));
        } finally {
            postgres.drop(url);
        }
    }

    private double appendAll(JifenDatabase database, long n, int chunk) {
        JdbiLedgerRepository ledger = new JdbiLedgerRepository(database);
        EntryStream entries = new EntryStream(population, n);
        long nanos = 0;
        for (List<LedgerEntry> next = entries.next(chunk); !next.isEmpty(); next = entries.next(chunk)) {
            List<LedgerEntry> batch = next;
            long started = System.nanoTime();
            database.transactions().inTransaction(() -> {
                ledger.append(batch);
                return null;
            });
            nanos += System.nanoTime() - started;
        }
        return nanos / 1e9;
    }

    private Figures postgresNaive(long n) {
        return postgresPlain(Method.PG_NAIVE_INSERT, n, (connection, batch) -> {
            String sql = "INSERT INTO ledger_entry (" + String.join(", ", LedgerColumns.NAMES) + ") VALUES ("
                    + String.join(", ", Collections.nCopies(LedgerColumns.NAMES.size(), "?")) + ")";
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                for (LedgerEntry entry : batch) {
                    Object[] values = LedgerColumns.values(entry);
                    for (int i = 0; i < values.length; i++) {
                        insert.setObject(i + 1, values[i]);
                    }
                    insert.executeUpdate();
                }
            }
        });
    }

    private Figures postgresRawCopy(long n) {
        return postgresPlain(Method.PG_RAW_COPY, n, (connection, batch) -> {
            StringBuilder csv = new StringBuilder(batch.size() * 200);
            for (LedgerEntry entry : batch) {
                LedgerColumns.csv(csv, entry);
            }
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            try {
                copy.copyIn("COPY ledger_entry (" + String.join(", ", LedgerColumns.NAMES) + ") FROM STDIN (FORMAT csv)",
                        new StringReader(csv.toString()));
            } catch (IOException e) {
                throw new SQLException("COPY failed", e);
            }
        });
    }

    private interface Write {
        void write(Connection connection, List<LedgerEntry> batch) throws SQLException;
    }

    /** The schema migrated by Jifen (same table, indexes and triggers), then written over plain JDBC, autocommit. */
    private Figures postgresPlain(Method method, long n, Write write) {
        String url;
        try (JifenDatabase database = postgres.freshJifenDatabase("ingest")) {
            url = database.config().jdbcUrl();
        }
        try (Connection connection = DriverManager.getConnection(url)) {
            connection.setAutoCommit(true);
            EntryStream entries = new EntryStream(population, n);
            long nanos = 0;
            for (List<LedgerEntry> next = entries.next(CHUNK); !next.isEmpty(); next = entries.next(CHUNK)) {
                long started = System.nanoTime();
                write.write(connection, next);
                nanos += System.nanoTime() - started;
            }
            long rows;
            try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM ledger_entry")) {
                r.next();
                rows = r.getLong(1);
            }
            return new Figures(method, n, nanos / 1e9, rows);
        } catch (SQLException e) {
            throw new IllegalStateException(method + " failed", e);
        } finally {
            postgres.drop(url);
        }
    }

    private static long count(JifenDatabase database) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM ledger_entry").mapTo(Long.class).one());
    }
}
