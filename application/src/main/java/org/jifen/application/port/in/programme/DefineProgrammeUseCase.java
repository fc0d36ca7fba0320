package org.jifen.application.port.in.programme;

import org.jifen.domain.programme.Programme;

/**
 * 设立积分应用项目: school enrolment, public rental housing or household registration in a district,
 * with its cut-off date, minimum score, trial-run exclusion, tie-break chain and places. Audited.
 * Refusals: {@code FORBIDDEN}, {@code OUT_OF_JURISDICTION}, {@code UNKNOWN_DIVISION},
 * {@code PROGRAMME_EXISTS}.
 */
public interface DefineProgrammeUseCase {

    Programme define(DefineProgrammeCommand command);
}
