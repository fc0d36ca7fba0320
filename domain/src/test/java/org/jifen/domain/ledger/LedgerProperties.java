package org.jifen.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.domain.ledger.TestPostings.PERSON;
import static org.jifen.domain.ledger.TestPostings.at;
import static org.jifen.domain.ledger.TestPostings.posting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.jifen.domain.catalogue.Catalogue;
import org.jifen.domain.catalogue.Indicator;
import org.jifen.domain.catalogue.IndicatorKind;
import org.jifen.domain.catalogue.TestCatalogues;
import org.jifen.domain.shared.Points;

/**
 * Invariants of posting, for postings made in time order (each recorded and effective no earlier
 * than the one before): a bonus balance stays within [0, cap], a deduction balance within [−cap, 0],
 * and the same target posted twice posts nothing the second time.
 */
class LedgerProperties {

    private static final LocalDate START = LocalDate.of(2022, 7, 1);

    @Provide
    Arbitrary<String> bonusCodes() {
        return Arbitraries.of(codes(IndicatorKind.BONUS));
    }

    @Provide
    Arbitrary<String> deductionCodes() {
        return Arbitraries.of(codes(IndicatorKind.DEDUCTION));
    }

    @Property
    void postTarget_keepsABonusBalanceWithinZeroAndCap_atTheClampedTarget(
            @ForAll("bonusCodes") String code,
            @ForAll @Size(max = 30) List<@IntRange(min = -10_000, max = 10_000) Integer> targetsInHundredths) {
        Catalogue catalogue = TestPostings.defaultCatalogueOf(code);
        Indicator indicator = TestPostings.indicator(catalogue, code);
        IndicatorRef ref = TestPostings.ref(catalogue, code);
        Ledger ledger = Ledger.empty(PERSON);

        for (int i = 0; i < targetsInHundredths.size(); i++) {
            Points target = new Points(targetsInHundredths.get(i));
            LocalDate day = START.plusDays(7L * i);
            Points before = ledger.balance(ref);
            List<LedgerEntry> posted = ledger.postTarget(indicator, ref, target, posting("k" + i, day), false);
            ledger = ledger.appendAll(posted);

            Points balance = ledger.balance(ref);
            assertThat(balance).isBetween(Points.ZERO, indicator.cap());
            assertThat(balance).isEqualTo(target.clamp(Points.ZERO, indicator.cap()));
            assertThat(ledger.balance(ref, day, at(day))).isEqualTo(balance);
            assertThat(posted).hasSize(balance.equals(before) ? 0 : 1);
            posted.forEach(e -> {
                assertThat(e.points()).isNotEqualTo(Points.ZERO);
                assertThat(e.reason()).isEqualTo(e.points().isPositive() ? EntryReason.AWARD : EntryReason.CORRECTION);
                assertThat(e.freeze()).isEmpty();
            });
        }
    }

    @Property
    void postPenalty_keepsADeductionBalanceWithinMinusCapAndZero(
            @ForAll("deductionCodes") String code,
            @ForAll @Size(max = 30) List<@IntRange(min = -6_000, max = 0) Integer> eventsInHundredths) {
        Catalogue catalogue = TestPostings.defaultCatalogueOf(code);
        Indicator indicator = TestPostings.indicator(catalogue, code);
        IndicatorRef ref = TestPostings.ref(catalogue, code);
        Ledger ledger = Ledger.empty(PERSON);
        Points unclamped = Points.ZERO;

        for (int i = 0; i < eventsInHundredths.size(); i++) {
            Points event = new Points(eventsInHundredths.get(i));
            LocalDate day = START.plusDays(11L * i);
            Freeze freeze = Freeze.forMonths(day, Freeze.DEFAULT_MONTHS);
            List<LedgerEntry> posted = ledger.postPenalty(indicator, ref, event, freeze, posting("k" + i, day));
            assertThat(posted).hasSize(1);
            LedgerEntry entry = posted.get(0);
            ledger = ledger.append(entry);
            unclamped = unclamped.plus(event);

            Points balance = ledger.balance(ref);
            assertThat(balance).isBetween(indicator.cap().negate(), Points.ZERO);
            assertThat(balance).isEqualTo(unclamped.max(indicator.cap().negate()));
            assertThat(entry.points()).isBetween(event, Points.ZERO);
            assertThat(entry.reason()).isEqualTo(EntryReason.DEDUCTION);
            assertThat(entry.freeze()).contains(freeze);
            assertThat(ledger.freezeOn(day, at(day))).contains(freeze);
        }
    }

    @Property
    void theSameTargetTwice_postsNothingTheSecondTime(
            @ForAll("bonusCodes") String code,
            @ForAll @Size(max = 10) List<@IntRange(min = -10_000, max = 10_000) Integer> history,
            @ForAll @IntRange(min = -10_000, max = 10_000) int targetInHundredths) {
        Catalogue catalogue = TestPostings.defaultCatalogueOf(code);
        Indicator indicator = TestPostings.indicator(catalogue, code);
        IndicatorRef ref = TestPostings.ref(catalogue, code);
        Ledger ledger = Ledger.empty(PERSON);
        int day = 0;
        for (Integer earlier : history) {
            ledger = TestPostings.target(ledger, catalogue, code, new Points(earlier), posting("h" + day,
                    START.plusDays(day)), false);
            day++;
        }
        Points target = new Points(targetInHundredths);
        ledger = TestPostings.target(ledger, catalogue, code, target, posting("first", START.plusDays(day)), false);
        int entries = ledger.entries().size();

        List<LedgerEntry> second = ledger.postTarget(indicator, ref, target,
                posting("second", START.plusDays(day + 30)), false);

        assertThat(second).isEmpty();
        assertThat(ledger.entries()).hasSize(entries);
        assertThat(ledger.balance(ref)).isEqualTo(indicator.clamp(target));
    }

    @Property
    void clearing_bringsEveryBalanceToZeroOnEveryDate_andLeavesThePastAsKnownBefore(
            @ForAll @Size(max = 25) List<@IntRange(min = 0, max = 23) Integer> indicators,
            @ForAll @Size(min = 25, max = 25) List<@IntRange(min = -6_000, max = 6_000) Integer> amounts,
            @ForAll @IntRange(min = 0, max = 400) int queryDay) {
        List<Indicator> all = TestCatalogues.defaultSet().versions().stream()
                .flatMap(c -> c.indicators().stream()).toList();
        Ledger ledger = Ledger.empty(PERSON);
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = all.get(indicators.get(i) % all.size());
            String code = indicator.code().value();
            Catalogue catalogue = TestPostings.defaultCatalogueOf(code);
            LocalDate day = START.plusDays(13L * i);
            Points amount = new Points(amounts.get(i));
            if (indicator.kind() == IndicatorKind.BONUS) {
                ledger = TestPostings.target(ledger, catalogue, code, amount, posting("k" + i, day), false);
            } else {
                ledger = ledger.appendAll(ledger.postPenalty(indicator, TestPostings.ref(catalogue, code),
                        amount.abs().negate(), Freeze.forMonths(day, 12), posting("k" + i, day)));
            }
        }
        java.time.Instant clearedAt = at(START.plusDays(500));
        LocalDate on = START.plusDays(queryDay);
        Ledger cleared = ledger;
        for (LedgerEntry entry : ledger.clearing(new EntrySource(SourceKind.CLEARING_CASE, "CASE-1"), Actor.SYSTEM,
                clearedAt)) {
            cleared = cleared.append(entry);
        }

        for (Indicator indicator : all) {
            IndicatorRef ref = TestPostings.ref(TestPostings.defaultCatalogueOf(indicator.code().value()),
                    indicator.code().value());
            assertThat(cleared.balance(ref, on, clearedAt)).isEqualTo(Points.ZERO);
            assertThat(cleared.balance(ref, on, clearedAt.minusNanos(1)))
                    .isEqualTo(ledger.balance(ref, on, clearedAt));
        }
    }

    private static List<String> codes(IndicatorKind kind) {
        return TestCatalogues.defaultSet().versions().stream()
                .flatMap(c -> c.indicators().stream())
                .filter(i -> i.kind() == kind)
                .map(i -> i.code().value())
                .toList();
    }

    /**
     * Postings effective on any date, in any order (appeals back-date corrections, penalties are
     * learnt late), recorded one after another: on every date the balance as known now stays within
     * the indicator's bounds.
     */
    @Property
    void backDatedPostings_inAnyOrder_keepEveryBalanceWithinItsBoundsOnEveryDate(
            @ForAll("bonusCodes") String bonusCode,
            @ForAll("deductionCodes") String deductionCode,
            @ForAll @Size(max = 25) List<@IntRange(min = 0, max = 400) Integer> days,
            @ForAll @Size(max = 25) List<@IntRange(min = -6_000, max = 6_000) Integer> amountsInHundredths) {
        Catalogue bonusCatalogue = TestPostings.defaultCatalogueOf(bonusCode);
        Indicator bonus = TestPostings.indicator(bonusCatalogue, bonusCode);
        IndicatorRef bonusRef = TestPostings.ref(bonusCatalogue, bonusCode);
        Catalogue deductionCatalogue = TestPostings.defaultCatalogueOf(deductionCode);
        Indicator deduction = TestPostings.indicator(deductionCatalogue, deductionCode);
        IndicatorRef deductionRef = TestPostings.ref(deductionCatalogue, deductionCode);
        Ledger ledger = Ledger.empty(PERSON);
        int n = Math.min(days.size(), amountsInHundredths.size());
        for (int i = 0; i < n; i++) {
            LocalDate day = START.plusDays(days.get(i));
            Points amount = new Points(amountsInHundredths.get(i));
            java.time.Instant recordedAt = at(START.plusDays(1_000 + i));
            ledger = ledger.appendAll(ledger.postTarget(bonus, bonusRef, amount,
                    posting("t" + i, recordedAt, day), amount.isNegative()));
            ledger = ledger.appendAll(ledger.postPenalty(deduction, deductionRef, amount.abs().negate(),
                    Freeze.forMonths(day, Freeze.DEFAULT_MONTHS), posting("d" + i, recordedAt, day)));
            java.time.Instant now = recordedAt;
            for (LedgerEntry entry : ledger.entries()) {
                assertThat(ledger.balance(bonusRef, entry.effectiveOn(), now))
                        .isBetween(Points.ZERO, bonus.cap());
                assertThat(ledger.balance(deductionRef, entry.effectiveOn(), now))
                        .isBetween(deduction.cap().negate(), Points.ZERO);
            }
            assertThat(ledger.balance(bonusRef, day, now)).isEqualTo(bonus.clamp(amount));
        }
    }
}
