package org.jifen.benchmarks.scoring;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jifen.benchmarks.Population;
import org.jifen.benchmarks.Population.Resident;
import org.jifen.domain.catalogue.AgeBand;
import org.jifen.domain.ledger.LedgerEntry;
import org.postgresql.PGConnection;

/**
 * The same scoring as one SQL statement in PostgreSQL: the facts in tables (birth dates, latest
 * quantities, the ledger entries so far), each AUTO indicator's rule a {@code CASE} branch clamped with
 * {@code LEAST}/{@code GREATEST}, written from the catalogue ({@link AutoRules}); the balances summed from
 * the entries in the same statement, and the non-zero deltas streamed back to Java.
 *
 * <p>Loading the facts ({@link #load}, COPY then ANALYZE) is not timed; {@link #score} is.
 */
public final class SqlScorer {

    private final String jdbcUrl;
    private final String sql;

    public SqlScorer(Population population, String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
        this.sql = sql(AutoRules.of(population.applicable()));
    }

    /** The generated statement (printed with {@code --show-rules}). */
    public String sql() {
        return sql;
    }

    /** Creates the fact tables, empty. */
    public void create() {
        try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_subject, bench_quantity, bench_entry");
            s.execute("CREATE TABLE bench_subject (person_id VARCHAR(64) PRIMARY KEY, birth_date DATE NOT NULL)");
            s.execute("CREATE TABLE bench_quantity (person_id VARCHAR(64) NOT NULL, indicator_code VARCHAR(16) NOT NULL,"
                    + " amount NUMERIC(19, 2) NOT NULL, PRIMARY KEY (person_id, indicator_code))");
            s.execute("CREATE TABLE bench_entry (person_id VARCHAR(64) NOT NULL, indicator_code VARCHAR(16) NOT NULL,"
                    + " points NUMERIC(19, 2) NOT NULL, effective_on DATE NOT NULL,"
                    + " recorded_at TIMESTAMP(6) WITH TIME ZONE NOT NULL)");
            s.execute("CREATE INDEX bench_entry_person ON bench_entry (person_id, indicator_code)");
        } catch (SQLException e) {
            throw new IllegalStateException("creating the scoring tables failed", e);
        }
    }

    /** Adds the residents' facts (COPY). */
    public void append(List<Resident> residents) {
        try (Connection c = DriverManager.getConnection(jdbcUrl)) {
            StringBuilder subjects = new StringBuilder();
            StringBuilder quantities = new StringBuilder();
            StringBuilder entries = new StringBuilder();
            for (Resident resident : residents) {
                String person = resident.person().id().value();
                subjects.append(person).append(',').append(resident.person().idNumber().birthDate()).append('\n');
                resident.quantities().forEach((code, amount) -> quantities.append(person).append(',')
                        .append(code.value()).append(',').append(amount.toPlainString()).append('\n'));
                for (LedgerEntry entry : resident.ledger().entries()) {
                    entries.append(person).append(',').append(entry.indicator().code().value()).append(',')
                            .append(entry.points().toBigDecimal().toPlainString()).append(',')
                            .append(entry.effectiveOn()).append(',')
                            .append(entry.recordedAt().atOffset(ZoneOffset.UTC)).append('\n');
                }
            }
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn("COPY bench_subject FROM STDIN (FORMAT csv)", new StringReader(subjects.toString()));
            copy.copyIn("COPY bench_quantity FROM STDIN (FORMAT csv)", new StringReader(quantities.toString()));
            copy.copyIn("COPY bench_entry FROM STDIN (FORMAT csv)", new StringReader(entries.toString()));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("loading the scoring facts failed", e);
        }
    }

    /** Statistics and visibility maps brought up to date once every fact is in. */
    public void analyze() {
        try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement()) {
            s.execute("VACUUM ANALYZE bench_subject");
            s.execute("VACUUM ANALYZE bench_quantity");
            s.execute("VACUUM ANALYZE bench_entry");
        } catch (SQLException e) {
            throw new IllegalStateException("analyzing the scoring facts failed", e);
        }
    }

    /** Runs the statement and reads every delta back into {@code deltas}. */
    public void score(Consumer<Delta> deltas) {
        try (Connection c = DriverManager.getConnection(jdbcUrl)) {
            c.setAutoCommit(false);
            try (PreparedStatement statement = c.prepareStatement(sql)) {
                statement.setFetchSize(50_000);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        deltas.accept(new Delta(rows.getString(1), rows.getString(2),
                                rows.getBigDecimal(3).movePointRight(2).longValueExact()));
                    }
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("the scoring statement failed", e);
        }
    }

    static String sql(AutoRules rules) {
        String on = Population.ON.toString();
        String now = Population.NOW.atOffset(ZoneOffset.UTC).toString();
        StringBuilder cases = new StringBuilder();
        String age = null;
        List<String> quantityCodes = new ArrayList<>();
        for (AutoRules.Auto auto : rules.indicators()) {
            String cap = decimal(auto.cap());
            switch (auto.kind()) {
                case AGE -> {
                    StringBuilder bands = new StringBuilder("CASE");
                    for (AgeBand band : auto.bands()) {
                        bands.append(" WHEN a BETWEEN ").append(band.fromAge()).append(" AND ").append(band.toAge())
                                .append(" THEN ").append(decimal(band.points().hundredths())).append(" + (a - ")
                                .append(band.fromAge()).append(") * ").append(decimal(band.perYear().hundredths()));
                    }
                    bands.append(" ELSE 0 END");
                    age = "SELECT s.person_id, '" + auto.code() + "' AS indicator_code, LEAST(GREATEST(" + bands
                            + ", 0), " + cap + ") AS points\n"
                            + "    FROM (SELECT person_id, CAST(EXTRACT(YEAR FROM age(TIMESTAMP '" + on
                            + "', birth_date)) AS INTEGER) AS a FROM bench_subject) s";
                }
                case PER_UNIT -> {
                    quantityCodes.add(auto.code());
                    cases.append("        WHEN '").append(auto.code()).append("' THEN LEAST(GREATEST(FLOOR(q.amount / ")
                            .append(auto.unitSize()).append(") * ").append(decimal(auto.pointsPerUnit()))
                            .append(", 0), ").append(cap).append(")\n");
                }
                case FIXED -> {
                    quantityCodes.add(auto.code());
                    cases.append("        WHEN '").append(auto.code()).append("' THEN LEAST(GREATEST(CASE WHEN q.amount = 1 THEN ")
                            .append(decimal(auto.fixedPoints())).append(" ELSE 0 END, 0), ").append(cap).append(")\n");
                }
                default -> throw new IllegalStateException(auto.kind().name());
            }
        }
        String codes = quantityCodes.stream().map(c -> "'" + c + "'").collect(Collectors.joining(", "));
        return "WITH balance AS (\n"
                + "    SELECT person_id, indicator_code, SUM(points) AS points FROM bench_entry\n"
                + "    WHERE effective_on <= DATE '" + on + "' AND recorded_at <= TIMESTAMP WITH TIME ZONE '" + now + "'\n"
                + "    GROUP BY person_id, indicator_code),\n"
                + "target AS (\n"
                + "    SELECT q.person_id, q.indicator_code, CASE q.indicator_code\n" + cases
                + "        END AS points\n"
                + "    FROM bench_quantity q WHERE q.indicator_code IN (" + codes + ")\n"
                + (age == null ? "" : "    UNION ALL\n    " + age + "\n")
                + ")\n"
                + "SELECT t.person_id, t.indicator_code, t.points - COALESCE(b.points, 0) AS delta\n"
                + "FROM target t LEFT JOIN balance b ON b.person_id = t.person_id AND b.indicator_code = t.indicator_code\n"
                + "WHERE t.points <> COALESCE(b.points, 0)";
    }

    private static String decimal(long hundredths) {
        return BigDecimal.valueOf(hundredths, 2).toPlainString();
    }
}
