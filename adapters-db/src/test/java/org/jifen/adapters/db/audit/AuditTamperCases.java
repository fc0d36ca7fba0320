package org.jifen.adapters.db.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Optional;
import org.jifen.adapters.db.Dialect;
import org.jifen.adapters.db.TestDatabase;
import org.jifen.application.TestCallers;
import org.jifen.application.audit.AuditChainVerifier;
import org.jifen.application.audit.AuditTrail;
import org.jifen.application.memory.SettableClock;
import org.jifen.application.port.in.audit.AuditVerification;
import org.jifen.domain.audit.AuditAction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Someone with direct access to the database changes, deletes, reorders or forges audit rows
 * (on PostgreSQL as a superuser with the append-only triggers switched off for the session): the
 * chain verification finds it and names the row. Ten events are written through the {@link AuditTrail}
 * first. Run on H2 and on PostgreSQL by the subclasses.
 *
 * <p>Deleting the newest rows leaves a shorter chain that is still whole: that is found only by
 * comparing the event count the verification reports with a figure kept elsewhere.
 */
abstract class AuditTamperCases {

    private static final int EVENTS = 10;

    protected abstract TestDatabase db();

    private JdbiAuditLog log() {
        return db().get(JdbiAuditLog.class, JdbiAuditLog::new);
    }

    @BeforeEach
    void tenEvents() {
        AuditTrail trail = new AuditTrail(log(), SettableClock.at(LocalDate.of(2025, 9, 16)));
        for (int i = 1; i <= EVENTS; i++) {
            trail.record(TestCallers.HAISHU_CLERK, AuditAction.APPLICATION_SUBMITTED, "APP-" + i,
                    "application APP-" + i + " submitted at the window");
        }
        assertThat(verify()).isEqualTo(new AuditVerification(true, EVENTS, Optional.empty(), Optional.empty()));
    }

    @Test
    void aChangedDetail_isFound_atThatRow() throws SQLException {
        tamper("UPDATE audit_event SET details = 'application APP-5 withdrawn' WHERE sequence_no = 5");

        assertBrokenAt(5, "event 5 was changed after it was written");
    }

    @Test
    void aChangedActor_isFound_atThatRow() throws SQLException {
        tamper("UPDATE audit_event SET actor = 'someone-else' WHERE sequence_no = 3");

        assertBrokenAt(3, "event 3 was changed after it was written");
    }

    @Test
    void aRowRewrittenWithItsOwnHashRecomputed_isFound_atTheNextRow() throws SQLException {
        // the forger recomputes nothing correctly but the row's own hash: the next row no longer links to it
        tamper("UPDATE audit_event SET event_hash = 'forged' WHERE sequence_no = 7");

        assertBrokenAt(7, "event 7 was changed after it was written");
    }

    @Test
    void aDeletedRow_isFound_whereItIsMissing() throws SQLException {
        tamper("DELETE FROM audit_event WHERE sequence_no = 4");

        assertBrokenAt(5, "event 5 is where event 4 should be: an event was removed or moved");
    }

    @Test
    void twoRowsSwapped_areFound_atTheFirstOfThem() throws SQLException {
        tamper("UPDATE audit_event SET sequence_no = 1006 WHERE sequence_no = 6",
                "UPDATE audit_event SET sequence_no = 6 WHERE sequence_no = 8",
                "UPDATE audit_event SET sequence_no = 8 WHERE sequence_no = 1006");

        // row 6 now holds what was 8, which links to 7, not to 5
        assertBrokenAt(6, "event 6 does not link to the event before it");
    }

    @Test
    void aForgedRowInserted_isFound_atThatRow() throws SQLException {
        tamper("DELETE FROM audit_event WHERE sequence_no = 10",
                "INSERT INTO audit_event (sequence_no, occurred_at, actor, actor_role, audit_action, subject, details,"
                        + " previous_hash, event_hash) SELECT 10, occurred_at, actor, actor_role, audit_action,"
                        + " 'APP-99', details, event_hash, 'forged' FROM audit_event WHERE sequence_no = 9");

        assertBrokenAt(10, "event 10 was changed after it was written");
    }

    @Test
    void theNewestRowsDeleted_leaveAWholeShorterChain_whoseCountAndHeadDiffer() throws SQLException {
        String headBefore = log().last().orElseThrow().hash();
        tamper("DELETE FROM audit_event WHERE sequence_no > 8");

        AuditVerification after = verify();
        assertThat(after.valid()).isTrue();
        assertThat(after.events()).isEqualTo(8);
        assertThat(log().last().orElseThrow().hash()).isNotEqualTo(headBefore);
    }

    private AuditVerification verify() {
        return AuditChainVerifier.verify(log().all());
    }

    private void assertBrokenAt(long sequence, String why) {
        AuditVerification verification = verify();
        assertThat(verification.valid()).isFalse();
        assertThat(verification.firstBrokenSequence()).contains(sequence);
        assertThat(verification.problem()).contains(why);
    }

    /** Runs statements directly, bypassing the adapter (and on PostgreSQL its append-only triggers). */
    private void tamper(String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(db().url());
             Statement statement = connection.createStatement()) {
            if (db().dialect() == Dialect.POSTGRESQL) {
                statement.execute("SET session_replication_role = replica");
            }
            for (String sql : statements) {
                statement.executeUpdate(sql);
            }
        }
    }
}
