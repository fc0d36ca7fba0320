package org.jifen.adapters.db.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.jifen.adapters.db.Dialect;
import org.jifen.adapters.db.JdbiTransactionRunner;
import org.jifen.adapters.db.JifenDatabase;
import org.jifen.application.port.out.ledger.UsableScore;
import org.jifen.application.port.out.ledger.UsableScoreQuery;
import org.jifen.domain.catalogue.Catalogue;
import org.jifen.domain.catalogue.Tier;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.shared.Points;

/**
 * The ranking of usable scores computed in the database, in one statement ({@link UsableScoreDao#RANKING}):
 * the ledger never leaves it, only one line per resident comes back. The tier maxima, the total's maximum
 * and the 30 days before a version takes effect come from the domain.
 */
public final class JdbiUsableScoreQuery implements UsableScoreQuery {

    private final JdbiTransactionRunner transactions;
    private final Dialect dialect;

    public JdbiUsableScoreQuery(JifenDatabase database) {
        Objects.requireNonNull(database, "database");
        this.transactions = database.transactions();
        this.dialect = database.dialect();
    }

    /**
     * The memory PostgreSQL may give each sort and hash of the ranking (for this statement only, {@code SET
     * LOCAL}): a large district sorts millions of entries by person, which at the default spills to disk.
     */
    static final String RANKING_WORK_MEM = "256MB";

    @Override
    public List<UsableScore> rank(DivisionCode district, LocalDate on, Instant knownAt) {
        List<UsableScoreRow> rows = transactions.inTransaction(() -> {
            if (dialect == Dialect.POSTGRESQL) {
                transactions.useHandle(handle -> handle.execute("SET LOCAL work_mem = '" + RANKING_WORK_MEM + "'"));
            }
            return transactions.withDao(UsableScoreDao.class, dao -> dao.rank(district.value(),
                    district.city().value(), district.province().value(), on,
                    on.minusDays(Catalogue.DAYS_UNTIL_EFFECTIVE), knownAt.atOffset(ZoneOffset.UTC),
                    Tier.PROVINCIAL.max().toBigDecimal(), Tier.MUNICIPAL.max().toBigDecimal(),
                    Tier.DISTRICT.max().toBigDecimal(), Tier.MAX_TOTAL.toBigDecimal(),
                    dialect == Dialect.POSTGRESQL ? "COLLATE \"C\"" : ""));
        });
        return rows.stream().map(row -> new UsableScore(PersonId.of(row.personId()), Points.of(row.total()))).toList();
    }

    @Override
    public String toString() {
        return "JdbiUsableScoreQuery[" + dialect + "]";
    }
}
