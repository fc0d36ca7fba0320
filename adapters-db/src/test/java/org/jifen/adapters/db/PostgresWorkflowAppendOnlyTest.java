package org.jifen.adapters.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jifen.adapters.db.audit.JdbiAuditLog;
import org.jifen.adapters.db.programme.JdbiProgrammeRepository;
import org.jifen.adapters.db.programme.JdbiRoundRepository;
import org.jifen.application.TestCallers;
import org.jifen.application.TestProgrammes;
import org.jifen.application.audit.AuditTrail;
import org.jifen.application.memory.SettableClock;
import org.jifen.domain.audit.AuditAction;
import org.jifen.domain.audit.AuditEvent;
import org.jifen.domain.programme.Programme;
import org.jifen.domain.programme.Round;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On PostgreSQL the audit log, programmes and rounds refuse UPDATE, DELETE and TRUNCATE in the database
 * itself (SQLSTATE JF001), whoever asks: here the owner of the schema, with plain JDBC.
 */
class PostgresWorkflowAppendOnlyTest {

    /** Each append-only table of V2 and a column to "change". */
    private static final Map<String, String> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("audit_event", "details");
        TABLES.put("programme", "name");
        TABLES.put("programme_tie_break", "indicator_code");
        TABLES.put("programme_place", "seats");
        TABLES.put("allocation_round", "run_at");
        TABLES.put("round_place", "seats");
        TABLES.put("round_candidate", "beneficiary_name");
        TABLES.put("round_result", "score");
    }

    @RegisterExtension
    final TestDatabase db = TestDatabase.postgres();

    @Test
    void updateDeleteAndTruncate_ofEveryAppendOnlyWorkflowTable_areRefusedWithJf001AndChangeNothing()
            throws Exception {
        JdbiAuditLog log = new JdbiAuditLog(db.database());
        JdbiProgrammeRepository programmes = new JdbiProgrammeRepository(db.database());
        JdbiRoundRepository rounds = new JdbiRoundRepository(db.database());
        AuditEvent event = new AuditTrail(log, SettableClock.at(LocalDate.of(2024, 7, 1)))
                .record(TestCallers.ADMIN, AuditAction.ROUND_RUN, "RND-000001", "round of HS-SCHOOL-2024");
        Programme school = TestProgrammes.school();
        programmes.add(school);
        Round round = TestProgrammes.aSchoolRound("RND-000001", Instant.parse("2024-07-01T02:00:00Z"));
        rounds.add(round);

        try (Connection connection = DriverManager.getConnection(db.url());
             Statement statement = connection.createStatement()) {
            for (Map.Entry<String, String> table : TABLES.entrySet()) {
                String name = table.getKey();
                for (String change : List.of("UPDATE " + name + " SET " + table.getValue() + " = " + table.getValue(),
                        "DELETE FROM " + name)) {
                    assertThatThrownBy(() -> statement.executeUpdate(change)).as(change)
                            .isInstanceOfSatisfying(SQLException.class, e -> {
                                assertThat(e.getSQLState()).isEqualTo("JF001");
                                assertThat(e.getMessage()).contains(name).contains("append-only");
                            });
                }
                // CASCADE: not even together with the tables referring to it
                assertThatThrownBy(() -> statement.executeUpdate("TRUNCATE " + name + " CASCADE")).as("TRUNCATE " + name)
                        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("JF001"));
            }
        }

        assertThat(log.all()).containsExactly(event);
        assertThat(programmes.find(school.code())).contains(school);
        assertThat(rounds.find(round.id())).contains(round);
    }
}
