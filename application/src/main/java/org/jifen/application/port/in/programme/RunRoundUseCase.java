package org.jifen.application.port.in.programme;

import org.jifen.domain.programme.Round;

/**
 * 积分应用分配: runs a round on the usable scores effective on the programme's cut-off date as known at
 * the run time (or at the given earlier time), stores it with its inputs and results, grants an
 * entitlement to every placed candidate (not when re-running "as known at" an earlier time) and audits
 * it. Candidates who are not eligible, frozen or below the minimum take no part, with the reason.
 * Refusals (nothing stored): {@code FORBIDDEN}, {@code OUT_OF_JURISDICTION}, {@code PROGRAMME_NOT_FOUND},
 * {@code UNKNOWN_PLACE}, {@code DUPLICATE_BENEFICIARY}, {@code INVALID_PLACES}, {@code INVALID_KNOWN_AT}.
 */
public interface RunRoundUseCase {

    Round run(RunRoundCommand command);
}
