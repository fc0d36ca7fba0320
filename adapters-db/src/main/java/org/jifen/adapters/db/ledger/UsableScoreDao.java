package org.jifen.adapters.db.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The district-wide ranking of usable scores in one statement, the rules of the score statement in SQL:
 * <ol>
 * <li>{@code published}, {@code in_force}: the catalogue versions in force on the date for the district's
 * three tiers (its province's provincial, its city's municipal, its own district tier): of each tier, the
 * version published last among those in effect by the date (published at least 30 days before:
 * {@code :publishedBy} = the date − 30), unless its {@code effective_to} (exclusive) has passed — an
 * earlier version is replaced by it, as {@code CatalogueSet.effectiveEnd} says. (A window function rather
 * than {@code NOT EXISTS}: H2 2.5 reuses a correlated {@code NOT EXISTS} with parameters inside a CTE across
 * executions of the statement with other parameter values.)</li>
 * <li>{@code counted}: their indicators, with kind (bonus or deduction) — at most one version per tier;</li>
 * <li>{@code tier_sums}: per resident, in one aggregation (no second grouping, so the entries stream
 * through once, in person order when they come from the index), the bonus and the deduction sums of each
 * tier, of the entries of those indicators effective on or before the date and recorded at or before
 * {@code :knownAt}. Entries are joined to the indicators on version and code only, and an entry counts
 * only when its jurisdiction and tier are the version's too (as {@code IndicatorRef} equality demands):
 * checked inside the sums, because four correlated join columns make PostgreSQL's estimate of the join
 * thousands of times too small, and the plan with it;</li>
 * <li>every resident (those without entries at 0): each tier's bonus capped at the tier's maximum plus its
 * deductions, summed, the total clamped to [0, {@code :maxTotal}]; highest first, then by person id
 * byte-wise ({@code <byteOrder>} is {@code COLLATE "C"} on PostgreSQL, so the order is Java's whatever the
 * database's collation).</li>
 * </ol>
 * Indexes: {@code person_residence_district} (residents), and on PostgreSQL the covering
 * {@code ledger_entry_usable_score} (an index-only scan of the entries by person).
 */
@RegisterConstructorMapper(UsableScoreRow.class)
interface UsableScoreDao {

    String RANKING = """
            WITH published AS (
                SELECT c.version_id, c.jurisdiction, c.tier, c.effective_to,
                    ROW_NUMBER() OVER (PARTITION BY c.jurisdiction, c.tier ORDER BY c.published_on DESC) AS newest
                FROM catalogue c
                WHERE ((c.tier = 'PROVINCIAL' AND c.jurisdiction = :province)
                        OR (c.tier = 'MUNICIPAL' AND c.jurisdiction = :city)
                        OR (c.tier = 'DISTRICT' AND c.jurisdiction = :district))
                    AND c.published_on <= :publishedBy
            ),
            in_force AS (
                SELECT version_id, jurisdiction, tier
                FROM published
                WHERE newest = 1 AND (effective_to IS NULL OR effective_to > :on)
            ),
            counted AS (
                SELECT f.version_id, f.jurisdiction, f.tier, i.code, i.kind
                FROM in_force f JOIN catalogue_indicator i ON i.version_id = f.version_id
            ),
            tier_sums AS (
                SELECT person_id,
                    SUM(CASE WHEN tier = 'PROVINCIAL' AND kind = 'BONUS' THEN points END) AS provincial_bonus,
                    SUM(CASE WHEN tier = 'PROVINCIAL' AND kind <> 'BONUS' THEN points END) AS provincial_deduction,
                    SUM(CASE WHEN tier = 'MUNICIPAL' AND kind = 'BONUS' THEN points END) AS municipal_bonus,
                    SUM(CASE WHEN tier = 'MUNICIPAL' AND kind <> 'BONUS' THEN points END) AS municipal_deduction,
                    SUM(CASE WHEN tier = 'DISTRICT' AND kind = 'BONUS' THEN points END) AS district_bonus,
                    SUM(CASE WHEN tier = 'DISTRICT' AND kind <> 'BONUS' THEN points END) AS district_deduction
                FROM (
                    SELECT e.person_id, e.points, k.kind,
                        CASE WHEN e.jurisdiction = k.jurisdiction AND e.tier = k.tier THEN k.tier END AS tier
                    FROM person p
                    JOIN ledger_entry e ON e.person_id = p.person_id
                    JOIN counted k ON k.version_id = e.catalogue_version AND k.code = e.indicator_code
                    WHERE p.residence_district = :district
                        AND e.effective_on <= :on
                        AND e.recorded_at <= :knownAt
                ) matched
                GROUP BY person_id
            )
            SELECT p.person_id,
                LEAST(GREATEST(
                    LEAST(COALESCE(s.provincial_bonus, 0), CAST(:provincialMax AS NUMERIC(19, 2)))
                        + COALESCE(s.provincial_deduction, 0)
                    + LEAST(COALESCE(s.municipal_bonus, 0), CAST(:municipalMax AS NUMERIC(19, 2)))
                        + COALESCE(s.municipal_deduction, 0)
                    + LEAST(COALESCE(s.district_bonus, 0), CAST(:districtMax AS NUMERIC(19, 2)))
                        + COALESCE(s.district_deduction, 0),
                    0), CAST(:maxTotal AS NUMERIC(19, 2))) AS total
            FROM person p
            LEFT JOIN tier_sums s ON s.person_id = p.person_id
            WHERE p.residence_district = :district
            ORDER BY total DESC, p.person_id <byteOrder>
            """;

    @SqlQuery(RANKING)
    List<UsableScoreRow> rank(@Bind("district") String district, @Bind("city") String city,
            @Bind("province") String province, @Bind("on") LocalDate on, @Bind("publishedBy") LocalDate publishedBy,
            @Bind("knownAt") OffsetDateTime knownAt, @Bind("provincialMax") BigDecimal provincialMax,
            @Bind("municipalMax") BigDecimal municipalMax, @Bind("districtMax") BigDecimal districtMax,
            @Bind("maxTotal") BigDecimal maxTotal, @Define("byteOrder") String byteOrder);
}
