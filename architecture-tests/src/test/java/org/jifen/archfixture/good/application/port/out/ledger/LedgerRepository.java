package org.jifen.archfixture.good.application.port.out.ledger;

import org.jifen.archfixture.good.domain.ledger.Ledger;

public interface LedgerRepository {
    Ledger load();

    AppendOutcome store(Ledger ledger);
}
