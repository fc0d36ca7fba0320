package org.jifen.archfixture.good.application.memory;

import java.util.List;
import org.jifen.archfixture.good.application.port.out.ledger.AppendOutcome;
import org.jifen.archfixture.good.application.port.out.ledger.LedgerRepository;
import org.jifen.archfixture.good.domain.ledger.Ledger;

public final class InMemoryLedgerRepository implements LedgerRepository {
    private Ledger ledger = new Ledger(List.of());

    @Override
    public Ledger load() {
        return ledger;
    }

    @Override
    public AppendOutcome store(Ledger next) {
        ledger = next;
        return AppendOutcome.APPENDED;
    }
}
