package org.jifen.adapters.db.application;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.BatchChunkSize;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The application tables: the application (with its submission), its claims and its deductions. */
@RegisterConstructorMapper(ApplicationRow.class)
@RegisterConstructorMapper(ClaimRow.class)
@RegisterConstructorMapper(DeductionRow.class)
@RegisterConstructorMapper(SubmissionRow.class)
interface PointsApplicationDao {

    String APPLICATION_COLUMNS = """
            application_id, person_id, district, channel, submitted_at, submitted_on, idempotency_key,
            submission_fingerprint, published_on, appeal_until, published_at, published_by""";

    String CLAIM_COLUMNS = """
            application_id, position_no, catalogue_version, jurisdiction, tier, indicator_code, scoring_method,
            department, declared_facts, evidence, status, decision_approved, decision_facts, decision_target,
            decision_reason, decision_method, decided_by, decided_at, second_approved_by, second_approved_at""";

    String DEDUCTION_COLUMNS = """
            application_id, position_no, catalogue_version, jurisdiction, tier, indicator_code, level_code,
            event_ref, event_date, verification_method, points, status, recorded_by, recorded_at,
            second_approved_by""";

    String OF_PERSON = "application_id IN (SELECT application_id FROM points_application WHERE person_id = :person)";

    @SqlUpdate("""
            INSERT INTO points_application (application_id, person_id, district, channel, submitted_at,
                submitted_on, idempotency_key, submission_fingerprint, published_on, appeal_until, published_at,
                published_by)
            VALUES (:applicationId, :personId, :district, :channel, :submittedAt, :submittedOn, :idempotencyKey,
                :submissionFingerprint, :publishedOn, :appealUntil, :publishedAt, :publishedBy)
            """)
    void insert(@BindMethods ApplicationRow row);

    /** Every column but the submission's, which is the application's for good. */
    @SqlUpdate("""
            UPDATE points_application SET person_id = :personId, district = :district, channel = :channel,
                submitted_at = :submittedAt, submitted_on = :submittedOn, published_on = :publishedOn,
                appeal_until = :appealUntil, published_at = :publishedAt, published_by = :publishedBy
            WHERE application_id = :applicationId
            """)
    int update(@BindMethods ApplicationRow row);

    @SqlBatch("""
            INSERT INTO application_claim (application_id, position_no, catalogue_version, jurisdiction, tier,
                indicator_code, scoring_method, department, declared_facts, evidence, status, decision_approved,
                decision_facts, decision_target, decision_reason, decision_method, decided_by, decided_at,
                second_approved_by, second_approved_at)
            VALUES (:applicationId, :positionNo, :catalogueVersion, :jurisdiction, :tier, :indicatorCode,
                :scoringMethod, :department, :declaredFacts, :evidence, :status, :decisionApproved, :decisionFacts,
                :decisionTarget, :decisionReason, :decisionMethod, :decidedBy, :decidedAt, :secondApprovedBy,
                :secondApprovedAt)
            """)
    @BatchChunkSize(1000)
    void insertClaims(@BindMethods List<ClaimRow> rows);

    @SqlBatch("""
            INSERT INTO application_deduction (application_id, position_no, catalogue_version, jurisdiction, tier,
                indicator_code, level_code, event_ref, event_date, verification_method, points, status, recorded_by,
                recorded_at, second_approved_by)
            VALUES (:applicationId, :positionNo, :catalogueVersion, :jurisdiction, :tier, :indicatorCode, :levelCode,
                :eventRef, :eventDate, :verificationMethod, :points, :status, :recordedBy, :recordedAt,
                :secondApprovedBy)
            """)
    @BatchChunkSize(1000)
    void insertDeductions(@BindMethods List<DeductionRow> rows);

    @SqlUpdate("DELETE FROM application_claim WHERE application_id = :application")
    void deleteClaims(@Bind("application") String application);

    @SqlUpdate("DELETE FROM application_deduction WHERE application_id = :application")
    void deleteDeductions(@Bind("application") String application);

    @SqlQuery("SELECT " + APPLICATION_COLUMNS + " FROM points_application WHERE application_id = :application")
    Optional<ApplicationRow> find(@Bind("application") String application);

    @SqlQuery("SELECT " + APPLICATION_COLUMNS
            + " FROM points_application WHERE person_id = :person ORDER BY submitted_at, application_id")
    List<ApplicationRow> findByPerson(@Bind("person") String person);

    @SqlQuery("SELECT " + CLAIM_COLUMNS + " FROM application_claim WHERE application_id = :application"
            + " ORDER BY position_no")
    List<ClaimRow> claimsOf(@Bind("application") String application);

    @SqlQuery("SELECT " + CLAIM_COLUMNS + " FROM application_claim WHERE " + OF_PERSON
            + " ORDER BY application_id, position_no")
    List<ClaimRow> claimsOfPerson(@Bind("person") String person);

    @SqlQuery("SELECT " + DEDUCTION_COLUMNS + " FROM application_deduction WHERE application_id = :application"
            + " ORDER BY position_no")
    List<DeductionRow> deductionsOf(@Bind("application") String application);

    @SqlQuery("SELECT " + DEDUCTION_COLUMNS + " FROM application_deduction WHERE " + OF_PERSON
            + " ORDER BY application_id, position_no")
    List<DeductionRow> deductionsOfPerson(@Bind("person") String person);

    @SqlQuery("""
            SELECT idempotency_key, submission_fingerprint, application_id FROM points_application
            WHERE idempotency_key = :key
            """)
    Optional<SubmissionRow> findSubmission(@Bind("key") String key);
}
