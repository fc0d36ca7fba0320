package org.jifen.domain.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.domain.ledger.TestPostings.PERSON;
import static org.jifen.domain.ledger.TestPostings.at;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.jifen.domain.catalogue.Catalogue;
import org.jifen.domain.catalogue.CatalogueSet;
import org.jifen.domain.catalogue.CatalogueVersionId;
import org.jifen.domain.catalogue.Indicator;
import org.jifen.domain.catalogue.IndicatorKind;
import org.jifen.domain.catalogue.TestCatalogues;
import org.jifen.domain.catalogue.Tier;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.ledger.EntryReason;
import org.jifen.domain.ledger.Freeze;
import org.jifen.domain.ledger.IdempotencyKey;
import org.jifen.domain.ledger.IndicatorRef;
import org.jifen.domain.ledger.Ledger;
import org.jifen.domain.ledger.LedgerEntry;
import org.jifen.domain.ledger.Posting;
import org.jifen.domain.ledger.TestPostings;
import org.jifen.domain.shared.Points;

/**
 * The statement always equals the sum of the ledger, and its total stays within [0, 300], for any
 * ledger over five catalogue versions (the three defaults, Haishu's 2017 version and a Yinzhou
 * district catalogue), in any district (Haishu, Yinzhou, Jiangbei, Hangzhou Xihu), on any date, as
 * known at any time.
 */
class ScoreStatementProperties {

    private static final LocalDate FIRST_DAY = LocalDate.of(2016, 6, 1);
    /** The last day generated: 2025-12-31. */
    private static final int DAYS = (int) ChronoUnit.DAYS.between(FIRST_DAY, LocalDate.of(2025, 12, 31));
    /** 2022-07-01, when the default catalogues take effect. */
    private static final int DEFAULTS_FROM = (int) ChronoUnit.DAYS.between(FIRST_DAY,
            TestCatalogues.EFFECTIVE_FROM);
    private static final Catalogue HAISHU_2017 = TestCatalogues.haishu("330203-2017", LocalDate.of(2017, 3, 1));
    private static final Catalogue YINZHOU = TestCatalogues.district(TestCatalogues.YINZHOU, "330212-2022",
            TestCatalogues.PUBLISHED_ON);
    private static final List<Catalogue> VERSIONS = List.of(TestCatalogues.provincial(), TestCatalogues.municipal(),
            HAISHU_2017, TestCatalogues.haishu(), YINZHOU);
    private static final CatalogueSet CATALOGUES = CatalogueSet.of(VERSIONS);
    private static final ScoreStatements STATEMENTS = new ScoreStatements(CATALOGUES, StatementFixtures.DIVISIONS);

    /** One step: an indicator of a version, an amount, a day, and how late it is recorded. */
    record Step(int version, int indicator, int hundredths, int day, int hoursLate) {

        Catalogue catalogue() {
            return VERSIONS.get(version);
        }

        Indicator target() {
            List<Indicator> indicators = catalogue().indicators();
            return indicators.get(indicator % indicators.size());
        }
    }

    /** Where, on which date and as known when a statement is asked for. */
    record Query(DivisionCode district, LocalDate on, Instant knownAt) {
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, VERSIONS.size() - 1),
                        Arbitraries.integers().between(0, 11),
                        Arbitraries.integers().between(-8_000, 8_000),
                        days(),
                        Arbitraries.integers().between(0, 24 * 400))
                .as(Step::new)
                .list().ofMaxSize(40);
    }

    @Provide
    Arbitrary<Query> queries() {
        return Combinators.combine(
                        Arbitraries.of("330203", "330203", "330203", "330212", "330205", "330106"),
                        days(),
                        Arbitraries.integers().between(-24 * 400, 24 * 400))
                .as((district, day, offsetHours) -> {
                    LocalDate on = FIRST_DAY.plusDays(day);
                    return new Query(DivisionCode.of(district), on, at(on).plusSeconds(3_600L * offsetHours));
                });
    }

    /** Mostly days on which the default catalogues are in force, some from the whole range. */
    private static Arbitrary<Integer> days() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(DEFAULTS_FROM, DAYS)),
                Tuple.of(1, Arbitraries.integers().between(0, DAYS)));
    }

    @Property
    void forAnyEntries_theTotalIsWithinZeroAnd300(@ForAll("steps") List<Step> steps, @ForAll("queries") Query query) {
        ScoreStatement statement = build(rawLedger(steps), query);

        assertThat(statement.total()).isBetween(Points.ZERO, Tier.MAX_TOTAL);
        assertThat(statement.maxTotal()).isEqualTo(Points.of(300));
    }

    @Property
    void forAnyEntries_theStatementEqualsTheSumOfTheLedger(@ForAll("steps") List<Step> steps,
            @ForAll("queries") Query query) {
        Ledger ledger = rawLedger(steps);

        assertEqualsSumOfLedger(build(ledger, query), ledger, query);
    }

    @Property
    void forPostedEntries_theStatementEqualsTheSumOfTheLedger_andEveryLineIsWithinItsCap(
            @ForAll("steps") List<Step> steps, @ForAll("queries") Query query) {
        Ledger ledger = postedLedger(steps);
        ScoreStatement statement = build(ledger, query);

        assertEqualsSumOfLedger(statement, ledger, query);
        assertThat(statement.total()).isBetween(Points.ZERO, Tier.MAX_TOTAL);
        for (TierStatement tier : statement.tiers()) {
            Points bonus = Points.ZERO;
            for (IndicatorLine line : tier.indicators()) {
                if (line.kind() == IndicatorKind.BONUS) {
                    assertThat(line.balance()).isBetween(Points.ZERO, line.cap());
                    bonus = bonus.plus(line.balance());
                } else {
                    assertThat(line.balance()).isBetween(line.cap().negate(), Points.ZERO);
                }
            }
            assertThat(tier.bonusSubtotal()).isEqualTo(bonus);
            assertThat(tier.subtotal()).isBetween(Points.of(-100), tier.max());
        }
    }

    @Property
    void aStatementDoesNotDependOnTheOrderEntriesWereStoredIn(@ForAll("steps") List<Step> steps,
            @ForAll("queries") Query query) {
        Ledger ledger = rawLedger(steps);
        List<LedgerEntry> reversed = new ArrayList<>(ledger.entries());
        Collections.reverse(reversed);

        assertThat(build(Ledger.of(PERSON, reversed), query)).isEqualTo(build(ledger, query));
    }

    // ---------------------------------------------------------------- the invariant

    private static void assertEqualsSumOfLedger(ScoreStatement statement, Ledger ledger, Query query) {
        LocalDate on = query.on();
        Instant knownAt = query.knownAt();
        assertThat(statement.person()).isEqualTo(ledger.person());
        assertThat(statement.district()).isEqualTo(query.district());

        // the three tiers of the district come first, recognised exactly when a version is in force
        List<DivisionCode> jurisdictions = List.of(query.district().province(), query.district().city(),
                query.district());
        for (Tier tier : Tier.values()) {
            TierStatement shown = statement.tiers().get(tier.ordinal());
            Optional<Catalogue> inForce = CATALOGUES.inForce(jurisdictions.get(tier.ordinal()), tier, on);
            assertThat(shown.tier()).isEqualTo(tier);
            assertThat(shown.jurisdiction()).isEqualTo(jurisdictions.get(tier.ordinal()));
            assertThat(shown.max()).isEqualTo(tier.max());
            assertThat(shown.version()).isEqualTo(inForce.map(Catalogue::version));
            assertThat(shown.recognition())
                    .isEqualTo(inForce.isPresent() ? Recognition.RECOGNISED : Recognition.NO_CATALOGUE_IN_FORCE);
            inForce.ifPresent(c -> assertThat(shown.indicators()).extracting(IndicatorLine::code)
                    .containsExactlyElementsOf(c.indicators().stream().map(Indicator::code).toList()));
        }
        assertThat(statement.tiers().subList(3, statement.tiers().size()))
                .allSatisfy(t -> assertThat(t.recognition())
                        .isIn(Recognition.OUTSIDE_JURISDICTION, Recognition.VERSION_NOT_IN_FORCE));

        Points counted = Points.ZERO;
        Points deductions = Points.ZERO;
        Set<CatalogueVersionId> versions = new HashSet<>();
        List<IdempotencyKey> listed = new ArrayList<>();
        for (TierStatement tier : statement.tiers()) {
            if (tier.version().isEmpty()) {
                assertThat(tier.indicators()).isEmpty();
                assertThat(List.of(tier.bonusSubtotal(), tier.deductionSubtotal(), tier.subtotal()))
                        .containsOnly(Points.ZERO);
                continue;
            }
            assertThat(versions.add(tier.version().get())).as("each version on one tier").isTrue();
            Catalogue catalogue = CATALOGUES.find(tier.version().get()).orElseThrow();
            if (!tier.recognised()) {
                assertThat(tier.indicators()).isNotEmpty().allSatisfy(l -> assertThat(l.entries()).isNotEmpty());
                assertThat(tier.recognition()).isEqualTo(catalogue.jurisdiction().contains(query.district())
                        ? Recognition.VERSION_NOT_IN_FORCE : Recognition.OUTSIDE_JURISDICTION);
            }
            Points bonus = Points.ZERO;
            Points deduction = Points.ZERO;
            for (IndicatorLine line : tier.indicators()) {
                IndicatorRef ref = TestPostings.ref(catalogue, line.code().value());
                Points sum = Points.ZERO;
                for (LedgerEntry entry : line.entries()) {
                    assertThat(entry.indicator()).isEqualTo(ref);
                    assertThat(entry.counts(on, knownAt)).isTrue();
                    sum = sum.plus(entry.points());
                    listed.add(entry.key());
                }
                assertThat(line.balance()).as("%s = sum of its entries", ref).isEqualTo(sum);
                assertThat(line.balance()).as("%s = ledger balance", ref).isEqualTo(ledger.balance(ref, on, knownAt));
                assertThat(line.cap()).isEqualTo(TestPostings.indicator(catalogue, line.code().value()).cap());
                if (line.kind() == IndicatorKind.BONUS) {
                    bonus = bonus.plus(line.balance());
                } else {
                    deduction = deduction.plus(line.balance());
                }
            }
            assertThat(tier.bonusSubtotal()).isEqualTo(bonus.min(tier.max()));
            assertThat(tier.deductionSubtotal()).isEqualTo(deduction);
            assertThat(tier.subtotal()).isEqualTo(tier.bonusSubtotal().plus(tier.deductionSubtotal()));
            if (tier.recognised()) {
                counted = counted.plus(tier.subtotal());
                deductions = deductions.plus(tier.deductionSubtotal());
            }
        }
        assertThat(statement.total()).isEqualTo(counted.clamp(Points.ZERO, Tier.MAX_TOTAL));
        assertThat(statement.deductions()).isEqualTo(deductions);
        assertThat(statement.freeze()).isEqualTo(ledger.freezeOn(on, knownAt));

        // every entry that counts is on the statement exactly once, and nothing else is
        List<IdempotencyKey> counting = ledger.entries().stream().filter(e -> e.counts(on, knownAt))
                .map(LedgerEntry::key).toList();
        assertThat(listed).containsExactlyInAnyOrderElementsOf(counting);
    }

    // ---------------------------------------------------------------- ledgers

    private static ScoreStatement build(Ledger ledger, Query query) {
        return STATEMENTS.build(ledger, query.district(), query.on(), query.knownAt());
    }

    /** Entries exactly as generated: any points, effective any day, recorded any time after. */
    private static Ledger rawLedger(List<Step> steps) {
        Ledger ledger = Ledger.empty(PERSON);
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            LocalDate day = FIRST_DAY.plusDays(step.day());
            Posting posting = TestPostings.posting("raw-" + i, at(day).plusSeconds(3_600L * step.hoursLate() + i),
                    day);
            Indicator indicator = step.target();
            IndicatorRef ref = TestPostings.ref(step.catalogue(), indicator.code().value());
            boolean deduction = indicator.kind() == IndicatorKind.DEDUCTION;
            // any amount, but mostly the sign of the indicator's kind: bonus −20.00..60.00, deduction −60.00..20.00
            Points points = new Points(deduction ? step.hundredths() / 2 - 2_000 : step.hundredths() / 2 + 2_000);
            ledger = ledger.append(new LedgerEntry(posting.key(), PERSON, ref, points,
                    deduction ? EntryReason.DEDUCTION : EntryReason.AWARD, posting.source(), posting.actor(),
                    posting.recordedAt(), posting.effectiveOn(),
                    deduction ? Optional.of(Freeze.forMonths(day, Freeze.DEFAULT_MONTHS)) : Optional.empty()));
        }
        return ledger;
    }

    /**
     * Entries posted through the ledger in time order: each step later (recorded and effective) than
     * the one before; a bonus indicator gets the step's amount as its target, a deduction a penalty of
     * its magnitude.
     */
    private static Ledger postedLedger(List<Step> steps) {
        Ledger ledger = Ledger.empty(PERSON);
        LocalDate day = LocalDate.of(2021, 1, 1);
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            day = day.plusDays(step.day() % 60);
            Posting posting = TestPostings.posting("post-" + i, at(day).plusSeconds(i), day);
            Indicator indicator = step.target();
            Catalogue catalogue = step.catalogue();
            String code = indicator.code().value();
            Points amount = new Points(step.hundredths());
            if (indicator.kind() == IndicatorKind.BONUS) {
                ledger = TestPostings.target(ledger, catalogue, code, amount, posting, false);
            } else {
                ledger = ledger.appendAll(ledger.postPenalty(indicator, TestPostings.ref(catalogue, code),
                        amount.abs().negate(), Freeze.forMonths(day, Freeze.DEFAULT_MONTHS), posting));
            }
        }
        return ledger;
    }
}
