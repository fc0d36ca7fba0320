package org.jifen.application.service.review;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jifen.application.audit.AuditTrail;
import org.jifen.application.port.in.review.GiveSecondApprovalCommand;
import org.jifen.application.port.in.review.GiveSecondApprovalResult;
import org.jifen.application.port.in.review.GiveSecondApprovalUseCase;
import org.jifen.application.port.in.shared.NotFoundException;
import org.jifen.application.port.out.application.PointsApplicationRepository;
import org.jifen.application.port.out.catalogue.CatalogueRepository;
import org.jifen.application.port.out.ledger.LedgerRepository;
import org.jifen.application.port.out.person.PersonRepository;
import org.jifen.application.port.out.shared.Clock;
import org.jifen.application.port.out.shared.TransactionRunner;
import org.jifen.domain.access.AccessPolicy;
import org.jifen.domain.access.Caller;
import org.jifen.domain.access.Role;
import org.jifen.domain.application.ApplicationStateException;
import org.jifen.domain.application.Claim;
import org.jifen.domain.application.Deduction;
import org.jifen.domain.application.PointsApplication;
import org.jifen.domain.audit.AuditAction;
import org.jifen.domain.catalogue.Department;
import org.jifen.domain.catalogue.Indicator;
import org.jifen.domain.ledger.IndicatorRef;
import org.jifen.domain.ledger.LedgerEntry;
import org.jifen.domain.person.Person;

/**
 * 双人复核: a second reviewer approves a claim decision or a penalty event waiting for one. An
 * approved penalty is posted to the ledger at that moment, effective on its event date, with its freeze.
 */
public final class GiveSecondApprovalService implements GiveSecondApprovalUseCase {

    private final PointsApplicationRepository applications;
    private final PersonRepository persons;
    private final CatalogueRepository catalogues;
    private final LedgerRepository ledgers;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionRunner transactions;

    public GiveSecondApprovalService(PointsApplicationRepository applications, PersonRepository persons,
            CatalogueRepository catalogues, LedgerRepository ledgers, AuditTrail audit, Clock clock,
            TransactionRunner transactions) {
        this.applications = applications;
        this.persons = persons;
        this.catalogues = catalogues;
        this.ledgers = ledgers;
        this.audit = audit;
        this.clock = clock;
        this.transactions = transactions;
    }

    @Override
    public GiveSecondApprovalResult approve(GiveSecondApprovalCommand command) {
        Caller caller = command.caller();
        AccessPolicy.requireRole(caller, Role.SUPERVISOR, Role.REVIEWER);
        return transactions.inTransaction(() -> {
            PointsApplication application = applications.find(command.application())
                    .orElseThrow(() -> new NotFoundException("APPLICATION_NOT_FOUND",
                            "no application " + command.application()));
            AccessPolicy.requireJurisdiction(caller, application.district());
            Instant now = clock.now();
            PointsApplication approved;
            Optional<LedgerEntry> posted = Optional.empty();
            String details;
            if (command.claim().isPresent()) {
                Claim claim = application.requireClaim(command.claim().get());
                requireDepartmentOfReviewer(caller, claim.department());
                requireNoConflict(caller, application);
                approved = application.approveSecond(claim.indicator().code(), caller.subject(), now);
                Claim decided = approved.requireClaim(claim.indicator().code());
                details = "application " + application.id() + ", claim " + claim.indicator().code() + " "
                        + decided.status() + " at " + decided.points() + ", first decided by "
                        + claim.decision().orElseThrow().decidedBy();
            } else {
                String eventRef = command.deductionEvent().orElseThrow();
                Deduction deduction = application.deductions().stream().filter(d -> d.eventRef().equals(eventRef))
                        .findFirst().orElseThrow(() -> new ApplicationStateException("UNKNOWN_EVENT",
                                "application " + application.id() + " has no deduction event " + eventRef));
                Indicator indicator = indicatorOf(deduction.indicator());
                requireDepartmentOfReviewer(caller, indicator.department());
                requireNoConflict(caller, application);
                approved = application.approveDeduction(eventRef, caller.subject());
                List<LedgerEntry> entries = ledgers.loadForPosting(application.person()).postPenalty(indicator,
                        deduction.indicator(), deduction.points(), deduction.freeze(),
                        deduction.posting(application.id(), now));
                ledgers.append(entries);
                LedgerEntry entry = entries.get(0);
                posted = Optional.of(entry);
                details = "application " + application.id() + ", deduction " + deduction.indicator().code() + " "
                        + deduction.level() + " event " + eventRef + " approved, posted " + entry.points()
                        + " effective " + entry.effectiveOn() + ", frozen until " + deduction.freeze().until()
                        + ", recorded by " + deduction.recordedBy();
            }
            applications.update(approved);
            audit.record(caller, AuditAction.SECOND_APPROVAL_GIVEN, application.person().value(), details);
            return new GiveSecondApprovalResult(approved, posted);
        });
    }

    /** A supervisor approves for any department; a second reviewer only for their own. */
    private static void requireDepartmentOfReviewer(Caller caller, Department department) {
        if (caller.role() == Role.REVIEWER) {
            AccessPolicy.requireDepartment(caller, department);
        }
    }

    private void requireNoConflict(Caller caller, PointsApplication application) {
        Person applicant = persons.find(application.person())
                .orElseThrow(() -> new NotFoundException("PERSON_NOT_FOUND", "no person " + application.person()));
        AccessPolicy.requireNoConflictOfInterest(caller, applicant, caller.person().flatMap(persons::find));
    }

    private Indicator indicatorOf(IndicatorRef ref) {
        return catalogues.find(ref.version()).flatMap(c -> c.indicator(ref.code()))
                .orElseThrow(() -> new IllegalStateException(ref + " refers to an indicator that is not loaded"));
    }
}
