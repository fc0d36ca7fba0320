package org.jifen.application.service.application;

import org.jifen.application.port.in.application.ApplicationQuery;
import org.jifen.application.port.in.application.GetApplicationUseCase;
import org.jifen.application.port.in.shared.NotFoundException;
import org.jifen.application.port.out.application.PointsApplicationRepository;
import org.jifen.domain.access.AccessPolicy;
import org.jifen.domain.access.Caller;
import org.jifen.domain.access.Role;
import org.jifen.domain.application.PointsApplication;

/** Reads an application for its applicant or for staff covering its district. */
public final class GetApplicationService implements GetApplicationUseCase {

    private final PointsApplicationRepository applications;

    public GetApplicationService(PointsApplicationRepository applications) {
        this.applications = applications;
    }

    @Override
    public PointsApplication get(ApplicationQuery query) {
        Caller caller = query.caller();
        if (caller.role() != Role.APPLICANT) {
            AccessPolicy.requireRole(caller, Role.CLERK, Role.REVIEWER, Role.SUPERVISOR, Role.ADMIN, Role.AUDITOR);
        }
        PointsApplication application = applications.find(query.application())
                .orElseThrow(() -> new NotFoundException("APPLICATION_NOT_FOUND", "no application "
                        + query.application()));
        AccessPolicy.requireOwnOrStaff(caller, application.person(), application.district());
        return application;
    }
}
