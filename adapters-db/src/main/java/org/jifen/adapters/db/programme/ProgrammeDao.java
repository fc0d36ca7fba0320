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

/** The programme tables: insert and select only (a programme never changes). */
@RegisterConstructorMapper(ProgrammeRow.class)
@RegisterConstructorMapper(TieBreakRow.class)
@RegisterConstructorMapper(ProgrammePlaceRow.class)
interface ProgrammeDao {

    @SqlUpdate("""
            INSERT INTO programme (programme_code, kind, name, district, cutoff_date, min_score, exclude_trial_run)
            VALUES (:programmeCode, :kind, :name, :district, :cutoffDate, :minScore, :excludeTrialRun)
            """)
    void insert(@BindMethods ProgrammeRow row);

    @SqlBatch("""
            INSERT INTO programme_tie_break (programme_code, position_no, tie_break_kind, indicator_code)
            VALUES (:programmeCode, :positionNo, :tieBreakKind, :indicatorCode)
            """)
    @BatchChunkSize(1000)
    void insertTieBreaks(@BindMethods List<TieBreakRow> rows);

    @SqlBatch("""
            INSERT INTO programme_place (programme_code, place_code, seats) VALUES (:programmeCode, :placeCode, :seats)
            """)
    @BatchChunkSize(1000)
    void insertPlaces(@BindMethods List<ProgrammePlaceRow> rows);

    @SqlQuery("""
            SELECT programme_code, kind, name, district, cutoff_date, min_score, exclude_trial_run
            FROM programme WHERE programme_code = :code
            """)
    Optional<ProgrammeRow> find(@Bind("code") String code);

    @SqlQuery("""
            SELECT programme_code, position_no, tie_break_kind, indicator_code FROM programme_tie_break
            WHERE programme_code = :code ORDER BY position_no
            """)
    List<TieBreakRow> tieBreaksOf(@Bind("code") String code);

    @SqlQuery("SELECT programme_code, place_code, seats FROM programme_place WHERE programme_code = :code")
    List<ProgrammePlaceRow> placesOf(@Bind("code") String code);
}
