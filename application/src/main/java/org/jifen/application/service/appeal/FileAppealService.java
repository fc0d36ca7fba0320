package org.jifen.application.service.appeal;

import java.time.LocalDate;
import org.jifen.application.audit.AuditTrail;
import org.jifen.application.port.in.appeal.FileAppealCommand;
import org.jifen.application.port.in.appeal.FileAppealUseCase;
import org.jifen.application.port.in.shared.NotFoundException;
import org.jifen.application.port.out.appeal.AppealRepository;
import org.jifen.application.port.out.application.PointsApplicationRepository;
import org.jifen.application.port.out.calendar.WorkingCalendarRepository;
import org.jifen.application.port.out.shared.Clock;
import org.jifen.application.port.out.shared.IdGenerator;
import org.jifen.application.port.out.shared.TransactionRunner;
import org.jifen.domain.access.AccessDeniedException;
import org.jifen.domain.access.AccessPolicy;
import org.jifen.domain.access.Caller;
import org.jifen.domain.access.Role;
import org.jifen.domain.appeal.Appeal;
import org.jifen.domain.appeal.AppealId;
import org.jifen.domain.application.PointsApplication;
import org.jifen.domain.audit.AuditAction;

/** Files an appeal (复核申请) during the publication period; the department has 10 working days to decide. */
public final class FileAppealService implements FileAppealUseCase {

    private final PointsApplicationRepository applications;
    private final AppealRepository appeals;
    private final WorkingCalendarRepository calendar;
    private final AuditTrail audit;
    private final Clock clock;
    private final IdGenerator ids;
    private final TransactionRunner transactions;

    public FileAppealService(PointsApplicationRepository applications, AppealRepository appeals,
            WorkingCalendarRepository calendar, AuditTrail audit, Clock clock, IdGenerator ids,
            TransactionRunner transactions) {
        this.applications = applications;
        this.appeals = appeals;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
        this.ids = ids;
        this.transactions = transactions;
    }

    @Override
    public Appeal file(FileAppealCommand command) {
        Caller caller = command.caller();
        AccessPolicy.requireRole(caller, Role.APPLICANT, Role.CLERK);
        return transactions.inTransaction(() -> {
            PointsApplication application = applications.find(command.application())
                    .orElseThrow(() -> new NotFoundException("APPLICATION_NOT_FOUND",
                            "no application " + command.application()));
            if (caller.role() == Role.APPLICANT) {
                if (!caller.isPerson(application.person())) {
                    throw new AccessDeniedException("NOT_OWN_DATA", "an applicant appeals only their own application");
                }
            } else {
                AccessPolicy.requireJurisdiction(caller, application.district());
            }
            LocalDate filedOn = clock.today();
            // The deadline is only counted for an appeal the window admits: Appeal.file refuses any other
            // (NOT_PUBLISHED, APPEAL_WINDOW_CLOSED) before looking at it, so a late appeal is refused for
            // being late even when the calendar does not reach its would-be deadline.
            boolean admitted = application.publication().filter(p -> p.windowOpenOn(filedOn)).isPresent();
            LocalDate decideBy = admitted
                    ? calendar.calendar().plusWorkingDays(filedOn, Appeal.WORKING_DAYS_TO_DECIDE)
                    : filedOn;
            Appeal appeal = Appeal.file(new AppealId(ids.next("APL")), application, command.indicators(),
                    command.reason(), clock.now(), filedOn, decideBy);
            appeals.add(appeal);
            audit.record(caller, AuditAction.APPEAL_FILED, application.person().value(), "appeal " + appeal.id()
                    + " on application " + application.id() + ", indicators " + appeal.indicators()
                    + ", filed " + filedOn + ", decide by " + decideBy);
            return appeal;
        });
    }
}
