package org.jifen.application.port.in.ledger;

/**
 * 系统自动评分: for every {@code AUTO} indicator in force in the district on the date, turns the
 * latest system data on or before that date (P01: the birth date in the ID number) into the
 * indicator's target balance and posts the difference to the ledger, effective on that date.
 * An indicator without system data is left as it is. Running it again with the same data posts nothing.
 */
public interface ScoreAutoIndicatorsUseCase {

    AutoScoreResult score(ScoreAutoIndicatorsCommand command);
}
