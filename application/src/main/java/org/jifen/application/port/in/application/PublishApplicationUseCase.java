package org.jifen.application.port.in.application;

import org.jifen.domain.application.PointsApplication;

/**
 * 公示 (DOMAIN.md §4.3): a SUPERVISOR covering the application's district publishes it today, for
 * the 5 working days after today (appeals up to and including the fifth; {@code CALENDAR_NOT_COVERED}
 * when the working-day calendar lacks a year it needs). Refused while a claim is undecided
 * ({@code CLAIMS_PENDING}) or waits for a second reviewer ({@code SECOND_APPROVAL_REQUIRED}). In the
 * same transaction every approved claim posts what brings its indicator to the approved target
 * (target − balance), effective on the publication date, by the claim's decider; rejected claims post
 * nothing. Audited as {@code APPLICATION_PUBLISHED}.
 */
public interface PublishApplicationUseCase {

    /** Publishes, answering the application and the entries posted. */
    PublishApplicationResult publishAndPost(PublishApplicationCommand command);

    /** Publishes, answering the application. */
    default PointsApplication publish(PublishApplicationCommand command) {
        return publishAndPost(command).application();
    }
}
