package org.jifen.archfixture.bad.application.port.in.ledger;

public interface PostPointsUseCase {
    long post(String person, long hundredths);
}
