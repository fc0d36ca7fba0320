package org.jifen.application.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.jifen.application.TestCalendars;
import org.jifen.application.audit.AuditChainVerifier;
import org.jifen.application.port.in.appeal.DecideAppealCommand;
import org.jifen.application.port.in.appeal.FileAppealCommand;
import org.jifen.application.port.in.application.ClaimRequest;
import org.jifen.application.port.in.application.PublishApplicationCommand;
import org.jifen.application.port.in.application.SubmitApplicationCommand;
import org.jifen.application.port.in.audit.AuditVerification;
import org.jifen.application.port.in.ledger.ClearPointsCommand;
import org.jifen.application.port.in.person.RegisterPersonCommand;
import org.jifen.application.port.in.review.ClaimOutcome;
import org.jifen.application.port.in.review.DecideClaimCommand;
import org.jifen.application.port.in.review.GiveSecondApprovalCommand;
import org.jifen.application.port.in.review.RecordDeductionCommand;
import org.jifen.application.port.in.systemdata.RecordSystemDataCommand;
import org.jifen.application.port.out.systemdata.SystemDataRecord;
import org.jifen.domain.access.Caller;
import org.jifen.domain.access.Role;
import org.jifen.domain.appeal.Appeal;
import org.jifen.domain.appeal.Correction;
import org.jifen.domain.application.Channel;
import org.jifen.domain.application.Claim;
import org.jifen.domain.application.ClaimStatus;
import org.jifen.domain.application.Deduction;
import org.jifen.domain.application.FourEyesPolicy;
import org.jifen.domain.application.PointsApplication;
import org.jifen.domain.application.VerificationMethod;
import org.jifen.domain.audit.AuditEvent;
import org.jifen.domain.catalogue.Department;
import org.jifen.domain.catalogue.Facts;
import org.jifen.domain.catalogue.Indicator;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.calendar.WorkingDayCalendar;
import org.jifen.domain.ledger.IndicatorRef;
import org.jifen.domain.ledger.Ledger;
import org.jifen.domain.ledger.LedgerEntry;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.person.ResidencePermit;
import org.jifen.domain.person.TestIdNumbers;
import org.jifen.domain.shared.DomainException;
import org.jifen.domain.shared.Points;
import org.jifen.domain.statement.ScoreStatement;

/**
 * No sequence of commands leaves a balance outside its bounds or an audit chain that fails to verify
 * (issue 3). Random sequences of submissions, decisions (approvals with random facts, rejections),
 * penalties of random levels and dates, second approvals, publications, appeals, appeal decisions with
 * random corrections, clearings and working days passing run through the real use cases on two Haishu
 * applicants; many are refused. After every step, for every person, every indicator and every
 * effective date in the ledger, as known now: a bonus balance lies in [0, cap] and a deduction balance
 * in [−cap, 0]; the statement's total lies in [0, 300]; the audit chain verifies with exactly as many
 * events as the log holds; and a refused command changed no store.
 */
class WorkflowProperties {

    static final LocalDate START = LocalDate.of(2025, 6, 2);
    static final WorkingDayCalendar CALENDAR = TestCalendars.calendar();
    static final Caller SUPERVISOR = Caller.of("supervisor-haishu", Role.SUPERVISOR, JifenWorld.HAISHU);
    static final Caller ADMIN = Caller.of("admin-haishu", Role.ADMIN, JifenWorld.HAISHU);
    /**
     * Second reviewers above 5 points rather than 10, so that manual claims (M10, at most 10) wait for a
     * second approval too, and not only the CRIMINAL and DISHONEST penalties.
     */
    static final FourEyesPolicy FOUR_EYES = new FourEyesPolicy(Points.of(5));

    /** The indicators a claim names: every claimable one; now and then an AUTO one or a deduction (refused). */
    static final List<String> CLAIMABLE = List.of("P02", "P03", "M01", "M03", "M04", "M07", "M08", "M09", "M10",
            "HS01", "HS02", "HS04", "HS05");
    static final List<String> NOT_CLAIMABLE = List.of("P04", "M91");

    // ---------------------------------------------------------------- the commands

    /**
     * One command of a sequence. Its target is picked by index when it runs: among the targets the command
     * suits (pending claims, unpublished applications, open appeals…), or, with {@code anyTarget}, among
     * all of them, which the workflow mostly refuses.
     */
    sealed interface Step {
    }

    /** Facts chosen by a variant number, so that any indicator gets facts of its kind (some invalid). */
    record Choice(String indicator, int variant) {
    }

    record Submit(int person, List<Choice> claims) implements Step {
    }

    /** One reviewer's decision on one claim. */
    record Decide(int application, int claim, boolean approve, Optional<Integer> facts, boolean rightDepartment,
            boolean anyTarget) implements Step {
    }

    /** The departments decide every pending claim of an application, one decision each, as {@code seed} says. */
    record ReviewAll(int application, int seed) implements Step {
    }

    record RecordPenalty(int application, String indicator, String level, int daysBefore, int event,
            boolean rightDepartment) implements Step {
    }

    /**
     * A second approval of a claim decision or a penalty waiting for one, by a supervisor (approver 0),
     * another reviewer of the department (1) or the first reviewer again (2, refused: SAME_REVIEWER).
     */
    record SecondApproval(int application, int target, int approver, boolean anyTarget) implements Step {
    }

    record Publish(int application, boolean anyTarget) implements Step {
    }

    record FileAppeal(int application, List<Integer> claims, boolean anyTarget) implements Step {
    }

    record DecideAppeal(int appeal, boolean uphold, List<Integer> variants, boolean anyTarget) implements Step {
    }

    record Clear(int person, int caseNumber) implements Step {
    }

    record WorkingDaysPass(int days) implements Step {
    }

    @Provide
    Arbitrary<List<Step>> sequences() {
        Arbitrary<Integer> index = Arbitraries.integers().between(0, 5);
        Arbitrary<Integer> variant = Arbitraries.integers().between(0, 25);
        Arbitrary<Boolean> mostly = Arbitraries.frequency(Tuple.of(9, true), Tuple.of(1, false));
        Arbitrary<Boolean> rarely = mostly.map(b -> !b);
        Arbitrary<String> indicators = Arbitraries.frequencyOf(Tuple.of(40, Arbitraries.of(CLAIMABLE)),
                Tuple.of(1, Arbitraries.of(NOT_CLAIMABLE)));
        Arbitrary<Choice> choice = Combinators.combine(indicators, variant).as(Choice::new);
        Arbitrary<Step> submit = Combinators.combine(Arbitraries.integers().between(0, 1),
                choice.list().ofMinSize(1).ofMaxSize(4).uniqueElements(Choice::indicator)).as(Submit::new);
        Arbitrary<Step> decide = Combinators.combine(index, Arbitraries.integers().between(0, 8), mostly,
                variant.optional(0.5), mostly, rarely).as(Decide::new);
        Arbitrary<Step> review = Combinators.combine(index, Arbitraries.integers().between(0, 1023))
                .as(ReviewAll::new);
        Arbitrary<Tuple.Tuple2<String, String>> events = Arbitraries.frequency(
                Tuple.of(4, Tuple.of("M91", "DETENTION")), Tuple.of(3, Tuple.of("M91", "CRIMINAL")),
                Tuple.of(3, Tuple.of("M92", "DISHONEST")), Tuple.of(1, Tuple.of("M91", "DISHONEST")),
                Tuple.of(1, Tuple.of("M92", "THEFT")));
        Arbitrary<Step> penalty = Combinators.combine(index, events, Arbitraries.integers().between(0, 400),
                Arbitraries.integers().between(0, 3), mostly).as((application, event, daysBefore, ref, right) ->
                        new RecordPenalty(application, event.get1(), event.get2(), daysBefore, ref, right));
        Arbitrary<Integer> approver = Arbitraries.frequency(Tuple.of(6, 0), Tuple.of(3, 1), Tuple.of(1, 2));
        Arbitrary<Step> second = Combinators.combine(index, index, approver, rarely).as(SecondApproval::new);
        Arbitrary<Step> publish = Combinators.combine(index, rarely).as(Publish::new);
        Arbitrary<Step> appeal = Combinators.combine(index, Arbitraries.integers().between(0, 8).list().ofMinSize(1)
                .ofMaxSize(2), rarely).as(FileAppeal::new);
        Arbitrary<Step> decideAppeal = Combinators.combine(index, mostly, variant.list().ofMinSize(1).ofMaxSize(2),
                rarely).as(DecideAppeal::new);
        Arbitrary<Step> clear = Combinators.combine(Arbitraries.integers().between(0, 1),
                Arbitraries.integers().between(0, 2)).as(Clear::new);
        Arbitrary<Step> days = Arbitraries.integers().between(1, 3).map(WorkingDaysPass::new);
        Arbitrary<Step> step = Arbitraries.frequencyOf(
                Tuple.of(3, submit),
                Tuple.of(2, decide),
                Tuple.of(4, review),
                Tuple.of(2, penalty),
                Tuple.of(2, second),
                Tuple.of(5, publish),
                Tuple.of(4, appeal),
                Tuple.of(4, decideAppeal),
                Tuple.of(1, clear),
                Tuple.of(2, days));
        // most sequences start the way an applicant usually goes — submitted, reviewed, published, appealed —
        // so that what follows reaches deep into the workflow
        Arbitrary<List<Step>> usualStart = Combinators.combine(submit, review, appeal)
                .as((submitted, reviewed, appealed) -> List.of(submitted, reviewed, new Publish(0, false), appealed));
        Arbitrary<List<Step>> start = Arbitraries.frequencyOf(Tuple.of(3, usualStart),
                Tuple.of(1, Arbitraries.just(List.of())));
        return Combinators.combine(start, step.list().ofMinSize(4).ofMaxSize(21)
                .withSizeDistribution(RandomDistribution.uniform())).as((first, then) -> {
                    List<Step> steps = new ArrayList<>(first);
                    steps.addAll(then);
                    return steps;
                });
    }

    // ---------------------------------------------------------------- the property

    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void noSequenceOfCommandsLeavesABalanceOutOfBoundsOrABrokenAuditChain(@ForAll("sequences") List<Step> steps) {
        Run run = new Run();
        run.check();
        for (Step step : steps) {
            run.execute(step);
            run.check();
        }
        Statistics.label("published").collect(run.published() > 0);
        Statistics.label("appeal decided").collect(run.appealsDecided() > 0);
        Statistics.label("cleared").collect(run.cleared > 0);
        Statistics.label("published").coverage(c -> c.check(true).percentage(p -> p > 40));
        Statistics.label("appeal decided").coverage(c -> c.check(true).percentage(p -> p > 10));
    }

    /** One world: catalogues, the 2025 calendar, two Haishu applicants with system data. */
    static final class Run {

        final JifenWorld world = JifenWorld.at(START, 10, 0, FOUR_EYES).withDefaultCatalogues().withCalendar2025();
        final List<PersonId> persons = new ArrayList<>();
        final List<PointsApplication> applications = new ArrayList<>();
        final List<Appeal> appeals = new ArrayList<>();
        int cleared;

        Run() {
            persons.add(register("张伟", TestIdNumbers.idNumber("510102", LocalDate.of(1990, 3, 7), 123)));
            persons.add(register("王芳", TestIdNumbers.idNumber("320102", LocalDate.of(1971, 11, 30), 468)));
            LocalDate asOf = START.minusDays(2);
            world.jifen().recordSystemData().record(new RecordSystemDataCommand(JifenWorld.SYSTEM, List.of(
                    data(persons.get(0), "P04", "30", asOf), data(persons.get(0), "P05", "40", asOf),
                    data(persons.get(0), "HS03", "25", asOf), data(persons.get(1), "P04", "100", asOf),
                    data(persons.get(1), "P05", "200", asOf), data(persons.get(1), "HS03", "120", asOf),
                    data(persons.get(1), "HS06", "1", asOf))));
        }

        private PersonId register(String name, org.jifen.domain.person.IdNumber idNumber) {
            return world.jifen().registerPerson().register(new RegisterPersonCommand(JifenWorld.CLERK, idNumber,
                    name, Optional.empty(), Optional.of(new ResidencePermit("NB-HS-" + idNumber.regionCode(),
                            JifenWorld.HAISHU, LocalDate.of(2023, 1, 1), LocalDate.of(2027, 12, 31))),
                    JifenWorld.HAISHU)).personId();
        }

        private static SystemDataRecord data(PersonId person, String indicator, String quantity, LocalDate asOf) {
            return new SystemDataRecord(person, IndicatorCode.of(indicator), new BigDecimal(quantity), asOf);
        }

        /**
         * One command, a few minutes after the last: its result, or empty when it was refused — and then
         * every store must be as it was. Anything but a refusal ({@link DomainException}) is a bug and fails.
         */
        private <T> Optional<T> attempt(Supplier<T> command) {
            world.clock().advance(Duration.ofMinutes(7));
            JifenWorld.Stores before = world.stores();
            try {
                return Optional.of(command.get());
            } catch (DomainException refused) {
                world.assertUnchangedSince(before);
                return Optional.empty();
            }
        }

        void execute(Step step) {
            var jifen = world.jifen();
            applications.replaceAll(a -> world.adapters().applications().find(a.id()).orElseThrow());
            appeals.replaceAll(a -> world.adapters().appeals().find(a.id()).orElseThrow());
            if (step instanceof Submit s) {
                PersonId person = persons.get(s.person());
                attempt(() -> jifen.submitApplication().submit(new SubmitApplicationCommand(JifenWorld.CLERK,
                        Optional.empty(), person, JifenWorld.HAISHU, Channel.DISTRICT_CENTRE, s.claims().stream()
                                .map(c -> new ClaimRequest(IndicatorCode.of(c.indicator()),
                                        FactsTable.facts(c.indicator(), c.variant()), List.of("evidence/"
                                                + c.indicator()))).toList()))).ifPresent(applications::add);
            } else if (step instanceof Decide d) {
                pick(applications, d.application(), d.anyTarget(), WorkflowProperties::pending).ifPresent(
                        application -> pick(application.claims(), d.claim(), d.anyTarget(),
                                c -> c.status() == ClaimStatus.PENDING).ifPresent(claim -> decide(application, claim,
                                        d.approve(), d.facts(), d.rightDepartment())));
            } else if (step instanceof ReviewAll r) {
                pick(applications, r.application(), false, WorkflowProperties::pending).ifPresent(application -> {
                    List<Claim> pending = application.claims().stream()
                            .filter(c -> c.status() == ClaimStatus.PENDING).toList();
                    for (int i = 0; i < pending.size(); i++) {
                        boolean approve = (r.seed() >> i & 1) == 0;
                        Optional<Integer> facts = (r.seed() >> (i + 5) & 1) == 0 ? Optional.empty()
                                : Optional.of((r.seed() + i) % 26);
                        decide(application, pending.get(i), approve, facts, true);
                    }
                });
            } else if (step instanceof RecordPenalty p) {
                Department department = p.indicator().equals("M91") ? Department.PUBLIC_SECURITY : Department.CREDIT;
                Caller reviewer = JifenWorld.reviewer(p.rightDepartment() ? department : Department.HOUSING);
                pick(applications, p.application(), true, a -> true).ifPresent(application -> attempt(() -> jifen
                        .recordDeduction().record(new RecordDeductionCommand(reviewer, application.id(),
                                IndicatorCode.of(p.indicator()), p.level(), "EV-" + p.event(),
                                world.today().minusDays(p.daysBefore()), VerificationMethod.SYSTEM_CHECK))));
            } else if (step instanceof SecondApproval a) {
                pick(applications, a.application(), a.anyTarget(), x -> !awaitingApproval(x).isEmpty()).ifPresent(
                        application -> pick(a.anyTarget() ? everyDecision(application) : awaitingApproval(application),
                                a.target(), true, x -> true).ifPresent(target -> {
                                    Caller approver = switch (a.approver()) {
                                        case 0 -> SUPERVISOR;
                                        case 1 -> Caller.reviewer(target.firstReviewer() + "-colleague",
                                                JifenWorld.HAISHU, target.department());
                                        default -> Caller.reviewer(target.firstReviewer(), JifenWorld.HAISHU,
                                                target.department());
                                    };
                                    attempt(() -> jifen.giveSecondApproval().approve(target.claim()
                                            ? GiveSecondApprovalCommand.forClaim(approver, application.id(),
                                                    IndicatorCode.of(target.reference()))
                                            : GiveSecondApprovalCommand.forDeduction(approver, application.id(),
                                                    target.reference())));
                                }));
            } else if (step instanceof Publish p) {
                pick(applications, p.application(), p.anyTarget(), a -> !a.published() && !pending(a)).ifPresent(
                        application -> attempt(() -> jifen.publishApplication().publish(
                                new PublishApplicationCommand(SUPERVISOR, application.id()))));
            } else if (step instanceof FileAppeal f) {
                pick(applications, f.application(), f.anyTarget(),
                        a -> a.publication().filter(x -> x.windowOpenOn(world.today())).isPresent()).ifPresent(
                                application -> {
                                    List<IndicatorCode> codes = f.claims().stream()
                                            .flatMap(i -> pick(application.claims(), i, true, c -> true).stream())
                                            .map(c -> c.indicator().code()).distinct().toList();
                                    attempt(() -> jifen.fileAppeal().file(new FileAppealCommand(Caller.applicant(
                                            "applicant", JifenWorld.HAISHU, application.person()), application.id(),
                                            codes, "材料已补正"))).ifPresent(appeals::add);
                                });
            } else if (step instanceof DecideAppeal d) {
                pick(appeals, d.appeal(), d.anyTarget(), Appeal::open).ifPresent(appeal -> attempt(() -> {
                    if (!d.uphold()) {
                        return jifen.decideAppeal().decide(DecideAppealCommand.dismiss(SUPERVISOR, appeal.id(),
                                "维持原评分"));
                    }
                    List<Correction> corrections = new ArrayList<>();
                    for (int i = 0; i < d.variants().size() && i < appeal.indicators().size(); i++) {
                        IndicatorCode code = appeal.indicators().get(i);
                        corrections.add(new Correction(code, FactsTable.facts(code.value(), d.variants().get(i))));
                    }
                    return jifen.decideAppeal().decide(DecideAppealCommand.uphold(SUPERVISOR, appeal.id(),
                            corrections, "复核成立"));
                }));
            } else if (step instanceof Clear c) {
                attempt(() -> jifen.clearPoints().clear(new ClearPointsCommand(ADMIN, persons.get(c.person()),
                        "CASE-" + c.caseNumber(), "材料造假"))).ifPresent(result -> cleared++);
            } else if (step instanceof WorkingDaysPass w) {
                world.clockAt(CALENDAR.plusWorkingDays(world.today(), w.days()), 10, 0);
            }
        }

        private void decide(PointsApplication application, Claim claim, boolean approve, Optional<Integer> facts,
                boolean rightDepartment) {
            String code = claim.indicator().code().value();
            Caller reviewer = JifenWorld.reviewer(rightDepartment ? claim.department() : Department.CULTURE);
            attempt(() -> world.jifen().decideClaim().decide(new DecideClaimCommand(reviewer, application.id(),
                    IndicatorCode.of(code), approve ? ClaimOutcome.APPROVED : ClaimOutcome.REJECTED,
                    approve ? facts.map(v -> FactsTable.facts(code, v)) : Optional.empty(),
                    approve ? Optional.empty() : Optional.of(DecideClaimCommand.NON_CONFORMING),
                    Optional.of(VerificationMethod.SITE_VISIT))));
        }

        /** The target at {@code index} among those that suit the command (among all with {@code any}), if any. */
        private static <T> Optional<T> pick(List<T> list, int index, boolean any, Predicate<T> suits) {
            List<T> candidates = any ? list : list.stream().filter(suits).toList();
            return candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(index % candidates.size()));
        }

        /** Every bound, as known now, on every date an entry takes effect (and today); the chain verifies. */
        void check() {
            Instant now = world.now();
            for (PersonId person : persons) {
                Ledger ledger = world.adapters().ledgers().load(person);
                TreeSet<LocalDate> dates = new TreeSet<>();
                ledger.entries().forEach(e -> dates.add(e.effectiveOn()));
                dates.add(world.today());
                for (IndicatorRef ref : ledger.entries().stream().map(LedgerEntry::indicator).distinct().toList()) {
                    Indicator indicator = world.adapters().catalogues().find(ref.version())
                            .flatMap(c -> c.indicator(ref.code())).orElseThrow();
                    for (LocalDate on : dates) {
                        Points balance = ledger.balance(ref, on, now);
                        assertThat(balance).as("%s of %s effective on %s as known at %s; ledger %s", ref, person, on,
                                now, ledger.entries()).isBetween(indicator.lowerBound(), indicator.upperBound());
                    }
                }
                for (LocalDate on : dates) {
                    ScoreStatement statement = world.statement(person, on);
                    assertThat(statement.total()).as("total of %s on %s", person, on)
                            .isBetween(Points.ZERO, Points.of(300));
                }
            }
            List<AuditEvent> events = world.audit();
            AuditVerification verification = world.jifen().verifyAuditChain().verify(JifenWorld.AUDITOR);
            assertThat(verification.valid()).as("chain: %s", verification.problem()).isTrue();
            assertThat(verification.events()).isEqualTo(events.size());
            assertThat(AuditChainVerifier.verify(events)).isEqualTo(verification);
        }

        long published() {
            return applications.stream().map(a -> world.adapters().applications().find(a.id()).orElseThrow())
                    .filter(PointsApplication::published).count();
        }

        long appealsDecided() {
            return appeals.stream().map(a -> world.adapters().appeals().find(a.id()).orElseThrow())
                    .filter(a -> !a.open()).count();
        }
    }

    private static boolean pending(PointsApplication application) {
        return application.claims().stream().anyMatch(c -> c.status() == ClaimStatus.PENDING);
    }

    /** A decision a second approval may name: a claim (by its indicator) or a penalty (by its event). */
    record Decision(boolean claim, String reference, String firstReviewer, Department department,
            ClaimStatus status) {
    }

    private static List<Decision> everyDecision(PointsApplication application) {
        List<Decision> decisions = new ArrayList<>();
        for (Claim claim : application.claims()) {
            claim.decision().ifPresent(d -> decisions.add(new Decision(true, claim.indicator().code().value(),
                    d.decidedBy(), claim.department(), claim.status())));
        }
        for (Deduction deduction : application.deductions()) {
            decisions.add(new Decision(false, deduction.eventRef(), deduction.recordedBy(),
                    deduction.indicator().code().value().equals("M91") ? Department.PUBLIC_SECURITY
                            : Department.CREDIT, deduction.status()));
        }
        return decisions;
    }

    private static List<Decision> awaitingApproval(PointsApplication application) {
        return everyDecision(application).stream().filter(d -> d.status() == ClaimStatus.AWAITING_SECOND_APPROVAL)
                .toList();
    }

    /** Facts of an indicator's kind from a variant number; some variants give invalid facts on purpose. */
    static final class FactsTable {

        private FactsTable() {
        }

        static Facts facts(String indicator, int variant) {
            return switch (indicator) {
                case "P01" -> new Facts.BirthDate(LocalDate.of(1960 + variant, 3, 7));
                case "P02" -> level(variant, "JUNIOR_HIGH", "SENIOR_HIGH", "ASSOCIATE", "BACHELOR", "MASTER",
                        "DOCTORATE", "KINDERGARTEN");
                case "P03" -> level(variant, "SKILL_5", "SKILL_4", "SKILL_3", "SKILL_2", "TITLE_INTERMEDIATE",
                        "TITLE_SENIOR", "DRIVING_LICENCE");
                case "M01" -> level(variant, "EMPLOYER_DORMITORY", "PUBLIC_RENTAL", "REGISTERED_RENTAL", "OWN_HOME",
                        "TENT");
                case "P04", "P05", "HS02", "HS03" -> Facts.Quantity.of(variant * 7L);
                case "M03" -> Facts.Quantity.of(variant * 9_000L);
                case "M07" -> Facts.Quantity.of(variant * 700L);
                case "M04" -> events(variant, "INVENTION", "UTILITY_MODEL");
                case "M08" -> events(variant, "CITY", "PROVINCE", "NATIONAL");
                case "HS01" -> events(variant, "DISTRICT", "CITY", "PROVINCE", "NATIONAL");
                case "M09", "HS04", "HS05" -> new Facts.Holding(variant % 3 != 0);
                case "M10" -> new Facts.SetPoints(new Points(variant * 50L));
                case "M02", "HS06" -> Facts.Quantity.of(variant % 2);
                default -> Facts.Quantity.of(variant);
            };
        }

        private static Facts level(int variant, String... levels) {
            return new Facts.LevelHeld(levels[variant % levels.length]);
        }

        private static Facts events(int variant, String... levels) {
            List<Facts.Event> events = new ArrayList<>();
            for (int i = 0; i < variant % 5; i++) {
                events.add(new Facts.Event(levels[(variant + i) % levels.length], "REF-" + i));
            }
            return new Facts.Events(events);
        }
    }
}
