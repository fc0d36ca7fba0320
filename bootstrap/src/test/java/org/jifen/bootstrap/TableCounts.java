package org.jifen.bootstrap;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The row counts of the tables a refused request must leave alone, read in one statement over one plain JDBC
 * connection (a connection per table, as {@link FullServer#count} opens, costs too much on PostgreSQL when
 * every refusal of a walk is checked before and after).
 */
final class TableCounts {

    /** Every table a request through the API can write to. */
    static final List<String> WRITABLE = List.of("person", "household_member", "system_data", "points_application",
            "application_claim", "application_deduction", "ledger_entry", "audit_event", "appeal",
            "appeal_correction", "entitlement", "credit_outbox", "idempotency_record", "programme",
            "allocation_round", "round_result");

    private TableCounts() {
    }

    /** Table → rows, for {@link #WRITABLE}, in the database of that server. */
    static Map<String, Long> of(FullServer api) {
        StringBuilder sql = new StringBuilder();
        for (String table : WRITABLE) {
            if (sql.length() > 0) {
                sql.append(" UNION ALL ");
            }
            sql.append("SELECT '").append(table).append("', COUNT(*) FROM ").append(table);
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(api.database().url());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql.toString())) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the tables", e);
        }
        return counts;
    }
}
