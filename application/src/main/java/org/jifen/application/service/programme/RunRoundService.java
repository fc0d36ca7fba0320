package org.jifen.application.service.programme;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jifen.application.audit.AuditTrail;
import org.jifen.application.port.in.programme.RunRoundCommand;
import org.jifen.application.port.in.programme.RunRoundUseCase;
import org.jifen.application.port.in.shared.NotFoundException;
import org.jifen.application.port.in.shared.RuleRefusedException;
import org.jifen.application.port.out.application.PointsApplicationRepository;
import org.jifen.application.port.out.catalogue.CatalogueRepository;
import org.jifen.application.port.out.entitlement.EntitlementRepository;
import org.jifen.application.port.out.ledger.LedgerRepository;
import org.jifen.application.port.out.person.PersonRepository;
import org.jifen.application.port.out.programme.ProgrammeRepository;
import org.jifen.application.port.out.programme.RoundRepository;
import org.jifen.application.port.out.shared.Clock;
import org.jifen.application.port.out.shared.IdGenerator;
import org.jifen.application.port.out.shared.TransactionRunner;
import org.jifen.domain.access.AccessPolicy;
import org.jifen.domain.access.Role;
import org.jifen.domain.application.PointsApplication;
import org.jifen.domain.audit.AuditAction;
import org.jifen.domain.catalogue.CatalogueSet;
import org.jifen.domain.entitlement.Entitlement;
import org.jifen.domain.entitlement.EntitlementId;
import org.jifen.domain.jurisdiction.DivisionRegistry;
import org.jifen.domain.ledger.Ledger;
import org.jifen.domain.person.HouseholdMember;
import org.jifen.domain.person.Person;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.person.Relation;
import org.jifen.domain.programme.Allocation;
import org.jifen.domain.programme.CandidateStanding;
import org.jifen.domain.programme.Programme;
import org.jifen.domain.programme.ResultReason;
import org.jifen.domain.programme.Round;
import org.jifen.domain.programme.RoundCandidate;
import org.jifen.domain.programme.RoundId;
import org.jifen.domain.programme.RoundResultLine;
import org.jifen.domain.programme.TrialRunExclusion;
import org.jifen.domain.statement.ScoreStatement;
import org.jifen.domain.statement.ScoreStatements;

/**
 * Runs an allocation round: reads each applicant's usable score (and the spouse's, where both parents
 * applied) effective on the cut-off date as known at the run time or the given earlier time, lets the
 * domain assess and allocate, stores the round, grants entitlements to the placed candidates (not on a
 * re-run "as known at" an earlier time) and audits it — all in one transaction.
 */
public final class RunRoundService implements RunRoundUseCase {

    /** Prefix of round ids. */
    public static final String ROUND_ID_PREFIX = "RND";

    private final ProgrammeRepository programmes;
    private final RoundRepository rounds;
    private final PersonRepository persons;
    private final CatalogueRepository catalogues;
    private final LedgerRepository ledgers;
    private final PointsApplicationRepository applications;
    private final EntitlementRepository entitlements;
    private final AuditTrail audit;
    private final IdGenerator ids;
    private final Clock clock;
    private final TransactionRunner transactions;
    private final DivisionRegistry divisions;

    public RunRoundService(ProgrammeRepository programmes, RoundRepository rounds, PersonRepository persons,
            CatalogueRepository catalogues, LedgerRepository ledgers, PointsApplicationRepository applications,
            EntitlementRepository entitlements, AuditTrail audit, IdGenerator ids, Clock clock,
            TransactionRunner transactions, DivisionRegistry divisions) {
        this.programmes = programmes;
        this.rounds = rounds;
        this.persons = persons;
        this.catalogues = catalogues;
        this.ledgers = ledgers;
        this.applications = applications;
        this.entitlements = entitlements;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
        this.transactions = transactions;
        this.divisions = divisions;
    }

    /** One applicant's usable score for the round and first submission, read once per round. */
    private record Usable(Person person, ScoreStatement statement, Instant firstSubmittedAt) {
    }

    @Override
    public Round run(RunRoundCommand command) {
        AccessPolicy.requireRole(command.caller(), Role.ADMIN);
        return transactions.inTransaction(() -> {
            Programme defined = programmes.find(command.programme()).orElseThrow(() -> new NotFoundException(
                    "PROGRAMME_NOT_FOUND", "no programme " + command.programme()));
            AccessPolicy.requireJurisdiction(command.caller(), defined.district());
            Instant now = clock.now();
            Instant knownAt = command.knownAt().orElse(now);
            if (knownAt.isAfter(now)) {
                throw new RuleRefusedException("INVALID_KNOWN_AT", "a round cannot read the ledger as known at "
                        + knownAt + ", which is later than now (" + now + ")");
            }
            Programme programme = command.places().isEmpty() ? defined : withPlaces(defined, command);
            Allocation.requireValid(programme.places(), command.candidates());

            CatalogueSet catalogueSet = catalogues.catalogueSet();
            Reader reader = new Reader(programme, knownAt, catalogueSet);
            List<CandidateStanding> standings = new ArrayList<>(command.candidates().size());
            for (RoundCandidate candidate : command.candidates()) {
                standings.add(reader.standing(candidate));
            }
            List<RoundResultLine> lines = Allocation.allocate(programme, standings);

            RoundId id = new RoundId(ids.next(ROUND_ID_PREFIX));
            Round round = new Round(id, programme.code(), programme.kind(), programme.district(),
                    programme.cutoffDate(), knownAt, now, command.candidates(), programme.places(), lines);
            rounds.add(round);
            List<Entitlement> granted = round.reproduction() ? List.of() : grants(round);
            entitlements.addAll(granted);
            audit.record(command.caller(), AuditAction.ROUND_RUN, id.value(), summary(round, granted.size()));
            return round;
        });
    }

    /** Reads usable scores for one round, each person once. */
    private final class Reader {

        private final Programme programme;
        private final Instant knownAt;
        private final CatalogueSet catalogueSet;
        private final ScoreStatements statements;
        private final Optional<TrialRunExclusion> trialRun;
        private final Map<PersonId, Optional<Usable>> read = new HashMap<>();

        Reader(Programme programme, Instant knownAt, CatalogueSet catalogueSet) {
            this.programme = programme;
            this.knownAt = knownAt;
            this.catalogueSet = catalogueSet;
            this.statements = new ScoreStatements(catalogueSet, divisions);
            this.trialRun = programme.excludeTrialRun()
                    ? TrialRunExclusion.forDistrict(catalogueSet, programme.district())
                    : Optional.empty();
        }

        CandidateStanding standing(RoundCandidate candidate) {
            Optional<Usable> applicant = usable(candidate.applicant());
            if (applicant.isEmpty()) {
                return Allocation.unknownApplicant(candidate);
            }
            Optional<CandidateStanding> outside = Allocation.outsideHousehold(candidate, applicant.get().person());
            if (outside.isPresent()) {
                return outside.get();
            }
            CandidateStanding own = assess(candidate, applicant.get());
            Optional<CandidateStanding> spouse = spouseOf(applicant.get().person())
                    .flatMap(this::usable)
                    .map(usable -> assess(candidate, usable));
            return Allocation.serving(own, spouse);
        }

        private CandidateStanding assess(RoundCandidate candidate, Usable usable) {
            return Allocation.assess(programme, candidate, usable.person(), usable.statement(),
                    usable.firstSubmittedAt());
        }

        private Optional<Usable> usable(PersonId id) {
            Optional<Usable> known = read.get(id);
            if (known == null) {
                known = persons.find(id).map(this::read);
                read.put(id, known);
            }
            return known;
        }

        private Usable read(Person person) {
            Ledger ledger = ledgers.load(person.id());
            if (trialRun.isPresent()) {
                ledger = trialRun.get().apply(ledger, catalogueSet);
            }
            ScoreStatement statement = statements.build(ledger, programme.district(), programme.cutoffDate(),
                    knownAt);
            Instant first = applications.findByPerson(person.id()).stream()
                    .filter(a -> a.district().equals(programme.district()) && !a.submittedAt().isAfter(knownAt))
                    .map(PointsApplication::submittedAt)
                    .min(Instant::compareTo)
                    .orElse(Instant.MAX);
            return new Usable(person, statement, first);
        }

        /** The applicant's spouse, where registered as a person too (both parents applied). */
        private Optional<PersonId> spouseOf(Person applicant) {
            return applicant.household().stream()
                    .filter(m -> m.relation() == Relation.SPOUSE)
                    .map(HouseholdMember::person)
                    .flatMap(Optional::stream)
                    .filter(id -> !id.equals(applicant.id()))
                    .findFirst();
        }
    }

    private static Programme withPlaces(Programme defined, RunRoundCommand command) {
        return new Programme(defined.code(), defined.kind(), defined.name(), defined.district(),
                defined.cutoffDate(), defined.minScore(), defined.excludeTrialRun(), defined.tieBreaks(),
                command.places());
    }

    /** One entitlement per placed line, held by the applicant whose score served, granted at the run time. */
    private static List<Entitlement> grants(Round round) {
        List<Entitlement> granted = new ArrayList<>();
        for (RoundResultLine line : round.placed()) {
            granted.add(new Entitlement(entitlementId(round.id(), line), line.applicant(),
                    line.beneficiary().idNumber(), line.beneficiary().name(), round.programme().value(),
                    line.place().orElseThrow().value(), round.runAt(), Optional.empty()));
        }
        return granted;
    }

    /** {@code <round id>:<rank>}: one per beneficiary of the round, carrying no personal data. */
    public static EntitlementId entitlementId(RoundId round, RoundResultLine line) {
        return new EntitlementId(round.value() + ":" + line.rank());
    }

    private static String summary(Round round, int granted) {
        Map<ResultReason, Integer> counts = new java.util.EnumMap<>(ResultReason.class);
        for (ResultReason reason : ResultReason.values()) {
            counts.put(reason, 0);
        }
        round.results().forEach(l -> l.reason().ifPresent(r -> counts.merge(r, 1, Integer::sum)));
        return "programme " + round.programme() + " (" + round.kind() + ", " + round.district() + "), cut-off "
                + round.cutoffDate() + ", known at " + round.knownAt() + ", " + round.candidates().size()
                + " candidates: " + round.placed().size() + " placed, " + counts + ", " + granted
                + " entitlements granted" + (round.reproduction() ? " (re-run as known at an earlier time)" : "");
    }
}
