package org.jifen.adapters.db.appeal;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.BatchChunkSize;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The appeal tables: the appeal and the corrections of its decision. */
@RegisterConstructorMapper(AppealRow.class)
@RegisterConstructorMapper(CorrectionRow.class)
interface AppealDao {

    String APPEAL_COLUMNS = """
            appeal_id, application_id, person_id, indicators, reason, filed_at, filed_on, decide_by, status,
            decision_outcome, decision_reason, decided_by, decided_at""";

    @SqlUpdate("""
            INSERT INTO appeal (appeal_id, application_id, person_id, indicators, reason, filed_at, filed_on,
                decide_by, status, decision_outcome, decision_reason, decided_by, decided_at)
            VALUES (:appealId, :applicationId, :personId, :indicators, :reason, :filedAt, :filedOn, :decideBy,
                :status, :decisionOutcome, :decisionReason, :decidedBy, :decidedAt)
            """)
    void insert(@BindMethods AppealRow row);

    @SqlUpdate("""
            UPDATE appeal SET application_id = :applicationId, person_id = :personId, indicators = :indicators,
                reason = :reason, filed_at = :filedAt, filed_on = :filedOn, decide_by = :decideBy, status = :status,
                decision_outcome = :decisionOutcome, decision_reason = :decisionReason, decided_by = :decidedBy,
                decided_at = :decidedAt
            WHERE appeal_id = :appealId
            """)
    int update(@BindMethods AppealRow row);

    @SqlBatch("""
            INSERT INTO appeal_correction (appeal_id, position_no, indicator_code, facts)
            VALUES (:appealId, :positionNo, :indicatorCode, :facts)
            """)
    @BatchChunkSize(1000)
    void insertCorrections(@BindMethods List<CorrectionRow> rows);

    @SqlUpdate("DELETE FROM appeal_correction WHERE appeal_id = :appeal")
    void deleteCorrections(@Bind("appeal") String appeal);

    @SqlQuery("SELECT " + APPEAL_COLUMNS + " FROM appeal WHERE appeal_id = :appeal")
    Optional<AppealRow> find(@Bind("appeal") String appeal);

    @SqlQuery("SELECT " + APPEAL_COLUMNS + " FROM appeal WHERE application_id = :application"
            + " ORDER BY filed_at, appeal_id")
    List<AppealRow> findByApplication(@Bind("application") String application);

    @SqlQuery("""
            SELECT appeal_id, position_no, indicator_code, facts FROM appeal_correction
            WHERE appeal_id = :appeal ORDER BY position_no
            """)
    List<CorrectionRow> correctionsOf(@Bind("appeal") String appeal);

    @SqlQuery("""
            SELECT c.appeal_id, c.position_no, c.indicator_code, c.facts
            FROM appeal_correction c JOIN appeal a ON a.appeal_id = c.appeal_id
            WHERE a.application_id = :application ORDER BY c.appeal_id, c.position_no
            """)
    List<CorrectionRow> correctionsOfApplication(@Bind("application") String application);
}
