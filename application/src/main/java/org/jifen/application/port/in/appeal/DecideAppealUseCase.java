package org.jifen.application.port.in.appeal;

/**
 * 复核决定: a REVIEWER of the department of every indicator the appeal names or corrects
 * (WRONG_DEPARTMENT otherwise), or a SUPERVISOR, covering the application's district, decides a filed
 * appeal (ALREADY_DECIDED). Dismissed: the reason is kept, nothing is posted. Upheld: each corrected
 * indicator is brought to its new target balance by a CORRECTION entry effective on the original
 * publication date and recorded now, so the statement as known before the decision is unchanged.
 */
public interface DecideAppealUseCase {

    DecideAppealResult decide(DecideAppealCommand command);
}
