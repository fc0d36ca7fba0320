package org.jifen.application.port.in.ledger;

/**
 * 辖区积分排名: staff (CLERK, REVIEWER, SUPERVISOR, ADMIN) whose jurisdiction covers the district
 * ({@code FORBIDDEN}, {@code OUT_OF_JURISDICTION}) see the usable score of every person resident there,
 * effective on a date as known at a time, ranked — each total what that person's score statement says.
 * A province or city is refused with {@code NOT_A_DISTRICT}.
 */
public interface RankDistrictUseCase {

    DistrictRanking rank(DistrictRankingQuery query);
}
