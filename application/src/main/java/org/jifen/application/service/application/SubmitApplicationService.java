package org.jifen.application.service.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jifen.application.audit.AuditTrail;
import org.jifen.application.port.in.application.ClaimRequest;
import org.jifen.application.port.in.application.SubmitApplicationCommand;
import org.jifen.application.port.in.application.SubmitApplicationUseCase;
import org.jifen.application.port.in.shared.NotFoundException;
import org.jifen.application.port.in.shared.RuleRefusedException;
import org.jifen.application.port.out.application.PointsApplicationRepository;
import org.jifen.application.port.out.application.StoredSubmission;
import org.jifen.application.port.out.catalogue.CatalogueRepository;
import org.jifen.application.port.out.person.PersonRepository;
import org.jifen.application.port.out.shared.Clock;
import org.jifen.application.port.out.shared.IdGenerator;
import org.jifen.application.port.out.shared.TransactionRunner;
import org.jifen.application.port.out.systemdata.SystemDataRecord;
import org.jifen.application.port.out.systemdata.SystemDataRepository;
import org.jifen.domain.access.AccessDeniedException;
import org.jifen.domain.access.AccessPolicy;
import org.jifen.domain.access.Caller;
import org.jifen.domain.access.Role;
import org.jifen.domain.application.ApplicationId;
import org.jifen.domain.application.Claim;
import org.jifen.domain.application.ClaimDecision;
import org.jifen.domain.application.ClaimStatus;
import org.jifen.domain.application.Eligibility;
import org.jifen.domain.application.PointsApplication;
import org.jifen.domain.audit.AuditAction;
import org.jifen.domain.catalogue.Catalogue;
import org.jifen.domain.catalogue.CatalogueIndicator;
import org.jifen.domain.catalogue.CatalogueSet;
import org.jifen.domain.catalogue.Facts;
import org.jifen.domain.catalogue.Indicator;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.catalogue.IndicatorKind;
import org.jifen.domain.catalogue.InvalidFactsException;
import org.jifen.domain.catalogue.RuleKind;
import org.jifen.domain.catalogue.ScoringMethod;
import org.jifen.domain.ledger.Actor;
import org.jifen.domain.ledger.IndicatorRef;
import org.jifen.domain.person.Person;
import org.jifen.domain.shared.Points;

/**
 * Submits an application: checks who asks, replays an idempotent resubmission, checks eligibility,
 * validates every claim, scores the {@code AUTO} indicators from system data, and stores the
 * application with its idempotency key and the audit event in one transaction.
 */
public final class SubmitApplicationService implements SubmitApplicationUseCase {

    private final PersonRepository persons;
    private final CatalogueRepository catalogues;
    private final SystemDataRepository systemData;
    private final PointsApplicationRepository applications;
    private final AuditTrail audit;
    private final IdGenerator ids;
    private final Clock clock;
    private final TransactionRunner transactions;

    public SubmitApplicationService(PersonRepository persons, CatalogueRepository catalogues,
            SystemDataRepository systemData, PointsApplicationRepository applications, AuditTrail audit,
            IdGenerator ids, Clock clock, TransactionRunner transactions) {
        this.persons = persons;
        this.catalogues = catalogues;
        this.systemData = systemData;
        this.applications = applications;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
        this.transactions = transactions;
    }

    @Override
    public PointsApplication submit(SubmitApplicationCommand command) {
        authorize(command);
        String fingerprint = fingerprint(command);
        try {
            return submitOnce(command, fingerprint);
        } catch (RuleRefusedException refused) {
            if (!"DUPLICATE_SUBMISSION".equals(refused.code()) || command.idempotencyKey().isEmpty()) {
                throw refused;
            }
            // the same key was stored by a submission that committed while this one ran (a double click):
            // its application answers this one too, as a repeat after it would
            Optional<PointsApplication> first;
            try {
                first = transactions.inTransaction(() -> replay(command, fingerprint));
            } catch (RuntimeException unreadable) {
                refused.addSuppressed(unreadable);
                throw refused;
            }
            return first.orElseThrow(() -> refused);
        }
    }

    private PointsApplication submitOnce(SubmitApplicationCommand command, String fingerprint) {
        return transactions.inTransaction(() -> {
            Optional<PointsApplication> replay = replay(command, fingerprint);
            if (replay.isPresent()) {
                return replay.get();
            }
            Person person = persons.find(command.person())
                    .orElseThrow(() -> new NotFoundException("PERSON_NOT_FOUND", "no person " + command.person()));
            Instant now = clock.now();
            LocalDate today = LocalDate.ofInstant(now, clock.zone());
            Eligibility.check(person, command.district(), today);
            CatalogueSet set = catalogues.catalogueSet();
            List<Claim> claimed = claimed(command, set, today);
            List<Claim> claims = new ArrayList<>(autoScored(person, command, set, today, now));
            claims.addAll(claimed);
            PointsApplication application = new PointsApplication(ApplicationId.of(ids.next("APP")), person.id(),
                    command.district(), command.channel(), now, today, claims, List.of(), Optional.empty());
            applications.add(application, command.idempotencyKey()
                    .map(key -> new StoredSubmission(key, fingerprint, application.id())));
            audit.record(command.caller(), AuditAction.APPLICATION_SUBMITTED, application.id().value(),
                    "person " + person.id() + " (" + person.idNumber().masked() + "), district " + command.district()
                            + ", channel " + command.channel() + ", claims: " + describe(claims));
            return application;
        });
    }

    /** CLERK or ADMIN of a jurisdiction covering the district, or the applicant for themself. */
    private static void authorize(SubmitApplicationCommand command) {
        Caller caller = command.caller();
        AccessPolicy.requireRole(caller, Role.APPLICANT, Role.CLERK, Role.ADMIN);
        if (caller.role() == Role.APPLICANT) {
            if (!caller.isPerson(command.person())) {
                throw new AccessDeniedException("NOT_OWN_DATA", "an applicant applies only for themself");
            }
            return;
        }
        AccessPolicy.requireJurisdiction(caller, command.district());
    }

    /** The first application of this idempotency key when the content is the same; a conflict otherwise. */
    private Optional<PointsApplication> replay(SubmitApplicationCommand command, String fingerprint) {
        if (command.idempotencyKey().isEmpty()) {
            return Optional.empty();
        }
        Optional<StoredSubmission> stored = applications.findSubmission(command.idempotencyKey().get());
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        if (!stored.get().fingerprint().equals(fingerprint)) {
            throw new RuleRefusedException("IDEMPOTENCY_CONFLICT", "idempotency key " + command.idempotencyKey().get()
                    + " was used for another submission (application " + stored.get().application() + ")");
        }
        return Optional.of(applications.find(stored.get().application())
                .orElseThrow(() -> new IllegalStateException("submission " + stored.get().idempotencyKey()
                        + " names application " + stored.get().application() + ", which is not stored")));
    }

    /** The requested claims, each checked against its indicator in force today; pending review. */
    private static List<Claim> claimed(SubmitApplicationCommand command, CatalogueSet set, LocalDate today) {
        List<Claim> claims = new ArrayList<>();
        Set<IndicatorCode> seen = new HashSet<>();
        for (int i = 0; i < command.claims().size(); i++) {
            ClaimRequest request = command.claims().get(i);
            String where = "claims[" + i + "] (" + request.indicator() + ")";
            if (!seen.add(request.indicator())) {
                throw new RuleRefusedException("DUPLICATE_CLAIM", where + ": indicator " + request.indicator()
                        + " is claimed more than once");
            }
            CatalogueIndicator found = set.indicatorIn(command.district(), request.indicator(), today)
                    .orElseThrow(() -> new NotFoundException("UNKNOWN_INDICATOR", where + ": no indicator "
                            + request.indicator() + " is in force in " + command.district() + " on " + today));
            Indicator indicator = found.indicator();
            if (indicator.method() == ScoringMethod.AUTO) {
                throw new RuleRefusedException("AUTO_INDICATOR_NOT_CLAIMABLE", where + ": " + indicator.code() + " "
                        + indicator.chineseName() + " is scored from system data (系统自动评分), not claimed");
            }
            if (indicator.kind() == IndicatorKind.DEDUCTION) {
                throw new RuleRefusedException("DEDUCTION_NOT_CLAIMABLE", where + ": " + indicator.code() + " "
                        + indicator.chineseName() + " is a deduction (扣分), recorded by a reviewer as a penalty event");
            }
            try {
                indicator.targetBalance(request.facts(), today);
            } catch (InvalidFactsException e) {
                throw new InvalidFactsException(where + ": " + e.getMessage());
            }
            claims.add(Claim.pending(IndicatorRef.of(found), indicator.method(), indicator.department(),
                    request.facts(), request.evidence()));
        }
        return claims;
    }

    /** Every AUTO indicator in force with data: approved at once by SYSTEM with the target it gives today. */
    private List<Claim> autoScored(Person person, SubmitApplicationCommand command, CatalogueSet set,
            LocalDate today, Instant now) {
        List<Claim> claims = new ArrayList<>();
        for (Catalogue catalogue : set.applicableIn(command.district(), today)) {
            for (Indicator indicator : catalogue.indicators()) {
                if (indicator.method() != ScoringMethod.AUTO || indicator.kind() != IndicatorKind.BONUS) {
                    continue;
                }
                Facts facts;
                String evidence;
                if (indicator.rule().kind() == RuleKind.AGE) {
                    facts = new Facts.BirthDate(person.idNumber().birthDate());
                    evidence = "ID_NUMBER:birth date";
                } else {
                    Optional<SystemDataRecord> record = systemData.latest(person.id(), indicator.code(), today);
                    if (record.isEmpty()) {
                        continue;
                    }
                    facts = new Facts.Quantity(record.get().quantity());
                    evidence = "SYSTEM_DATA:" + record.get().asOf();
                }
                Points target = indicator.targetBalance(facts, today);
                IndicatorRef ref = new IndicatorRef(catalogue.version(), catalogue.jurisdiction(), catalogue.tier(),
                        indicator.code());
                claims.add(Claim.pending(ref, ScoringMethod.AUTO, indicator.department(), facts, List.of(evidence))
                        .decided(ClaimStatus.APPROVED, ClaimDecision.approved(facts, target, Optional.empty(),
                                Actor.SYSTEM.value(), now)));
            }
        }
        return claims;
    }

    private static String describe(List<Claim> claims) {
        if (claims.isEmpty()) {
            return "none";
        }
        return claims.stream().map(c -> c.indicator().code() + " " + c.status()
                + (c.status() == ClaimStatus.APPROVED ? " " + c.points() : "")).collect(Collectors.joining(", "));
    }

    // ---------------------------------------------------------------- fingerprint

    /**
     * The SHA-256 of the submission's content without the caller and the key: person, district, channel
     * and the claims in indicator order, each value written with its length so no two contents collide.
     */
    static String fingerprint(SubmitApplicationCommand command) {
        StringBuilder text = new StringBuilder();
        field(text, command.person().value());
        field(text, command.district().value());
        field(text, command.channel().name());
        List<ClaimRequest> claims = new ArrayList<>(command.claims());
        claims.sort(Comparator.comparing(ClaimRequest::indicator));
        field(text, Integer.toString(claims.size()));
        for (ClaimRequest claim : claims) {
            field(text, claim.indicator().value());
            facts(text, claim.facts());
            field(text, Integer.toString(claim.evidence().size()));
            claim.evidence().forEach(e -> field(text, e));
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static void facts(StringBuilder text, Facts facts) {
        if (facts instanceof Facts.Quantity q) {
            field(text, "QUANTITY");
            field(text, q.amount().signum() == 0 ? "0" : q.amount().stripTrailingZeros().toPlainString());
        } else if (facts instanceof Facts.Span s) {
            field(text, "SPAN");
            field(text, s.from().toString());
            field(text, s.to().toString());
        } else if (facts instanceof Facts.LevelHeld l) {
            field(text, "LEVEL");
            field(text, l.level());
        } else if (facts instanceof Facts.Events e) {
            field(text, "EVENTS");
            List<Facts.Event> events = new ArrayList<>(e.events());
            events.sort(Comparator.comparing(Facts.Event::ref));
            field(text, Integer.toString(events.size()));
            for (Facts.Event event : events) {
                field(text, event.level());
                field(text, event.ref());
            }
        } else if (facts instanceof Facts.Holding h) {
            field(text, "HOLDING");
            field(text, Boolean.toString(h.held()));
        } else if (facts instanceof Facts.SetPoints p) {
            field(text, "POINTS");
            field(text, p.points().toString());
        } else if (facts instanceof Facts.BirthDate b) {
            field(text, "BIRTH_DATE");
            field(text, b.date().toString());
        } else {
            throw new IllegalStateException("facts of an unknown kind: " + facts.getClass().getName());
        }
    }

    private static void field(StringBuilder text, String value) {
        text.append(value.length()).append(':').append(value).append(';');
    }
}
