package org.jifen.application.service.appeal;

import org.jifen.application.port.in.appeal.ApplicationStandingQuery;
import org.jifen.application.port.in.appeal.ApplicationStandingView;
import org.jifen.application.port.in.appeal.GetApplicationStandingUseCase;
import org.jifen.application.port.in.shared.NotFoundException;
import org.jifen.application.port.out.appeal.AppealRepository;
import org.jifen.application.port.out.application.PointsApplicationRepository;
import org.jifen.application.port.out.shared.Clock;
import org.jifen.domain.access.AccessPolicy;
import org.jifen.domain.access.Role;
import org.jifen.domain.application.PointsApplication;

/** Tells where an application stands today, and whether it is final (终局). */
public final class GetApplicationStandingService implements GetApplicationStandingUseCase {

    private final PointsApplicationRepository applications;
    private final AppealRepository appeals;
    private final Clock clock;

    public GetApplicationStandingService(PointsApplicationRepository applications, AppealRepository appeals,
            Clock clock) {
        this.applications = applications;
        this.appeals = appeals;
        this.clock = clock;
    }

    @Override
    public ApplicationStandingView standing(ApplicationStandingQuery query) {
        AccessPolicy.requireRole(query.caller(), Role.APPLICANT, Role.CLERK, Role.REVIEWER, Role.SUPERVISOR,
                Role.ADMIN, Role.AUDITOR);
        PointsApplication application = applications.find(query.application())
                .orElseThrow(() -> new NotFoundException("APPLICATION_NOT_FOUND",
                        "no application " + query.application()));
        AccessPolicy.requireOwnOrStaff(query.caller(), application.person(), application.district());
        return ApplicationStandingView.of(application, appeals.findByApplication(application.id()), clock.today());
    }
}
