package org.jifen.application.port.in.appeal;

import org.jifen.domain.appeal.Appeal;

/**
 * 复核: the applicant themself (NOT_OWN_DATA otherwise) or a CLERK covering the application's district
 * files an appeal during the publication period, up to and including its last day
 * (APPEAL_WINDOW_CLOSED after it, NOT_PUBLISHED before publication), on indicators the application
 * claimed (UNKNOWN_INDICATOR). The department must decide within 10 working days ({@code decideBy}).
 */
public interface FileAppealUseCase {

    Appeal file(FileAppealCommand command);
}
