package org.jifen.application.port.in.ledger;

import org.jifen.domain.statement.ScoreStatement;

/** 积分明细: the complete, explainable statement of a person's usable score. */
public interface GetScoreStatementUseCase {

    ScoreStatement statement(ScoreStatementQuery query);
}
