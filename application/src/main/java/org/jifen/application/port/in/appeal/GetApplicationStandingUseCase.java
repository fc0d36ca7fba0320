package org.jifen.application.port.in.appeal;

/**
 * Whether an application is final (终局): published, its publication period over, and no appeal
 * open. The applicant themself, or staff covering the application's district, may ask.
 */
public interface GetApplicationStandingUseCase {

    ApplicationStandingView standing(ApplicationStandingQuery query);
}
