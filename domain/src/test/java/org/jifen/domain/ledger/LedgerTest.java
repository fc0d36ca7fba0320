package org.jifen.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jifen.domain.ledger.TestPostings.OTHER_PERSON;
import static org.jifen.domain.ledger.TestPostings.PERSON;
import static org.jifen.domain.ledger.TestPostings.at;
import static org.jifen.domain.ledger.TestPostings.endOf;
import static org.jifen.domain.ledger.TestPostings.posting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jifen.domain.catalogue.Catalogue;
import org.jifen.domain.catalogue.Facts;
import org.jifen.domain.catalogue.Indicator;
import org.jifen.domain.catalogue.PerEventRule;
import org.jifen.domain.catalogue.TestCatalogues;
import org.jifen.domain.shared.Points;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LedgerTest {

    /** The one entry a forward posting gives (no later entries to restore or cap). */
    private static LedgerEntry single(List<LedgerEntry> posted) {
        assertThat(posted).hasSize(1);
        return posted.get(0);
    }

    private static final Catalogue PROVINCIAL = TestCatalogues.provincial();
    private static final Catalogue MUNICIPAL = TestCatalogues.municipal();
    private static final Indicator P04 = TestPostings.indicator(PROVINCIAL, "P04");
    private static final IndicatorRef P04_REF = TestPostings.ref(PROVINCIAL, "P04");
    private static final Indicator M91 = TestPostings.indicator(MUNICIPAL, "M91");
    private static final IndicatorRef M91_REF = TestPostings.ref(MUNICIPAL, "M91");

    private static final LocalDate MARCH_1 = LocalDate.of(2023, 3, 1);
    private static final LocalDate SEPT_1 = LocalDate.of(2023, 9, 1);

    private static Points p(String text) {
        return Points.parse(text);
    }

    @Nested
    class PostTarget {

        @Test
        void postsTargetMinusCurrentBalance_10Then5_50() {
            Ledger ledger = Ledger.empty(PERSON);
            Points first = P04.targetBalance(Facts.Quantity.of(20), MARCH_1);

            LedgerEntry award = single(ledger.postTarget(P04, P04_REF, first, posting("p04-1", MARCH_1), false));
            ledger = ledger.append(award);
            Points second = P04.targetBalance(Facts.Quantity.of(31), SEPT_1);
            LedgerEntry rise = single(ledger.postTarget(P04, P04_REF, second, posting("p04-2", SEPT_1), false));
            ledger = ledger.append(rise);

            assertThat(first).isEqualTo(p("10.00"));
            assertThat(second).isEqualTo(p("15.50"));
            assertThat(award.points()).isEqualTo(p("10.00"));
            assertThat(award.reason()).isEqualTo(EntryReason.AWARD);
            assertThat(rise.points()).isEqualTo(p("5.50"));
            assertThat(rise.points().toString()).isEqualTo("5.50");
            assertThat(rise.reason()).isEqualTo(EntryReason.AWARD);
            assertThat(ledger.balance(P04_REF)).isEqualTo(p("15.50"));
            assertThat(ledger.entries()).containsExactly(award, rise);
        }

        @Test
        void theEntryCarriesEverythingOfThePosting() {
            Instant recordedAt = at(MARCH_1, 14, 30);
            Posting posting = TestPostings.posting("claim-7-P04", new EntrySource(SourceKind.CLAIM, "APP-7/P04"),
                    TestPostings.REVIEWER, recordedAt, MARCH_1);

            LedgerEntry entry = single(Ledger.empty(PERSON).postTarget(P04, P04_REF, p("3.50"), posting, false));

            assertThat(entry).isEqualTo(new LedgerEntry(IdempotencyKey.of("claim-7-P04"), PERSON, P04_REF, p("3.50"),
                    EntryReason.AWARD, new EntrySource(SourceKind.CLAIM, "APP-7/P04"), TestPostings.REVIEWER,
                    recordedAt, MARCH_1, Optional.empty()));
        }

        @Test
        void theSameFactsTwice_postNothingTheSecondTime() {
            Points target = P04.targetBalance(Facts.Quantity.of(20), MARCH_1);
            Ledger ledger = TestPostings.target(Ledger.empty(PERSON), PROVINCIAL, "P04", target,
                    posting("p04-1", MARCH_1), false);

            List<LedgerEntry> again = ledger.postTarget(P04, P04_REF,
                    P04.targetBalance(Facts.Quantity.of(20), SEPT_1), posting("p04-2", SEPT_1), false);

            assertThat(again).isEmpty();
            assertThat(ledger.entries()).hasSize(1);
            assertThat(ledger.balance(P04_REF)).isEqualTo(p("10.00"));
        }

        @Test
        void aFall_isACorrectionWithANegativeAmount() {
            Ledger ledger = TestPostings.target(Ledger.empty(PERSON), PROVINCIAL, "P04", "15.50",
                    posting("p04-1", MARCH_1));

            LedgerEntry fall = single(ledger.postTarget(P04, P04_REF, p("12.00"), posting("p04-2", SEPT_1), false));

            assertThat(fall.points()).isEqualTo(p("-3.50"));
            assertThat(fall.reason()).isEqualTo(EntryReason.CORRECTION);
            assertThat(ledger.append(fall).balance(P04_REF)).isEqualTo(p("12.00"));
        }

        @Test
        void anUpheldAppeal_marksEvenARiseAsACorrection() {
            Ledger ledger = TestPostings.target(Ledger.empty(PERSON), PROVINCIAL, "P04", "10.00",
                    posting("p04-1", MARCH_1));

            LedgerEntry rise = single(ledger.postTarget(P04, P04_REF, p("12.50"), posting("appeal-1", SEPT_1), true));

            assertThat(rise.points()).isEqualTo(p("2.50"));
            assertThat(rise.reason()).isEqualTo(EntryReason.CORRECTION);
        }

        @Test
        void aTargetAboveTheCap_postsOnlyUpToTheCap() {
            Ledger ledger = TestPostings.target(Ledger.empty(PERSON), PROVINCIAL, "P04", "10.00",
                    posting("p04-1", MARCH_1));
            Points target = P04.targetBalance(Facts.Quantity.of(90), SEPT_1);

            LedgerEntry capped = single(ledger.postTarget(P04, P04_REF, target, posting("p04-2", SEPT_1), false));
            ledger = ledger.append(capped);

            assertThat(P04.cap()).isEqualTo(p("30.00"));
            assertThat(capped.points()).isEqualTo(p("20.00"));
            assertThat(ledger.balance(P04_REF)).isEqualTo(p("30.00"));
            assertThat(ledger.postTarget(P04, P04_REF, p("45.00"), posting("p04-3", SEPT_1.plusDays(1)), false))
                    .isEmpty();
        }

        @Test
        void aNegativeTarget_bringsTheBalanceToZeroAndNoLower() {
            Ledger ledger = TestPostings.target(Ledger.empty(PERSON), PROVINCIAL, "P04", "10.00",
                    posting("p04-1", MARCH_1));

            LedgerEntry fall = single(ledger.postTarget(P04, P04_REF, p("-5.00"), posting("p04-2", SEPT_1), false));

            assertThat(fall.points()).isEqualTo(p("-10.00"));
            assertThat(ledger.append(fall).balance(P04_REF)).isEqualTo(Points.ZERO);
        }

        @Test
        void aBackDatedPosting_countsOnlyUntilTheNextLaterPosting_whichKeepsItsTarget() {
            // an entry effective in September does not count for a posting effective in March; the March
            // posting must not change the September balance, which that later posting set to its own target
            Ledger ledger = TestPostings.target(Ledger.empty(PERSON), PROVINCIAL, "P04", "10.00",
                    posting("p04-sept", SEPT_1));

            List<LedgerEntry> posted = ledger.postTarget(P04, P04_REF, p("4.00"),
                    posting("p04-march", at(SEPT_1.plusDays(2)), MARCH_1), false);

            assertThat(posted).extracting(LedgerEntry::points, LedgerEntry::reason, LedgerEntry::effectiveOn)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(p("4.00"), EntryReason.AWARD, MARCH_1),
                            org.assertj.core.groups.Tuple.tuple(p("-4.00"), EntryReason.CORRECTION, SEPT_1));
            assertThat(posted.get(1).key()).isEqualTo(IdempotencyKey.of("p04-march:restore@" + SEPT_1));
            Ledger after = ledger.appendAll(posted);
            Instant now = at(SEPT_1.plusDays(3));
            assertThat(after.balance(P04_REF, MARCH_1, now)).isEqualTo(p("4.00"));
            assertThat(after.balance(P04_REF, SEPT_1.minusDays(1), now)).isEqualTo(p("4.00"));
            assertThat(after.balance(P04_REF, SEPT_1, now)).isEqualTo(p("10.00"));
        }

        @Test
        void anAppealCorrectionOnTheOriginalDate_neverPushesALaterBalanceOverTheCap() {
            // P04: 20.00 in March, the cap of 30.00 in September; an appeal then sets March to 25.00
            Ledger ledger = TestPostings.target(Ledger.empty(PERSON), PROVINCIAL, "P04", "20.00",
                    posting("p04-march", MARCH_1));
            ledger = TestPostings.target(ledger, PROVINCIAL, "P04", "30.00", posting("p04-sept", SEPT_1));

            Ledger after = ledger.appendAll(ledger.postTarget(P04, P04_REF, p("25.00"),
                    posting("appeal", at(SEPT_1.plusDays(5)), MARCH_1), true));

            Instant now = at(SEPT_1.plusDays(6));
            assertThat(after.balance(P04_REF, MARCH_1, now)).isEqualTo(p("25.00"));
            assertThat(after.balance(P04_REF, SEPT_1, now)).isEqualTo(p("30.00"));
            assertThat(after.balance(P04_REF, MARCH_1, at(SEPT_1.plusDays(4)))).isEqualTo(p("20.00"));
        }

        @Test
        void aDeductionIndicator_takesNoTarget() {
            assertThatThrownBy(() -> Ledger.empty(PERSON).postTarget(M91, M91_REF, p("-10"),
                    posting("m91", MARCH_1), false))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("deduction");
        }

        @Test
        void anIndicatorThatDoesNotMatchItsReference_isRefused() {
            assertThatThrownBy(() -> Ledger.empty(PERSON).postTarget(P04, TestPostings.ref(PROVINCIAL, "P05"),
                    p("1"), posting("x", MARCH_1), false))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("does not match");
        }
    }

    @Nested
    class PostPenalty {

        private final LocalDate detentionDay = LocalDate.of(2023, 2, 10);
        private final LocalDate firstConviction = LocalDate.of(2023, 5, 20);
        private final LocalDate secondConviction = LocalDate.of(2023, 11, 3);

        @Test
        void m91_detentionThenTwoConvictions_postMinus10Minus30Minus10_withinTheCapOf50() {
            Ledger ledger = Ledger.empty(PERSON);
            PerEventRule offences = (PerEventRule) M91.rule();
            Points detention = offences.pointsOf("DETENTION");
            Points criminal = offences.pointsOf("CRIMINAL");

            LedgerEntry first = single(ledger.postPenalty(M91, M91_REF, detention, Freeze.forMonths(detentionDay, 12),
                    TestPostings.penaltyPosting("pen-1", "CASE-1", at(detentionDay.plusDays(3)), detentionDay)));
            ledger = ledger.append(first);
            LedgerEntry second = single(ledger.postPenalty(M91, M91_REF, criminal, Freeze.forMonths(firstConviction, 12),
                    TestPostings.penaltyPosting("pen-2", "CASE-2", at(firstConviction), firstConviction)));
            ledger = ledger.append(second);
            LedgerEntry third = single(ledger.postPenalty(M91, M91_REF, criminal, Freeze.forMonths(secondConviction, 12),
                    TestPostings.penaltyPosting("pen-3", "CASE-3", at(secondConviction), secondConviction)));
            ledger = ledger.append(third);

            assertThat(List.of(first.points(), second.points(), third.points()))
                    .containsExactly(p("-10.00"), p("-30.00"), p("-10.00"));
            assertThat(List.of(first.reason(), second.reason(), third.reason())).containsOnly(EntryReason.DEDUCTION);
            assertThat(ledger.balance(M91_REF)).isEqualTo(p("-50.00"));
            assertThat(third.freeze()).contains(new Freeze(secondConviction, LocalDate.of(2024, 11, 3)));
            assertThat(first.freeze()).contains(new Freeze(detentionDay, LocalDate.of(2024, 2, 10)));
            assertThat(third.source()).isEqualTo(new EntrySource(SourceKind.PENALTY, "CASE-3"));
            assertThat(third.actor()).isEqualTo(TestPostings.REVIEWER);
        }

        @Test
        void aPenaltyWhenTheCapIsReached_postsZeroButStillFreezes() {
            Ledger ledger = TestPostings.penalty(Ledger.empty(PERSON), "M91", "-30", firstConviction,
                    posting("pen-1", firstConviction));
            ledger = TestPostings.penalty(ledger, "M91", "-30", secondConviction, posting("pen-2", secondConviction));
            LocalDate third = secondConviction.plusMonths(2);

            LedgerEntry nothingLeft = single(ledger.postPenalty(M91, M91_REF, p("-10"), Freeze.forMonths(third, 12),
                    posting("pen-3", third)));

            assertThat(ledger.balance(M91_REF)).isEqualTo(p("-50.00"));
            assertThat(nothingLeft.points()).isEqualTo(Points.ZERO);
            assertThat(nothingLeft.freeze()).contains(new Freeze(third, third.plusMonths(12)));
            assertThat(ledger.append(nothingLeft).freezeOn(third.plusMonths(11), endOf(third)))
                    .contains(new Freeze(third, third.plusMonths(12)));
        }

        @Test
        void aPenaltyRecordedAfterLaterOnes_isCappedOnEveryLaterDate() {
            // −30 and −30 (capped to −20) are on record; a detention of −10 from before both is learnt later
            Ledger ledger = TestPostings.penalty(Ledger.empty(PERSON), "M91", "-30", firstConviction,
                    posting("pen-1", firstConviction));
            ledger = TestPostings.penalty(ledger, "M91", "-30", secondConviction, posting("pen-2", secondConviction));
            LocalDate earlier = firstConviction.minusDays(10);
            Instant learnt = at(secondConviction.plusDays(1));

            List<LedgerEntry> posted = ledger.postPenalty(M91, M91_REF, p("-10"), Freeze.forMonths(earlier, 12),
                    TestPostings.penaltyPosting("pen-late", "CASE-9", learnt, earlier));

            assertThat(posted).extracting(LedgerEntry::points, LedgerEntry::effectiveOn)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(p("-10.00"), earlier),
                            org.assertj.core.groups.Tuple.tuple(p("10.00"), secondConviction));
            Ledger after = ledger.appendAll(posted);
            assertThat(after.balance(M91_REF, earlier, learnt)).isEqualTo(p("-10.00"));
            assertThat(after.balance(M91_REF, firstConviction, learnt)).isEqualTo(p("-40.00"));
            assertThat(after.balance(M91_REF, secondConviction, learnt)).isEqualTo(p("-50.00"));
            assertThat(after.freezeOn(earlier, learnt)).contains(Freeze.forMonths(earlier, 12));
        }

        @Test
        void aPositivePenalty_andABonusIndicator_areRefused() {
            Freeze freeze = Freeze.forMonths(firstConviction, 12);
            assertThatThrownBy(() -> Ledger.empty(PERSON).postPenalty(M91, M91_REF, p("10"), freeze,
                    posting("pen", firstConviction)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Ledger.empty(PERSON).postPenalty(P04, P04_REF, p("-10"), freeze,
                    posting("pen", firstConviction)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Freezes {

        private final LocalDate event = LocalDate.of(2023, 2, 10);

        @Test
        void aFreezeRunsTwelveMonthsFromTheEventDate_andEndsByItself() {
            Freeze freeze = Freeze.forMonths(event, Freeze.DEFAULT_MONTHS);

            assertThat(Freeze.DEFAULT_MONTHS).isEqualTo(12);
            assertThat(freeze.from()).isEqualTo(event);
            assertThat(freeze.until()).isEqualTo(LocalDate.of(2024, 2, 10));
            assertThat(freeze.inForceOn(LocalDate.of(2023, 2, 9))).isFalse();
            assertThat(freeze.inForceOn(event)).isTrue();
            assertThat(freeze.inForceOn(LocalDate.of(2024, 2, 9))).isTrue();
            assertThat(freeze.inForceOn(LocalDate.of(2024, 2, 10))).isFalse();
            assertThat(freeze.inForceOn(LocalDate.of(2024, 2, 11))).isFalse();
        }

        @Test
        void aFreezeFromAMonthEnd_endsOnTheLastDayOfTheShorterMonth() {
            assertThat(Freeze.forMonths(LocalDate.of(2023, 1, 31), 1).until()).isEqualTo(LocalDate.of(2023, 2, 28));
            assertThat(Freeze.forMonths(LocalDate.of(2024, 2, 29), 12).until()).isEqualTo(LocalDate.of(2025, 2, 28));
        }

        @Test
        void aFreezeMustEndAfterItStarts() {
            assertThatThrownBy(() -> new Freeze(event, event)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Freeze.forMonths(event, 0)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void onlyADeductionCarriesAFreeze() {
            Posting posting = posting("x", event);
            assertThatThrownBy(() -> new LedgerEntry(posting.key(), PERSON, P04_REF, p("1"), EntryReason.AWARD,
                    posting.source(), posting.actor(), posting.recordedAt(), event,
                    Optional.of(Freeze.forMonths(event, 12))))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void theLedgerReportsTheFreezeInForce_asKnownAtTheTime_endingLast() {
            LocalDate later = LocalDate.of(2023, 6, 1);
            Instant laterRecorded = at(LocalDate.of(2023, 6, 5));
            Ledger ledger = TestPostings.penalty(Ledger.empty(PERSON), "M91", "-10", event,
                    posting("pen-1", at(event), event));
            ledger = TestPostings.penalty(ledger, "M92", "-20", later,
                    posting("pen-2", laterRecorded, later));

            assertThat(ledger.freezeOn(LocalDate.of(2023, 7, 1), laterRecorded))
                    .contains(new Freeze(later, LocalDate.of(2024, 6, 1)));
            assertThat(ledger.freezeOn(LocalDate.of(2023, 7, 1), laterRecorded.minusSeconds(1)))
                    .contains(new Freeze(event, LocalDate.of(2024, 2, 10)));
            assertThat(ledger.freezeOn(LocalDate.of(2024, 5, 31), laterRecorded))
                    .contains(new Freeze(later, LocalDate.of(2024, 6, 1)));
            assertThat(ledger.freezeOn(LocalDate.of(2024, 6, 1), laterRecorded)).isEmpty();
            assertThat(ledger.freezeOn(event.minusDays(1), laterRecorded)).isEmpty();
            assertThat(ledger.freezeOn(event, at(event).minusNanos(1))).isEmpty();
            assertThat(ledger.freezes(laterRecorded)).hasSize(2);
        }
    }

    @Nested
    class Bitemporal {

        private final LocalDate correctionDay = LocalDate.of(2023, 3, 20);

        /** Award 10.00 (Mar 1), correction to 12.00 recorded Mar 20 effective Mar 1, then 15.50 on Sept 1. */
        private Ledger history() {
            Ledger ledger = TestPostings.target(Ledger.empty(PERSON), PROVINCIAL, "P04", "10.00",
                    posting("award", at(MARCH_1), MARCH_1));
            ledger = TestPostings.target(ledger, PROVINCIAL, "P04", p("12.00"),
                    posting("appeal", at(correctionDay), MARCH_1), true);
            return TestPostings.target(ledger, PROVINCIAL, "P04", "15.50", posting("sept", at(SEPT_1), SEPT_1));
        }

        @Test
        void theEntriesAreTheDifferences() {
            assertThat(history().entries()).extracting(LedgerEntry::points)
                    .containsExactly(p("10.00"), p("2.00"), p("3.50"));
            assertThat(history().entries()).extracting(LedgerEntry::reason)
                    .containsExactly(EntryReason.AWARD, EntryReason.CORRECTION, EntryReason.AWARD);
            assertThat(history().entries()).extracting(LedgerEntry::effectiveOn)
                    .containsExactly(MARCH_1, MARCH_1, SEPT_1);
        }

        @Test
        void aCorrectionRecordedLater_changesTheOriginalDateOnlyAsKnownAfterIt() {
            Ledger ledger = history();

            assertThat(ledger.balance(P04_REF, MARCH_1, at(correctionDay).minusNanos(1))).isEqualTo(p("10.00"));
            assertThat(ledger.balance(P04_REF, MARCH_1, at(correctionDay))).isEqualTo(p("12.00"));
            assertThat(ledger.balance(P04_REF, MARCH_1, endOf(correctionDay.minusDays(1)))).isEqualTo(p("10.00"));
            assertThat(ledger.balance(P04_REF, MARCH_1, endOf(correctionDay))).isEqualTo(p("12.00"));
            assertThat(ledger.entries(P04_REF, MARCH_1, endOf(correctionDay))).extracting(e -> e.key().value())
                    .containsExactly("award", "appeal");
        }

        @Test
        void theBalanceEffectiveOnADate_ignoresEntriesEffectiveLaterOrRecordedLater() {
            Ledger ledger = history();
            Instant now = endOf(SEPT_1);

            assertThat(ledger.balance(P04_REF, MARCH_1.minusDays(1), now)).isEqualTo(Points.ZERO);
            assertThat(ledger.balance(P04_REF, MARCH_1, now)).isEqualTo(p("12.00"));
            assertThat(ledger.balance(P04_REF, SEPT_1.minusDays(1), now)).isEqualTo(p("12.00"));
            assertThat(ledger.balance(P04_REF, SEPT_1, now)).isEqualTo(p("15.50"));
            assertThat(ledger.balance(P04_REF, SEPT_1, at(SEPT_1).minusNanos(1))).isEqualTo(p("12.00"));
            assertThat(ledger.balance(P04_REF, SEPT_1, at(MARCH_1).minusNanos(1))).isEqualTo(Points.ZERO);
            assertThat(ledger.balance(P04_REF)).isEqualTo(p("15.50"));
        }

        @Test
        void aLateEntryEffectiveEarlier_isTheOldBalanceBeforeItWasRecordedAndTheNewOneAfter() {
            LocalDate june = LocalDate.of(2023, 6, 1);
            Instant learntInAugust = at(LocalDate.of(2023, 8, 15));
            Ledger ledger = TestPostings.target(Ledger.empty(PERSON), PROVINCIAL, "P05", "3.00",
                    posting("p05", at(MARCH_1), MARCH_1));
            ledger = TestPostings.target(ledger, PROVINCIAL, "P05", "4.50", posting("p05-late", learntInAugust, june));
            IndicatorRef p05 = TestPostings.ref(PROVINCIAL, "P05");

            assertThat(ledger.balance(p05, june, learntInAugust.minusSeconds(1))).isEqualTo(p("3.00"));
            assertThat(ledger.balance(p05, june, learntInAugust)).isEqualTo(p("4.50"));
            assertThat(ledger.balance(p05, june.minusDays(1), learntInAugust)).isEqualTo(p("3.00"));
        }
    }

    @Nested
    class AppendOnly {

        @Test
        void appendRefusesADuplicateKey() {
            Ledger ledger = TestPostings.target(Ledger.empty(PERSON), PROVINCIAL, "P04", "10.00",
                    posting("same-key", MARCH_1));
            LedgerEntry duplicate = TestPostings.entry(PERSON, TestPostings.ref(PROVINCIAL, "P05"), "2.00",
                    EntryReason.AWARD, posting("same-key", SEPT_1));

            assertThat(ledger.contains(IdempotencyKey.of("same-key"))).isTrue();
            assertThat(ledger.contains(IdempotencyKey.of("other-key"))).isFalse();
            assertThatThrownBy(() -> ledger.append(duplicate))
                    .isInstanceOfAny(IllegalArgumentException.class, DuplicateEntryException.class)
                    .hasMessageContaining("same-key");
            assertThat(ledger.entries()).hasSize(1);
        }

        @Test
        void storedEntriesWithAKeyTwice_areRefused() {
            LedgerEntry first = TestPostings.entry(PERSON, P04_REF, "2.00", EntryReason.AWARD, posting("k", MARCH_1));
            LedgerEntry again = TestPostings.entry(PERSON, P04_REF, "2.00", EntryReason.AWARD, posting("k", SEPT_1));

            assertThatThrownBy(() -> Ledger.of(PERSON, List.of(first, again)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("k");
        }

        @Test
        void appendRefusesAnotherPersonsEntry() {
            LedgerEntry theirs = TestPostings.entry(OTHER_PERSON, P04_REF, "2.00", EntryReason.AWARD,
                    posting("theirs", MARCH_1));

            assertThatThrownBy(() -> Ledger.empty(PERSON).append(theirs))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("another person");
            assertThatThrownBy(() -> Ledger.of(PERSON, List.of(theirs)))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void appendReturnsANewLedger_andLeavesTheOldOneAsItWas() {
            Ledger empty = Ledger.empty(PERSON);
            LedgerEntry entry = TestPostings.entry(PERSON, P04_REF, "2.00", EntryReason.AWARD, posting("k", MARCH_1));

            Ledger one = empty.append(entry);

            assertThat(empty.entries()).isEmpty();
            assertThat(one.entries()).containsExactly(entry);
            assertThat(one.person()).isEqualTo(PERSON);
            assertThatThrownBy(() -> one.entries().add(entry)).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void storedEntries_areOrderedOldestRecordedFirst() {
            LedgerEntry late = TestPostings.entry(PERSON, P04_REF, "1.00", EntryReason.AWARD,
                    posting("late", at(SEPT_1), MARCH_1));
            LedgerEntry early = TestPostings.entry(PERSON, P04_REF, "2.00", EntryReason.AWARD,
                    posting("early", at(MARCH_1), MARCH_1));

            Ledger ledger = Ledger.of(PERSON, List.of(late, early));

            assertThat(ledger.entries()).containsExactly(early, late);
            assertThat(Ledger.empty(PERSON).append(late).append(early).entries()).containsExactly(early, late);
        }
    }

    @Nested
    class Clearing {

        private final LocalDate clearedOn = LocalDate.of(2023, 12, 1);
        private final EntrySource fraudCase = new EntrySource(SourceKind.CLEARING_CASE, "CASE-FRAUD-9");
        private final Actor supervisor = new Actor("supervisor-330203-01");

        /** P04 10.00 then 15.50, P05 3.00, M91 −10 with its freeze. */
        private Ledger history() {
            Ledger ledger = TestPostings.target(Ledger.empty(PERSON), PROVINCIAL, "P04", "10.00",
                    posting("p04-1", MARCH_1));
            ledger = TestPostings.target(ledger, PROVINCIAL, "P04", "15.50", posting("p04-2", SEPT_1));
            ledger = TestPostings.target(ledger, PROVINCIAL, "P05", "3.00", posting("p05", MARCH_1));
            return TestPostings.penalty(ledger, "M91", "-10", LocalDate.of(2023, 5, 2),
                    posting("m91", LocalDate.of(2023, 5, 2)));
        }

        @Test
        void clearingNegatesEachIndicatorOnEachEffectiveDate() {
            List<LedgerEntry> clearing = history().clearing(fraudCase, supervisor, at(clearedOn));

            assertThat(clearing)
                    .extracting(e -> e.indicator().code().value(), LedgerEntry::effectiveOn, LedgerEntry::points)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.api.Assertions.tuple("P04", MARCH_1, p("-10.00")),
                            org.assertj.core.api.Assertions.tuple("P04", SEPT_1, p("-5.50")),
                            org.assertj.core.api.Assertions.tuple("P05", MARCH_1, p("-3.00")),
                            org.assertj.core.api.Assertions.tuple("M91", LocalDate.of(2023, 5, 2), p("10.00")));
            assertThat(clearing).allSatisfy(e -> {
                assertThat(e.reason()).isEqualTo(EntryReason.CLEARING);
                assertThat(e.source()).isEqualTo(fraudCase);
                assertThat(e.actor()).isEqualTo(supervisor);
                assertThat(e.recordedAt()).isEqualTo(at(clearedOn));
                assertThat(e.freeze()).isEmpty();
                assertThat(e.person()).isEqualTo(PERSON);
            });
        }

        @Test
        void afterClearing_everyBalanceIsZeroOnEveryDate_butAsKnownBeforeItIsTheOldOne() {
            Ledger before = history();
            Ledger cleared = before;
            for (LedgerEntry entry : before.clearing(fraudCase, supervisor, at(clearedOn))) {
                cleared = cleared.append(entry);
            }

            for (LocalDate on : List.of(MARCH_1, LocalDate.of(2023, 5, 2), SEPT_1, clearedOn)) {
                assertThat(cleared.balance(P04_REF, on, at(clearedOn))).isEqualTo(Points.ZERO);
                assertThat(cleared.balance(M91_REF, on, at(clearedOn))).isEqualTo(Points.ZERO);
            }
            assertThat(cleared.balance(P04_REF, SEPT_1, at(clearedOn).minusNanos(1))).isEqualTo(p("15.50"));
            assertThat(cleared.balance(P04_REF, MARCH_1, at(clearedOn).minusNanos(1))).isEqualTo(p("10.00"));
            assertThat(cleared.clearing(fraudCase, supervisor, at(clearedOn))).isEmpty();
            // the freeze of the deduction is not lifted by clearing
            assertThat(cleared.freezeOn(clearedOn, at(clearedOn))).isPresent();
        }
    }
}
