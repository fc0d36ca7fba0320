package org.jifen.archfixture.good.application.port.in.ledger;

public interface PostPointsUseCase {
    LedgerView post(PostPointsCommand command);
}
