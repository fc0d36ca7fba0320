package org.jifen.archfixture.bad.application.service.ledger;

import org.jifen.archfixture.bad.application.port.in.ledger.GetStatementUseCase;
import org.jifen.archfixture.bad.application.port.in.ledger.PostPointsUseCase;

/** Bad: a service that implements two use cases. */
public final class TwoJobsService implements PostPointsUseCase, GetStatementUseCase {
    @Override
    public long post(String person, long hundredths) {
        return hundredths;
    }

    @Override
    public String statement(String person) {
        return person;
    }
}
