package org.jifen.adapters.db;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jifen.domain.shared.DomainException;
import org.jifen.domain.shared.InvalidValueException;

/**
 * Turns what the database and its driver throw into domain errors with stable codes. Repositories
 * recognise the violations they expect (a duplicate key) with {@link #isUniqueViolation}; everything
 * else goes through {@link #translate}, which logs the original (SQL, driver message, stack) under a
 * short reference and returns an error whose message holds only that reference.
 */
public final class SqlFailures {

    private static final System.Logger LOG = System.getLogger(SqlFailures.class.getName());

    /** SQLSTATE of a unique or primary-key violation, the same on H2 and PostgreSQL. */
    public static final String UNIQUE_VIOLATION = "23505";

    private SqlFailures() {
    }

    /** The first SQLSTATE in the chain of causes (and of chained SQL exceptions). */
    public static Optional<String> sqlState(Throwable failure) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException e = sql; e != null && seen.size() < 100; e = e.getNextException()) {
                    seen.add(e);
                    if (e.getSQLState() != null && !e.getSQLState().isBlank()) {
                        return Optional.of(e.getSQLState());
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the failure is a unique (or primary) key violation. */
    public static boolean isUniqueViolation(Throwable failure) {
        return sqlState(failure).filter(UNIQUE_VIOLATION::equals).isPresent();
    }

    /** The domain error to throw instead of {@code failure}; a domain error is returned as is. */
    public static DomainException translate(Throwable failure) {
        if (failure instanceof DomainException domain) {
            return domain;
        }
        String state = sqlState(failure).orElse("");
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(System.Logger.Level.WARNING, "database failure " + reference + " (SQLSTATE " + state + ")", failure);
        String where = " (reference " + reference + " in the server log)";
        if (state.equals("40001") || state.equals("40P01") || state.equals("55P03") || state.equals("HYT00")) {
            return new StorageException("STORAGE_CONFLICT",
                    "concurrent changes kept the database from completing the operation; try again" + where);
        }
        if (state.equals("22001")) {
            return new InvalidValueException("VALUE_TOO_LONG", "value",
                    "a value is longer than the database can hold" + where);
        }
        if (state.startsWith("08") || hasCause(failure, SQLTransientConnectionException.class)) {
            return new StorageException("STORAGE_UNAVAILABLE", "the database cannot be reached" + where);
        }
        return new StorageException("STORAGE_FAILURE", "the database could not complete the operation" + where);
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
