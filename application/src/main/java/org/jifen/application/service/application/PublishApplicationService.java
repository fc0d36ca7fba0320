package org.jifen.application.service.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jifen.application.audit.AuditTrail;
import org.jifen.application.port.in.application.PublishApplicationCommand;
import org.jifen.application.port.in.application.PublishApplicationResult;
import org.jifen.application.port.in.application.PublishApplicationUseCase;
import org.jifen.application.port.in.shared.NotFoundException;
import org.jifen.application.port.out.application.PointsApplicationRepository;
import org.jifen.application.port.out.calendar.WorkingCalendarRepository;
import org.jifen.application.port.out.catalogue.CatalogueRepository;
import org.jifen.application.port.out.ledger.LedgerRepository;
import org.jifen.application.port.out.shared.Clock;
import org.jifen.application.port.out.shared.TransactionRunner;
import org.jifen.domain.access.AccessPolicy;
import org.jifen.domain.access.Role;
import org.jifen.domain.application.Claim;
import org.jifen.domain.application.ClaimDecision;
import org.jifen.domain.application.ClaimStatus;
import org.jifen.domain.application.PointsApplication;
import org.jifen.domain.application.Publication;
import org.jifen.domain.audit.AuditAction;
import org.jifen.domain.catalogue.CatalogueSet;
import org.jifen.domain.catalogue.Indicator;
import org.jifen.domain.ledger.Actor;
import org.jifen.domain.ledger.EntrySource;
import org.jifen.domain.ledger.IdempotencyKey;
import org.jifen.domain.ledger.Ledger;
import org.jifen.domain.ledger.LedgerEntry;
import org.jifen.domain.ledger.Posting;
import org.jifen.domain.ledger.SourceKind;

/**
 * Publishes an application (公示) for 5 working days and posts its approved claims to the ledger,
 * effective on the publication date, in one transaction with the audit event.
 */
public final class PublishApplicationService implements PublishApplicationUseCase {

    private final PointsApplicationRepository applications;
    private final CatalogueRepository catalogues;
    private final LedgerRepository ledgers;
    private final WorkingCalendarRepository calendar;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionRunner transactions;

    public PublishApplicationService(PointsApplicationRepository applications, CatalogueRepository catalogues,
            LedgerRepository ledgers, WorkingCalendarRepository calendar, AuditTrail audit, Clock clock,
            TransactionRunner transactions) {
        this.applications = applications;
        this.catalogues = catalogues;
        this.ledgers = ledgers;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
        this.transactions = transactions;
    }

    @Override
    public PublishApplicationResult publishAndPost(PublishApplicationCommand command) {
        AccessPolicy.requireRole(command.caller(), Role.SUPERVISOR);
        return transactions.inTransaction(() -> {
            PointsApplication application = applications.find(command.application())
                    .orElseThrow(() -> new NotFoundException("APPLICATION_NOT_FOUND", "no application "
                            + command.application()));
            AccessPolicy.requireJurisdiction(command.caller(), application.district());
            Instant now = clock.now();
            LocalDate publishedOn = LocalDate.ofInstant(now, clock.zone());
            LocalDate appealUntil = calendar.calendar().plusWorkingDays(publishedOn, Publication.WORKING_DAYS);
            PointsApplication published = application.publish(new Publication(publishedOn, appealUntil, now,
                    command.caller().subject()));
            List<LedgerEntry> posted = post(published, publishedOn, now);
            applications.update(published);
            if (!posted.isEmpty()) {
                ledgers.append(posted);
            }
            audit.record(command.caller(), AuditAction.APPLICATION_PUBLISHED, published.id().value(),
                    "published on " + publishedOn + ", appeals until " + appealUntil + "; " + posted.size()
                            + " ledger entries" + (posted.isEmpty() ? "" : ": " + posted.stream()
                                    .map(e -> e.indicator().code() + " " + signed(e))
                                    .collect(Collectors.joining(", "))));
            return new PublishApplicationResult(published, posted);
        });
    }

    /**
     * For every approved claim, what brings its indicator to the approved target as known now; the
     * keys name the application and the indicator, so the same application never posts twice.
     */
    private List<LedgerEntry> post(PointsApplication application, LocalDate publishedOn, Instant now) {
        CatalogueSet set = catalogues.catalogueSet();
        Ledger ledger = ledgers.loadForPosting(application.person());
        EntrySource source = new EntrySource(SourceKind.APPLICATION, application.id().value());
        List<LedgerEntry> posted = new ArrayList<>();
        for (Claim claim : application.claims()) {
            if (claim.status() != ClaimStatus.APPROVED) {
                continue;
            }
            Indicator indicator = set.find(claim.indicator().version())
                    .flatMap(c -> c.indicator(claim.indicator().code()))
                    .orElseThrow(() -> new IllegalStateException("claim " + claim.indicator()
                            + " names a catalogue version that is not loaded"));
            ClaimDecision decision = claim.decision().orElseThrow();
            Posting posting = new Posting(IdempotencyKey.of("APP:" + application.id() + ":" + claim.indicator()),
                    source, new Actor(decision.decidedBy()), now, publishedOn);
            for (LedgerEntry entry : ledger.postTarget(indicator, claim.indicator(), claim.points(), posting, false)) {
                ledger = ledger.append(entry);
                posted.add(entry);
            }
        }
        return posted;
    }

    private static String signed(LedgerEntry entry) {
        return (entry.points().isNegative() ? "" : "+") + entry.points();
    }
}
