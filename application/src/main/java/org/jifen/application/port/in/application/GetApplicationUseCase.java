package org.jifen.application.port.in.application;

import org.jifen.domain.application.PointsApplication;

/**
 * Reads an application (status, claims, decisions, publication window): its applicant, or staff whose
 * jurisdiction covers its district. {@code APPLICATION_NOT_FOUND} when there is none.
 */
public interface GetApplicationUseCase {

    PointsApplication get(ApplicationQuery query);
}
