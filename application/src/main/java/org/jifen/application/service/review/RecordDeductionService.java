package org.jifen.application.service.review;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jifen.application.audit.AuditTrail;
import org.jifen.application.port.in.review.RecordDeductionCommand;
import org.jifen.application.port.in.review.RecordDeductionResult;
import org.jifen.application.port.in.review.RecordDeductionUseCase;
import org.jifen.application.port.in.shared.NotFoundException;
import org.jifen.application.port.in.shared.RuleRefusedException;
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
import org.jifen.domain.application.ClaimStatus;
import org.jifen.domain.application.Deduction;
import org.jifen.domain.application.FourEyesPolicy;
import org.jifen.domain.application.PointsApplication;
import org.jifen.domain.audit.AuditAction;
import org.jifen.domain.catalogue.CatalogueIndicator;
import org.jifen.domain.catalogue.Indicator;
import org.jifen.domain.catalogue.IndicatorKind;
import org.jifen.domain.catalogue.InvalidFactsException;
import org.jifen.domain.catalogue.PerEventRule;
import org.jifen.domain.ledger.IndicatorRef;
import org.jifen.domain.ledger.LedgerEntry;
import org.jifen.domain.person.Person;
import org.jifen.domain.shared.InvalidValueException;
import org.jifen.domain.shared.Points;

/**
 * Records a penalty event (扣分) on an application. A small one is posted at once with its freeze; one
 * above the four-eyes threshold waits for a second approval and posts nothing yet.
 */
public final class RecordDeductionService implements RecordDeductionUseCase {

    private final PointsApplicationRepository applications;
    private final PersonRepository persons;
    private final CatalogueRepository catalogues;
    private final LedgerRepository ledgers;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionRunner transactions;
    private final FourEyesPolicy fourEyes;

    public RecordDeductionService(PointsApplicationRepository applications, PersonRepository persons,
            CatalogueRepository catalogues, LedgerRepository ledgers, AuditTrail audit, Clock clock,
            TransactionRunner transactions, FourEyesPolicy fourEyes) {
        this.applications = applications;
        this.persons = persons;
        this.catalogues = catalogues;
        this.ledgers = ledgers;
        this.audit = audit;
        this.clock = clock;
        this.transactions = transactions;
        this.fourEyes = fourEyes;
    }

    @Override
    public RecordDeductionResult record(RecordDeductionCommand command) {
        Caller caller = command.caller();
        AccessPolicy.requireRole(caller, Role.REVIEWER);
        return transactions.inTransaction(() -> {
            PointsApplication application = applications.find(command.application())
                    .orElseThrow(() -> new NotFoundException("APPLICATION_NOT_FOUND",
                            "no application " + command.application()));
            AccessPolicy.requireJurisdiction(caller, application.district());
            CatalogueIndicator inForce = catalogues.catalogueSet()
                    .indicatorIn(application.district(), command.indicator(), command.eventDate())
                    .orElseThrow(() -> new RuleRefusedException("UNKNOWN_INDICATOR", "no indicator "
                            + command.indicator() + " is in force in " + application.district() + " on "
                            + command.eventDate()));
            Indicator indicator = inForce.indicator();
            AccessPolicy.requireDepartment(caller, indicator.department());
            Person applicant = persons.find(application.person())
                    .orElseThrow(() -> new NotFoundException("PERSON_NOT_FOUND", "no person " + application.person()));
            AccessPolicy.requireNoConflictOfInterest(caller, applicant, caller.person().flatMap(persons::find));
            if (indicator.kind() != IndicatorKind.DEDUCTION) {
                throw new RuleRefusedException("NOT_A_DEDUCTION", "indicator " + indicator.code()
                        + " awards points (加分); penalties are recorded on a deduction indicator");
            }
            if (!(indicator.rule() instanceof PerEventRule events)) {
                throw new InvalidFactsException("indicator " + indicator.code() + " does not score events");
            }
            String level = command.level().orElseGet(() -> onlyLevel(indicator, events));
            Points points = events.pointsOf(level);
            Instant now = clock.now();
            if (command.eventDate().isAfter(clock.today())) {
                throw new RuleRefusedException("DATE_IN_FUTURE", "eventDate: " + command.eventDate()
                        + " is after today (" + clock.today() + ")");
            }
            if (application.deductions().stream().anyMatch(d -> d.eventRef().equals(command.eventRef()))) {
                throw new ApplicationStateException("DUPLICATE_EVENT", "event " + command.eventRef()
                        + " is already recorded on application " + application.id());
            }
            boolean waits = fourEyes.requiresSecondApproval(indicator.method(), points);
            IndicatorRef ref = IndicatorRef.of(inForce);
            Deduction deduction = new Deduction(ref, level, command.eventRef(), command.eventDate(),
                    command.method(), points, waits ? ClaimStatus.AWAITING_SECOND_APPROVAL : ClaimStatus.APPROVED,
                    caller.subject(), now, Optional.empty());
            PointsApplication recorded = application.withDeduction(deduction);
            Optional<LedgerEntry> posted = Optional.empty();
            if (!waits) {
                List<LedgerEntry> entries = ledgers.loadForPosting(application.person()).postPenalty(indicator, ref,
                        points, deduction.freeze(), deduction.posting(application.id(), now));
                ledgers.append(entries);
                posted = Optional.of(entries.get(0));
            }
            applications.update(recorded);
            audit.record(caller, AuditAction.DEDUCTION_RECORDED, application.person().value(), "application "
                    + application.id() + ", " + indicator.code() + " " + level + " event "
                    + command.eventRef() + " of " + command.eventDate() + ", " + points + ", method "
                    + command.method() + posted.map(e -> ", posted " + e.points() + ", frozen until "
                            + deduction.freeze().until()).orElse(", waits for a second reviewer"));
            return new RecordDeductionResult(recorded, deduction, posted);
        });
    }

    /** The level of an event given without one: the table's only level, or {@code LEVEL_REQUIRED}. */
    private static String onlyLevel(Indicator indicator, PerEventRule events) {
        if (events.table().size() == 1) {
            return events.table().keySet().iterator().next();
        }
        throw new InvalidValueException("LEVEL_REQUIRED", "level", "indicator " + indicator.code()
                + " scores events by level: give one of " + events.table().keySet());
    }
}
