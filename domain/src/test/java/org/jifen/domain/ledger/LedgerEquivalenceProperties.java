package org.jifen.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.domain.ledger.TestPostings.PERSON;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.jifen.domain.catalogue.Catalogue;
import org.jifen.domain.catalogue.Indicator;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.catalogue.ScoringMethod;
import org.jifen.domain.catalogue.TestCatalogues;
import org.jifen.domain.person.Person;
import org.jifen.domain.person.TestIdNumbers;
import org.jifen.domain.shared.Points;

/**
 * The optimised {@link Ledger} and {@link AutoScoring} against the originals kept as oracles
 * ({@link ReferenceLedger}, {@link ReferenceAutoScoring}): for random operations — postings out of time
 * order, ties in recording time and effective date, duplicate keys, penalties, raw appends — both give
 * the same entries in the same order, the same answers and the same refusals.
 */
class LedgerEquivalenceProperties {

    private static final LocalDate START = LocalDate.of(2022, 7, 1);
    /** Few codes, few days and few keys, so that entries share indicators, times and keys. */
    private static final List<String> BONUS = List.of("P04", "M05", "HS07");
    private static final List<String> DEDUCTION = List.of("M91", "M92");

    /** One operation: what, on which code, points, key number, recording and effective day offsets, flag. */
    record Op(int kind, String code, int hundredths, int key, int recordedDay, int effectiveDay, boolean flag) {
    }

    @Provide
    Arbitrary<List<Op>> operations() {
        Arbitrary<Op> op = Combinators.combine(
                Arbitraries.integers().between(0, 3),
                Arbitraries.of(List.of("P04", "M05", "HS07", "M91", "M92")),
                Arbitraries.integers().between(-6_000, 6_000),
                Arbitraries.integers().between(0, 12),
                Arbitraries.integers().between(0, 6),
                Arbitraries.integers().between(0, 6),
                Arbitraries.of(true, false)).as(Op::new);
        return op.list().ofMaxSize(40);
    }

    @Property(tries = 300)
    void everyOperation_givesTheSameEntriesAnswersAndRefusalsAsTheOriginal(@ForAll("operations") List<Op> ops) {
        Ledger ledger = Ledger.empty(PERSON);
        ReferenceLedger reference = ReferenceLedger.empty(PERSON);
        for (Op op : ops) {
            Catalogue catalogue = TestPostings.defaultCatalogueOf(op.code());
            Indicator indicator = TestPostings.indicator(catalogue, op.code());
            IndicatorRef ref = TestPostings.ref(catalogue, op.code());
            LocalDate recordedDay = START.plusDays(op.recordedDay() * 30L);
            Instant recordedAt = TestPostings.at(recordedDay, 9 + op.key() % 2, 0);
            LocalDate effectiveOn = START.plusDays(op.effectiveDay() * 30L);
            Posting posting = TestPostings.posting("k" + op.key(), recordedAt, effectiveOn);
            Points points = new Points(op.hundredths());
            Supplier<List<LedgerEntry>> mine;
            Supplier<List<LedgerEntry>> theirs;
            switch (op.kind()) {
                case 0, 1 -> {
                    Ledger l = ledger;
                    ReferenceLedger r = reference;
                    mine = () -> l.postTarget(indicator, ref, points, posting, op.flag());
                    theirs = () -> r.postTarget(indicator, ref, points, posting, op.flag());
                }
                case 2 -> {
                    Ledger l = ledger;
                    ReferenceLedger r = reference;
                    Freeze freeze = Freeze.forMonths(effectiveOn, Freeze.DEFAULT_MONTHS);
                    Points event = op.flag() ? points.abs().negate() : points;
                    mine = () -> l.postPenalty(indicator, ref, event, freeze, posting);
                    theirs = () -> r.postPenalty(indicator, ref, event, freeze, posting);
                }
                default -> {
                    LedgerEntry raw = TestPostings.entry(op.flag() ? PERSON : TestPostings.OTHER_PERSON, ref,
                            points.toString(), EntryReason.AWARD, posting);
                    mine = () -> List.of(raw);
                    theirs = mine;
                }
            }
            Object posted = outcome(mine);
            assertThat(posted).isEqualTo(outcome(theirs));
            if (posted instanceof List<?>) {
                List<LedgerEntry> entries = mine.get();
                Ledger l = ledger;
                ReferenceLedger r = reference;
                Object appended = outcome(() -> l.appendAll(entries).entries());
                assertThat(appended).isEqualTo(outcome(() -> r.appendAll(entries).entries()));
                if (appended instanceof List<?>) {
                    ledger = ledger.appendAll(entries);
                    reference = reference.appendAll(entries);
                }
            }
            sameAnswers(ledger, reference, recordedAt, effectiveOn);
        }
        List<LedgerEntry> all = ledger.entries();
        List<LedgerEntry> reversed = new ArrayList<>(all);
        java.util.Collections.reverse(reversed);
        assertThat(Ledger.of(PERSON, reversed).entries()).isEqualTo(ReferenceLedger.of(PERSON, reversed).entries());
    }

    private static void sameAnswers(Ledger ledger, ReferenceLedger reference, Instant knownAt, LocalDate on) {
        assertThat(ledger.entries()).isEqualTo(reference.entries());
        for (String code : concat(BONUS, DEDUCTION)) {
            IndicatorRef ref = TestPostings.ref(code);
            assertThat(ledger.balance(ref)).isEqualTo(reference.balance(ref));
            for (int days = -30; days <= 30; days += 30) {
                assertThat(ledger.balance(ref, on.plusDays(days), knownAt))
                        .isEqualTo(reference.balance(ref, on.plusDays(days), knownAt));
                assertThat(ledger.entries(ref, on.plusDays(days), knownAt))
                        .isEqualTo(reference.entries(ref, on.plusDays(days), knownAt));
            }
        }
        for (int key = 0; key <= 12; key++) {
            IdempotencyKey k = IdempotencyKey.of("k" + key);
            assertThat(ledger.contains(k)).isEqualTo(reference.contains(k));
        }
        assertThat(ledger.freezes(knownAt)).isEqualTo(reference.freezes(knownAt));
        assertThat(ledger.freezeOn(on, knownAt)).isEqualTo(reference.freezeOn(on, knownAt));
        EntrySource source = new EntrySource(SourceKind.PENALTY, "case-1");
        assertThat(ledger.clearing(source, TestPostings.REVIEWER, knownAt))
                .isEqualTo(reference.clearing(source, TestPostings.REVIEWER, knownAt));
    }

    @Property(tries = 300)
    void autoScoring_postsTheSameEntriesAndLinesAsTheOriginal(
            @ForAll @IntRange(min = 0, max = 25_000) int bornDaysAfter1960,
            @ForAll @Size(min = 1, max = 4) List<@IntRange(min = -1, max = 400) Integer> months,
            @ForAll @IntRange(min = 0, max = 1) int scale,
            @ForAll boolean cataloguesListedTwice) {
        Person person = new Person(PERSON, TestIdNumbers.haishu(LocalDate.of(1960, 1, 1).plusDays(bornDaysAfter1960)),
                "张三", TestCatalogues.HAISHU);
        List<Catalogue> applicable = new ArrayList<>(TestCatalogues.defaultSet().versions());
        if (cataloguesListedTwice) {
            applicable.addAll(TestCatalogues.defaultSet().versions());
        }
        Ledger ledger = Ledger.empty(PERSON);
        ReferenceLedger reference = ReferenceLedger.empty(PERSON);
        for (int round = 0; round < months.size(); round++) {
            Map<IndicatorCode, BigDecimal> quantities = quantities(applicable, months.get(round), round, scale);
            LocalDate on = START.plusMonths(6L * round);
            Instant now = TestPostings.at(on.plusDays(1));
            AutoScoring.Outcome mine = AutoScoring.score(person, applicable, quantities, ledger, on, now);
            ReferenceAutoScoring.Outcome theirs = ReferenceAutoScoring.score(person, applicable, quantities, reference,
                    on, now);
            assertThat(mine.ledger().entries()).isEqualTo(theirs.ledger().entries());
            assertThat(mine.posted()).isEqualTo(theirs.posted());
            assertThat(mine.lines()).hasSameSizeAs(theirs.lines());
            for (int i = 0; i < mine.lines().size(); i++) {
                AutoScoring.Line a = mine.lines().get(i);
                ReferenceAutoScoring.Line b = theirs.lines().get(i);
                assertThat(List.of(a.indicator(), a.facts(), a.factsInWords(), a.target(), a.posted()))
                        .isEqualTo(List.of(b.indicator(), b.facts(), b.factsInWords(), b.target(), b.posted()));
            }
            ledger = mine.ledger();
            reference = theirs.ledger();
        }
    }

    /** A quantity for each AUTO indicator but one (skipped by the round), {@code months} varied by code; −1: none. */
    private static Map<IndicatorCode, BigDecimal> quantities(List<Catalogue> applicable, int months, int round,
            int scale) {
        Map<IndicatorCode, BigDecimal> quantities = new LinkedHashMap<>();
        if (months < 0) {
            return quantities;
        }
        int i = 0;
        for (Catalogue catalogue : applicable) {
            for (Indicator indicator : catalogue.indicators()) {
                if (indicator.method() != ScoringMethod.AUTO) {
                    continue;
                }
                i++;
                if (i % 5 == round % 5) {
                    continue;
                }
                boolean fixed = indicator.rule() instanceof org.jifen.domain.catalogue.FixedRule;
                long amount = fixed ? (months + i) % 2 : (months * (i + 1L)) % 401;
                quantities.put(indicator.code(), BigDecimal.valueOf(amount).setScale(scale));
            }
        }
        return quantities;
    }

    private static Object outcome(Supplier<?> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
