package org.jifen.adapters.db;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.util.PSQLException;

/**
 * Bulk loading on PostgreSQL: rows streamed into a table with one {@code COPY … FROM STDIN} (CSV) on
 * the handle's connection, so inside its transaction. About three times the rate of batched INSERTs;
 * for the bulk paths (person imports, a district's postings). Values are written as PostgreSQL reads
 * them: text always quoted (so an empty string is not NULL), NULL as an empty unquoted field, numbers
 * in plain notation, dates ISO, instants ISO with offset.
 */
public final class PostgresCopy {

    /** Instants to the microsecond (rounded half up, as the JDBC driver binds them), in UTC. */
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS'+00'");

    /** Bytes gathered before they are sent to the server. */
    private static final int FLUSH_AT = 1 << 16;

    private PostgresCopy() {
    }

    /**
     * Copies {@code rows} into {@code table (columns)}; {@code values} gives each row's column values in
     * order. Returns the number of rows copied. A failure (a unique violation, a value too long…) is an
     * {@link SQLException} with the server's SQLSTATE and primary message only: the server's context of a
     * COPY error quotes the offending row, which must not reach a log. The transaction is then aborted, as
     * after any failed statement.
     */
    public static <R> long copy(Handle handle, String table, List<String> columns, List<R> rows,
            Function<R, Object[]> values) throws SQLException {
        Objects.requireNonNull(handle, "handle");
        String sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN (FORMAT csv)";
        try {
            return copy(handle, sql, columns.size(), table, rows, values);
        } catch (SQLException failure) {
            throw withoutRowValues(table, failure);
        }
    }

    private static <R> long copy(Handle handle, String sql, int columns, String table, List<R> rows,
            Function<R, Object[]> values) throws SQLException {
        CopyIn copy = handle.getConnection().unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        try {
            StringBuilder text = new StringBuilder(FLUSH_AT + 1024);
            for (R row : rows) {
                Object[] fields = values.apply(row);
                if (fields.length != columns) {
                    throw new IllegalArgumentException("a row of " + fields.length + " values for " + columns
                            + " columns of " + table);
                }
                for (int i = 0; i < fields.length; i++) {
                    if (i > 0) {
                        text.append(',');
                    }
                    append(text, fields[i]);
                }
                text.append('\n');
                if (text.length() >= FLUSH_AT) {
                    send(copy, text);
                }
            }
            send(copy, text);
            return copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    /** The failure with its SQLSTATE and the server's primary message, and none of its context. */
    private static SQLException withoutRowValues(String table, SQLException failure) {
        String message = failure instanceof PSQLException server && server.getServerErrorMessage() != null
                ? server.getServerErrorMessage().getMessage() : failure.getClass().getSimpleName();
        return new SQLException("COPY into " + table + " refused: " + message, failure.getSQLState());
    }

    private static void send(CopyIn copy, StringBuilder text) throws SQLException {
        if (text.length() > 0) {
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            text.setLength(0);
        }
    }

    private static void append(StringBuilder text, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof String string) {
            text.append('"');
            for (int i = 0; i < string.length(); i++) {
                char c = string.charAt(i);
                if (c == '"') {
                    text.append('"');
                }
                text.append(c);
            }
            text.append('"');
        } else if (value instanceof BigDecimal decimal) {
            text.append(decimal.toPlainString());
        } else if (value instanceof OffsetDateTime instant) {
            text.append(INSTANT.format(instant.withOffsetSameInstant(ZoneOffset.UTC).plusNanos(500)
                    .truncatedTo(ChronoUnit.MICROS)));
        } else if (value instanceof LocalDate || value instanceof Number || value instanceof Boolean) {
            text.append(value);
        } else {
            throw new IllegalArgumentException("no COPY format for " + value.getClass().getName());
        }
    }
}
