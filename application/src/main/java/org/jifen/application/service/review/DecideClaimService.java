package org.jifen.application.service.review;

import java.time.Instant;
import org.jifen.application.audit.AuditTrail;
import org.jifen.application.port.in.review.ClaimOutcome;
import org.jifen.application.port.in.review.DecideClaimCommand;
import org.jifen.application.port.in.review.DecideClaimUseCase;
import org.jifen.application.port.in.shared.NotFoundException;
import org.jifen.application.port.in.shared.RuleRefusedException;
import org.jifen.application.port.out.application.PointsApplicationRepository;
import org.jifen.application.port.out.catalogue.CatalogueRepository;
import org.jifen.application.port.out.person.PersonRepository;
import org.jifen.application.port.out.shared.Clock;
import org.jifen.application.port.out.shared.TransactionRunner;
import org.jifen.domain.access.AccessPolicy;
import org.jifen.domain.access.Caller;
import org.jifen.domain.access.Role;
import org.jifen.domain.application.ApplicationStateException;
import org.jifen.domain.application.Claim;
import org.jifen.domain.application.ClaimDecision;
import org.jifen.domain.application.ClaimStatus;
import org.jifen.domain.application.FourEyesPolicy;
import org.jifen.domain.application.PointsApplication;
import org.jifen.domain.application.VerificationMethod;
import org.jifen.domain.audit.AuditAction;
import org.jifen.domain.catalogue.Facts;
import org.jifen.domain.catalogue.Indicator;
import org.jifen.domain.catalogue.ScoringMethod;
import org.jifen.domain.person.Person;
import org.jifen.domain.shared.Points;

/** Records a reviewer's decision on one claim; a large MANUAL award waits for a second reviewer. */
public final class DecideClaimService implements DecideClaimUseCase {

    private final PointsApplicationRepository applications;
    private final PersonRepository persons;
    private final CatalogueRepository catalogues;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionRunner transactions;
    private final FourEyesPolicy fourEyes;

    public DecideClaimService(PointsApplicationRepository applications, PersonRepository persons,
            CatalogueRepository catalogues, AuditTrail audit, Clock clock, TransactionRunner transactions,
            FourEyesPolicy fourEyes) {
        this.applications = applications;
        this.persons = persons;
        this.catalogues = catalogues;
        this.audit = audit;
        this.clock = clock;
        this.transactions = transactions;
        this.fourEyes = fourEyes;
    }

    @Override
    public PointsApplication decide(DecideClaimCommand command) {
        Caller caller = command.caller();
        AccessPolicy.requireRole(caller, Role.REVIEWER);
        return transactions.inTransaction(() -> {
            PointsApplication application = applications.find(command.application())
                    .orElseThrow(() -> new NotFoundException("APPLICATION_NOT_FOUND",
                            "no application " + command.application()));
            Claim claim = application.requireClaim(command.indicator());
            AccessPolicy.requireJurisdiction(caller, application.district());
            AccessPolicy.requireDepartment(caller, claim.department());
            Person applicant = persons.find(application.person())
                    .orElseThrow(() -> new NotFoundException("PERSON_NOT_FOUND", "no person " + application.person()));
            AccessPolicy.requireNoConflictOfInterest(caller, applicant, caller.person().flatMap(persons::find));
            if (claim.status() != ClaimStatus.PENDING) {
                throw new ApplicationStateException("ALREADY_DECIDED", "the claim on " + command.indicator()
                        + " is already " + claim.status());
            }
            if (claim.method() == ScoringMethod.MANUAL && command.method().isEmpty()) {
                throw new RuleRefusedException("METHOD_REQUIRED", "indicator " + command.indicator()
                        + " is verified manually (人工核查): record the method (SYSTEM_CHECK, SITE_VISIT or TIP_OFF)");
            }
            Instant now = clock.now();
            ClaimStatus status;
            ClaimDecision decision;
            if (command.outcome() == ClaimOutcome.REJECTED) {
                String reason = command.reason().orElseThrow(() -> new RuleRefusedException("REASON_REQUIRED",
                        "a rejection gives its reason: " + DecideClaimCommand.MISSING_EVIDENCE + ", "
                                + DecideClaimCommand.NON_CONFORMING + " or a text"));
                decision = ClaimDecision.rejected(reason, command.method(), caller.subject(), now);
                status = ClaimStatus.REJECTED;
            } else {
                Facts facts = command.facts().orElse(claim.declared());
                Points target = indicatorOf(claim).targetBalance(facts, application.submittedOn());
                decision = ClaimDecision.approved(facts, target, command.method(), caller.subject(), now);
                status = fourEyes.requiresSecondApproval(claim.method(), target)
                        ? ClaimStatus.AWAITING_SECOND_APPROVAL : ClaimStatus.APPROVED;
            }
            PointsApplication decided = application.decide(command.indicator(), status, decision);
            applications.update(decided);
            audit.record(caller, AuditAction.CLAIM_DECIDED, application.person().value(),
                    details(application, claim, status, decision, command));
            return decided;
        });
    }

    private Indicator indicatorOf(Claim claim) {
        return catalogues.find(claim.indicator().version())
                .flatMap(c -> c.indicator(claim.indicator().code()))
                .orElseThrow(() -> new IllegalStateException("claim " + claim.indicator()
                        + " refers to an indicator that is not loaded"));
    }

    /** No personal data: codes, points and the standard reason codes only (free text may name people). */
    private static String details(PointsApplication application, Claim claim, ClaimStatus status,
            ClaimDecision decision, DecideClaimCommand command) {
        StringBuilder text = new StringBuilder("application ").append(application.id()).append(", claim ")
                .append(claim.indicator().code()).append(' ').append(status);
        if (decision.approved()) {
            text.append(", target ").append(decision.target());
            if (command.facts().filter(f -> !f.equals(claim.declared())).isPresent()) {
                text.append(", facts corrected by the reviewer");
            }
        } else {
            String reason = decision.reason().orElse("");
            boolean standard = reason.equals(DecideClaimCommand.MISSING_EVIDENCE)
                    || reason.equals(DecideClaimCommand.NON_CONFORMING);
            text.append(", reason ").append(standard ? reason : "given as text");
        }
        decision.method().map(VerificationMethod::name).ifPresent(m -> text.append(", method ").append(m));
        if (status == ClaimStatus.AWAITING_SECOND_APPROVAL) {
            text.append(", waits for a second reviewer");
        }
        return text.toString();
    }
}
