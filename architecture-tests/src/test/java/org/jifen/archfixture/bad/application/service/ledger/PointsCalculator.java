package org.jifen.archfixture.bad.application.service.ledger;

import org.jifen.archfixture.bad.application.port.in.ledger.PostPointsUseCase;

/** Bad: a service not named *Service. */
public final class PointsCalculator implements PostPointsUseCase {
    @Override
    public long post(String person, long hundredths) {
        return hundredths;
    }
}
