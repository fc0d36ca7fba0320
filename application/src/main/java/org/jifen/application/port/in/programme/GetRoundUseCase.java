package org.jifen.application.port.in.programme;

import org.jifen.domain.programme.Round;

/**
 * The stored round, as it ran: inputs, cut-off date, times and results (staff covering the programme's
 * district). Refusals: {@code FORBIDDEN}, {@code OUT_OF_JURISDICTION}, {@code ROUND_NOT_FOUND}.
 */
public interface GetRoundUseCase {

    Round round(RoundQuery query);
}
