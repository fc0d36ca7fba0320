package org.jifen.adapters.db.programme;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.BatchChunkSize;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The round tables: insert and select only (a round is stored once and never changed). Each select has
 * a form for one round and a form for every round of a programme, so a programme's rounds are read in
 * four statements whatever their number.
 */
@RegisterConstructorMapper(RoundRow.class)
@RegisterConstructorMapper(RoundPlaceRow.class)
@RegisterConstructorMapper(RoundCandidateRow.class)
@RegisterConstructorMapper(RoundResultRow.class)
interface RoundDao {

    String ROUND_COLUMNS = "round_id, programme_code, kind, district, cutoff_date, known_at, run_at";
    String CANDIDATE_COLUMNS = """
            round_id, position_no, applicant_id, beneficiary_id_number_cipher, beneficiary_name, preferences,
            catchment""";
    String RESULT_COLUMNS = """
            round_id, position_no, rank_no, applicant_id, beneficiary_id_number_cipher, beneficiary_name, score,
            place_code, reason, reason_text""";
    String OF_PROGRAMME = "round_id IN (SELECT round_id FROM allocation_round WHERE programme_code = :programme)";

    @SqlUpdate("""
            INSERT INTO allocation_round (round_id, programme_code, kind, district, cutoff_date, known_at, run_at)
            VALUES (:roundId, :programmeCode, :kind, :district, :cutoffDate, :knownAt, :runAt)
            """)
    void insert(@BindMethods RoundRow row);

    @SqlBatch("INSERT INTO round_place (round_id, place_code, seats) VALUES (:roundId, :placeCode, :seats)")
    @BatchChunkSize(1000)
    void insertPlaces(@BindMethods List<RoundPlaceRow> rows);

    @SqlBatch("""
            INSERT INTO round_candidate (round_id, position_no, applicant_id, beneficiary_id_number_cipher,
                beneficiary_name, preferences, catchment)
            VALUES (:roundId, :positionNo, :applicantId, :beneficiaryIdNumberCipher, :beneficiaryName, :preferences,
                :catchment)
            """)
    @BatchChunkSize(1000)
    void insertCandidates(@BindMethods List<RoundCandidateRow> rows);

    @SqlBatch("""
            INSERT INTO round_result (round_id, position_no, rank_no, applicant_id, beneficiary_id_number_cipher,
                beneficiary_name, score, place_code, reason, reason_text)
            VALUES (:roundId, :positionNo, :rankNo, :applicantId, :beneficiaryIdNumberCipher, :beneficiaryName,
                :score, :placeCode, :reason, :reasonText)
            """)
    @BatchChunkSize(1000)
    void insertResults(@BindMethods List<RoundResultRow> rows);

    @SqlQuery("SELECT " + ROUND_COLUMNS + " FROM allocation_round WHERE round_id = :round")
    Optional<RoundRow> find(@Bind("round") String round);

    @SqlQuery("SELECT " + ROUND_COLUMNS + " FROM allocation_round WHERE programme_code = :programme"
            + " ORDER BY run_at, round_id")
    List<RoundRow> findByProgramme(@Bind("programme") String programme);

    @SqlQuery("SELECT round_id, place_code, seats FROM round_place WHERE round_id = :round")
    List<RoundPlaceRow> placesOf(@Bind("round") String round);

    @SqlQuery("SELECT round_id, place_code, seats FROM round_place WHERE " + OF_PROGRAMME)
    List<RoundPlaceRow> placesOfProgramme(@Bind("programme") String programme);

    @SqlQuery("SELECT " + CANDIDATE_COLUMNS + " FROM round_candidate WHERE round_id = :round ORDER BY position_no")
    List<RoundCandidateRow> candidatesOf(@Bind("round") String round);

    @SqlQuery("SELECT " + CANDIDATE_COLUMNS + " FROM round_candidate WHERE " + OF_PROGRAMME
            + " ORDER BY round_id, position_no")
    List<RoundCandidateRow> candidatesOfProgramme(@Bind("programme") String programme);

    @SqlQuery("SELECT " + RESULT_COLUMNS + " FROM round_result WHERE round_id = :round ORDER BY position_no")
    List<RoundResultRow> resultsOf(@Bind("round") String round);

    @SqlQuery("SELECT " + RESULT_COLUMNS + " FROM round_result WHERE " + OF_PROGRAMME
            + " ORDER BY round_id, position_no")
    List<RoundResultRow> resultsOfProgramme(@Bind("programme") String programme);
}
