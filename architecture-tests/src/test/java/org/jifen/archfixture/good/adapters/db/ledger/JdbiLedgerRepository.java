package org.jifen.archfixture.good.adapters.db.ledger;

import java.util.List;
import org.flywaydb.fixture.Flyway;
import org.jdbi.fixture.Jdbi;
import org.jifen.archfixture.good.application.port.out.ledger.AppendOutcome;
import org.jifen.archfixture.good.application.port.out.ledger.LedgerRepository;
import org.jifen.archfixture.good.domain.ledger.Ledger;

/** JDBI and Flyway inside the db adapter: allowed. */
public final class JdbiLedgerRepository implements LedgerRepository {
    private final Jdbi jdbi;

    public JdbiLedgerRepository(Jdbi jdbi, Flyway flyway) {
        this.jdbi = jdbi;
        flyway.migrate();
    }

    @Override
    public Ledger load() {
        return new Ledger(List.of());
    }

    @Override
    public AppendOutcome store(Ledger ledger) {
        LedgerRow row = new LedgerRow(ledger.entries().size());
        return jdbi.open().execute("insert " + row) > 0 ? AppendOutcome.APPENDED : AppendOutcome.ALREADY_PRESENT;
    }
}
