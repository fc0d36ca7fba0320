package org.jifen.application.service.appeal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jifen.application.audit.AuditTrail;
import org.jifen.application.port.in.appeal.DecideAppealCommand;
import org.jifen.application.port.in.appeal.DecideAppealResult;
import org.jifen.application.port.in.appeal.DecideAppealUseCase;
import org.jifen.application.port.in.shared.NotFoundException;
import org.jifen.application.port.in.shared.RuleRefusedException;
import org.jifen.application.port.out.appeal.AppealRepository;
import org.jifen.application.port.out.application.PointsApplicationRepository;
import org.jifen.application.port.out.catalogue.CatalogueRepository;
import org.jifen.application.port.out.ledger.LedgerRepository;
import org.jifen.application.port.out.person.PersonRepository;
import org.jifen.application.port.out.shared.Clock;
import org.jifen.application.port.out.shared.TransactionRunner;
import org.jifen.domain.access.AccessPolicy;
import org.jifen.domain.access.Caller;
import org.jifen.domain.access.Role;
import org.jifen.domain.appeal.Appeal;
import org.jifen.domain.appeal.AppealDecision;
import org.jifen.domain.appeal.AppealStatus;
import org.jifen.domain.appeal.Correction;
import org.jifen.domain.application.Claim;
import org.jifen.domain.application.PointsApplication;
import org.jifen.domain.application.Publication;
import org.jifen.domain.audit.AuditAction;
import org.jifen.domain.catalogue.Indicator;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.catalogue.IndicatorKind;
import org.jifen.domain.ledger.Actor;
import org.jifen.domain.ledger.EntrySource;
import org.jifen.domain.ledger.IdempotencyKey;
import org.jifen.domain.ledger.Ledger;
import org.jifen.domain.ledger.LedgerEntry;
import org.jifen.domain.ledger.Posting;
import org.jifen.domain.ledger.SourceKind;
import org.jifen.domain.person.Person;
import org.jifen.domain.shared.Points;

/**
 * Decides an appeal (复核决定). Upheld: each corrected indicator is brought to the target balance of the
 * facts found on review by a CORRECTION entry effective on the original publication date and recorded
 * now; dismissed: the reason is kept and nothing is posted.
 */
public final class DecideAppealService implements DecideAppealUseCase {

    private final AppealRepository appeals;
    private final PointsApplicationRepository applications;
    private final PersonRepository persons;
    private final CatalogueRepository catalogues;
    private final LedgerRepository ledgers;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionRunner transactions;

    public DecideAppealService(AppealRepository appeals, PointsApplicationRepository applications,
            PersonRepository persons, CatalogueRepository catalogues, LedgerRepository ledgers, AuditTrail audit,
            Clock clock, TransactionRunner transactions) {
        this.appeals = appeals;
        this.applications = applications;
        this.persons = persons;
        this.catalogues = catalogues;
        this.ledgers = ledgers;
        this.audit = audit;
        this.clock = clock;
        this.transactions = transactions;
    }

    @Override
    public DecideAppealResult decide(DecideAppealCommand command) {
        Caller caller = command.caller();
        AccessPolicy.requireRole(caller, Role.REVIEWER, Role.SUPERVISOR);
        return transactions.inTransaction(() -> {
            Appeal appeal = appeals.find(command.appeal())
                    .orElseThrow(() -> new NotFoundException("APPEAL_NOT_FOUND", "no appeal " + command.appeal()));
            PointsApplication application = applications.find(appeal.application())
                    .orElseThrow(() -> new NotFoundException("APPLICATION_NOT_FOUND",
                            "no application " + appeal.application()));
            AccessPolicy.requireJurisdiction(caller, application.district());
            if (caller.role() == Role.REVIEWER) {
                for (IndicatorCode code : touched(appeal, command)) {
                    Optional<Claim> claim = application.claim(code);
                    if (claim.isPresent()) {
                        AccessPolicy.requireDepartment(caller, claim.get().department());
                    }
                }
            }
            Person applicant = persons.find(application.person())
                    .orElseThrow(() -> new NotFoundException("PERSON_NOT_FOUND", "no person " + application.person()));
            AccessPolicy.requireNoConflictOfInterest(caller, applicant, caller.person().flatMap(persons::find));
            requireShape(command);
            Instant now = clock.now();
            Appeal decided = appeal.decide(new AppealDecision(command.outcome(), command.corrections(),
                    command.reason(), caller.subject(), now));
            List<LedgerEntry> posted = command.outcome() == AppealStatus.UPHELD
                    ? corrections(decided, application, command.corrections(), new Actor(caller.subject()), now)
                    : List.of();
            appeals.update(decided);
            if (!posted.isEmpty()) {
                ledgers.append(posted);
            }
            audit.record(caller, AuditAction.APPEAL_DECIDED, application.person().value(), "appeal " + appeal.id()
                    + " on application " + application.id() + " " + decided.status()
                    + (posted.isEmpty() ? ", nothing posted"
                            : ", corrections " + posted.stream().map(e -> e.indicator().code() + " " + e.points())
                                    .toList() + " effective " + posted.get(0).effectiveOn()));
            return new DecideAppealResult(decided, posted);
        });
    }

    /** Every indicator the decision speaks for: the ones appealed and the ones corrected. */
    private static Set<IndicatorCode> touched(Appeal appeal, DecideAppealCommand command) {
        Set<IndicatorCode> codes = new LinkedHashSet<>(appeal.indicators());
        command.corrections().forEach(c -> codes.add(c.indicator()));
        return codes;
    }

    private static void requireShape(DecideAppealCommand command) {
        if (command.outcome() == AppealStatus.DISMISSED) {
            if (command.reason().isEmpty()) {
                throw new RuleRefusedException("REASON_REQUIRED", "a dismissal gives its reason");
            }
            if (!command.corrections().isEmpty()) {
                throw new RuleRefusedException("CORRECTIONS_NOT_ALLOWED", "a dismissed appeal corrects nothing");
            }
        } else {
            if (command.corrections().isEmpty()) {
                throw new RuleRefusedException("CORRECTIONS_REQUIRED", "an upheld appeal names its corrections");
            }
            if (command.corrections().stream().map(Correction::indicator).distinct().count()
                    != command.corrections().size()) {
                throw new RuleRefusedException("DUPLICATE_INDICATOR", "an indicator is corrected twice");
            }
        }
    }

    private List<LedgerEntry> corrections(Appeal appeal, PointsApplication application, List<Correction> corrections,
            Actor actor, Instant now) {
        Publication publication = application.publication().orElseThrow(() -> new IllegalStateException(
                "appeal " + appeal.id() + " is on an application that was never published"));
        Ledger ledger = ledgers.loadForPosting(application.person());
        List<LedgerEntry> posted = new ArrayList<>();
        for (Correction correction : corrections) {
            Claim claim = application.requireClaim(correction.indicator());
            Indicator indicator = catalogues.find(claim.indicator().version())
                    .flatMap(c -> c.indicator(correction.indicator()))
                    .orElseThrow(() -> new IllegalStateException("claim " + claim.indicator()
                            + " refers to an indicator that is not loaded"));
            if (indicator.kind() != IndicatorKind.BONUS) {
                throw new RuleRefusedException("NOT_CORRECTABLE", "indicator " + indicator.code()
                        + " is a deduction: its events are recorded, not corrected by appeal");
            }
            // The corrected facts are, like the claim's, the cumulative facts as of the application date: they
            // are scored on that date, exactly as the reviewer's first decision was, so the appeal changes
            // only what was wrongly found and never adds what happened after the application.
            Points target = indicator.targetBalance(correction.facts(), application.submittedOn());
            Posting posting = new Posting(IdempotencyKey.of("APPEAL:" + appeal.id() + ":" + indicator.code()),
                    new EntrySource(SourceKind.APPEAL, appeal.id().value()), actor, now, publication.publishedOn());
            for (LedgerEntry entry : ledger.postTarget(indicator, claim.indicator(), target, posting, true)) {
                ledger = ledger.append(entry);
                posted.add(entry);
            }
        }
        return posted;
    }
}
