package org.jifen.adapters.db.audit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.AllowUnusedBindings;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The audit log: insert and select only (it is append-only). */
@RegisterConstructorMapper(AuditEventRow.class)
interface AuditDao {

    String COLUMNS = """
            sequence_no, occurred_at, actor, actor_role, audit_action, subject, details, previous_hash, event_hash""";

    @SqlUpdate("""
            INSERT INTO audit_event (sequence_no, occurred_at, actor, actor_role, audit_action, subject, details,
                previous_hash, event_hash)
            VALUES (:sequenceNo, :occurredAt, :actor, :actorRole, :auditAction, :subject, :details, :previousHash,
                :eventHash)
            """)
    void insert(@BindMethods AuditEventRow row);

    @SqlQuery("SELECT COALESCE(MAX(sequence_no), 0) FROM audit_event")
    long lastSequence();

    @SqlQuery("SELECT " + COLUMNS + " FROM audit_event ORDER BY sequence_no DESC FETCH FIRST 1 ROW ONLY")
    Optional<AuditEventRow> last();

    @SqlQuery("SELECT " + COLUMNS + " FROM audit_event ORDER BY sequence_no")
    List<AuditEventRow> all();

    /**
     * The events matching {@code filters}: conditions on the bound values, each {@code AND …}, made by
     * the repository from fixed text only (never from a caller's input, which is bound).
     */
    @SqlQuery("SELECT " + COLUMNS + " FROM audit_event WHERE sequence_no >= 1 <filters> ORDER BY sequence_no")
    @AllowUnusedBindings
    List<AuditEventRow> query(@Define("filters") String filters, @Bind("subject") String subject,
            @Bind("actor") String actor, @Bind("from") OffsetDateTime from, @Bind("to") OffsetDateTime to);
}
