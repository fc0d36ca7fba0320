package org.jifen.adapters.db.catalogue;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.BatchChunkSize;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The catalogue tables: versions are inserted and read, never changed. */
@RegisterConstructorMapper(CatalogueRow.class)
@RegisterConstructorMapper(IndicatorRow.class)
@RegisterConstructorMapper(RuleLevelRow.class)
@RegisterConstructorMapper(AgeBandRow.class)
interface CatalogueDao {

    @SqlUpdate("""
            INSERT INTO catalogue (version_id, jurisdiction, tier, title, published_on, effective_to)
            VALUES (:versionId, :jurisdiction, :tier, :title, :publishedOn, :effectiveTo)
            """)
    void insert(@BindMethods CatalogueRow row);

    @SqlBatch("""
            INSERT INTO catalogue_indicator (version_id, position_no, code, chinese_name, english_name, tier,
                jurisdiction, kind, scoring_method, department, cap, rule_kind, rule_points, rule_unit_size,
                rule_unit, rule_min, rule_max, rule_family)
            VALUES (:versionId, :positionNo, :code, :chineseName, :englishName, :tier,
                :jurisdiction, :kind, :scoringMethod, :department, :cap, :ruleKind, :rulePoints, :ruleUnitSize,
                :ruleUnit, :ruleMin, :ruleMax, :ruleFamily)
            """)
    @BatchChunkSize(500)
    void insertIndicators(@BindMethods List<IndicatorRow> rows);

    @SqlBatch("""
            INSERT INTO catalogue_rule_level (version_id, indicator_position, position_no, level_code, points)
            VALUES (:versionId, :indicatorPosition, :positionNo, :levelCode, :points)
            """)
    @BatchChunkSize(500)
    void insertLevels(@BindMethods List<RuleLevelRow> rows);

    @SqlBatch("""
            INSERT INTO catalogue_rule_age_band (version_id, indicator_position, position_no, from_age, to_age,
                points, per_year)
            VALUES (:versionId, :indicatorPosition, :positionNo, :fromAge, :toAge, :points, :perYear)
            """)
    @BatchChunkSize(500)
    void insertAgeBands(@BindMethods List<AgeBandRow> rows);

    @SqlQuery("SELECT COUNT(*) FROM catalogue WHERE version_id = :version")
    int count(@Bind("version") String version);

    /** What identifies the loaded versions, since they are only ever added: how many, and the last one's number. */
    @SqlQuery("SELECT CAST(COUNT(*) AS VARCHAR(20)) || '/' || CAST(COALESCE(MAX(loaded_seq), 0) AS VARCHAR(20))"
            + " FROM catalogue")
    String stamp();

    @SqlQuery("""
            SELECT version_id, jurisdiction, tier, title, published_on, effective_to
            FROM catalogue ORDER BY loaded_seq
            """)
    List<CatalogueRow> catalogues();

    @SqlQuery("""
            SELECT version_id, jurisdiction, tier, title, published_on, effective_to
            FROM catalogue WHERE version_id = :version
            """)
    Optional<CatalogueRow> catalogue(@Bind("version") String version);

    @SqlQuery("""
            SELECT version_id, position_no, code, chinese_name, english_name, tier, jurisdiction, kind,
                scoring_method, department, cap, rule_kind, rule_points, rule_unit_size, rule_unit, rule_min,
                rule_max, rule_family
            FROM catalogue_indicator ORDER BY version_id, position_no
            """)
    List<IndicatorRow> indicators();

    @SqlQuery("""
            SELECT version_id, position_no, code, chinese_name, english_name, tier, jurisdiction, kind,
                scoring_method, department, cap, rule_kind, rule_points, rule_unit_size, rule_unit, rule_min,
                rule_max, rule_family
            FROM catalogue_indicator WHERE version_id = :version ORDER BY position_no
            """)
    List<IndicatorRow> indicators(@Bind("version") String version);

    @SqlQuery("""
            SELECT version_id, indicator_position, position_no, level_code, points
            FROM catalogue_rule_level ORDER BY version_id, indicator_position, position_no
            """)
    List<RuleLevelRow> levels();

    @SqlQuery("""
            SELECT version_id, indicator_position, position_no, level_code, points
            FROM catalogue_rule_level WHERE version_id = :version ORDER BY indicator_position, position_no
            """)
    List<RuleLevelRow> levels(@Bind("version") String version);

    @SqlQuery("""
            SELECT version_id, indicator_position, position_no, from_age, to_age, points, per_year
            FROM catalogue_rule_age_band ORDER BY version_id, indicator_position, position_no
            """)
    List<AgeBandRow> ageBands();

    @SqlQuery("""
            SELECT version_id, indicator_position, position_no, from_age, to_age, points, per_year
            FROM catalogue_rule_age_band WHERE version_id = :version ORDER BY indicator_position, position_no
            """)
    List<AgeBandRow> ageBands(@Bind("version") String version);
}
