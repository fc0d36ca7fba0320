package org.jifen.archfixture.bad.application.port.in.ledger;

public interface GetStatementUseCase {
    String statement(String person);
}
