package org.jifen.domain.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.shared.Points;
import org.junit.jupiter.api.Test;

/** A candidate's rank: score first, then the tie-break chain in its order, then the stable key. */
class RankingKeyTest {

    private static final IndicatorCode P04 = IndicatorCode.of("P04");
    private static final IndicatorCode P05 = IndicatorCode.of("P05");
    private static final Instant EARLY = Instant.parse("2025-03-01T09:00:00Z");
    private static final Instant LATE = Instant.parse("2025-03-02T09:00:00Z");

    private static RankingKey key(String score, String p04, String p05, Instant submittedAt, String stableKey) {
        return key(TieBreak.DEFAULT_CHAIN, score, p04, p05, submittedAt, stableKey);
    }

    private static RankingKey key(List<TieBreak> chain, String score, String p04, String p05, Instant submittedAt,
            String stableKey) {
        return RankingKey.of(Points.parse(score), chain, Map.of(P04, Points.parse(p04), P05, Points.parse(p05)),
                submittedAt, stableKey);
    }

    /** The keys sorted best first. */
    private static List<RankingKey> sorted(RankingKey... keys) {
        List<RankingKey> list = new ArrayList<>(Arrays.asList(keys));
        list.sort(null);
        return list;
    }

    @Test
    void theHigherScore_ranksFirst_whateverTheTieBreakValues() {
        RankingKey higher = key("80.01", "0", "0", LATE, "Z");
        RankingKey lower = key("80.00", "99", "99", EARLY, "A");

        assertThat(sorted(lower, higher)).containsExactly(higher, lower);
        assertThat(higher.compareTo(lower)).isNegative();
    }

    @Test
    void equalScores_areBrokenByP04PointsFirst() {
        RankingKey moreP04 = key("80.00", "12.25", "0", LATE, "Z");
        RankingKey lessP04 = key("80.00", "12.00", "30", EARLY, "A");

        assertThat(sorted(lessP04, moreP04)).containsExactly(moreP04, lessP04);
    }

    @Test
    void equalScoresAndP04_areBrokenByP05Points() {
        RankingKey moreP05 = key("80.00", "12.00", "6.50", LATE, "Z");
        RankingKey lessP05 = key("80.00", "12.00", "6.00", EARLY, "A");

        assertThat(sorted(lessP05, moreP05)).containsExactly(moreP05, lessP05);
    }

    @Test
    void equalScoresP04AndP05_areBrokenByTheEarlierSubmission() {
        RankingKey early = key("80.00", "12.00", "6.00", EARLY, "Z");
        RankingKey late = key("80.00", "12.00", "6.00", LATE, "A");

        assertThat(sorted(late, early)).containsExactly(early, late);
    }

    @Test
    void everythingEqual_isBrokenByTheStableKey() {
        RankingKey a = key("80.00", "12.00", "6.00", EARLY, "APP-0001");
        RankingKey b = key("80.00", "12.00", "6.00", EARLY, "APP-0002");

        assertThat(sorted(b, a)).containsExactly(a, b);
        assertThat(a.compareTo(b)).isNegative();
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void anIndicatorWithoutPoints_countsAsZero() {
        RankingKey none = RankingKey.of(Points.of(80), TieBreak.DEFAULT_CHAIN, Map.of(), EARLY, "A");
        RankingKey some = RankingKey.of(Points.of(80), TieBreak.DEFAULT_CHAIN, Map.of(P04, new Points(1)), LATE, "B");

        assertThat(none.tieBreakValues()).containsExactly(0L, 0L, EARLY.toEpochMilli());
        assertThat(sorted(none, some)).containsExactly(some, none);
    }

    @Test
    void theDefaultChain_holdsNegatedPointsInHundredthsAndTheSubmissionInstant() {
        RankingKey key = key("80.00", "12.25", "6.50", EARLY, "A");

        assertThat(key.tieBreakValues()).containsExactly(-1225L, -650L, EARLY.toEpochMilli());
        assertThat(TieBreak.DEFAULT_CHAIN).containsExactly(new TieBreak.IndicatorPoints(P04),
                new TieBreak.IndicatorPoints(P05), new TieBreak.EarlierSubmission());
    }

    @Test
    void aCustomChain_earlierSubmissionFirst_isHonoured() {
        List<TieBreak> chain = List.of(new TieBreak.EarlierSubmission(), new TieBreak.IndicatorPoints(P04));
        RankingKey earlyFewP04 = key(chain, "80.00", "1.00", "0", EARLY, "Z");
        RankingKey lateManyP04 = key(chain, "80.00", "30.00", "0", LATE, "A");

        assertThat(sorted(lateManyP04, earlyFewP04)).containsExactly(earlyFewP04, lateManyP04);
        // under the default chain the same candidates rank the other way round
        assertThat(sorted(key("80.00", "1.00", "0", EARLY, "Z"), key("80.00", "30.00", "0", LATE, "A")))
                .extracting(RankingKey::stableKey).containsExactly("A", "Z");
    }

    @Test
    void aCustomChain_P05BeforeP04_isHonoured() {
        List<TieBreak> chain = List.of(new TieBreak.IndicatorPoints(P05), new TieBreak.IndicatorPoints(P04));
        RankingKey moreP05 = key(chain, "80.00", "1.00", "9.00", LATE, "Z");
        RankingKey moreP04 = key(chain, "80.00", "30.00", "8.00", EARLY, "A");

        assertThat(sorted(moreP04, moreP05)).containsExactly(moreP05, moreP04);
    }

    @Test
    void anEmptyChain_goesFromScoreStraightToTheStableKey() {
        RankingKey a = key(List.of(), "80.00", "1.00", "0", LATE, "A");
        RankingKey b = key(List.of(), "80.00", "30.00", "9", EARLY, "B");

        assertThat(a.tieBreakValues()).isEmpty();
        assertThat(sorted(b, a)).containsExactly(a, b);
    }

    // -- total order, on small value ranges so that ties are frequent --

    @Provide
    Arbitrary<RankingKey> keys() {
        Arbitrary<Points> score = Arbitraries.longs().between(0, 3).map(Points::new);
        Arbitrary<List<Long>> values = Arbitraries.longs().between(-2, 2).list().ofMaxSize(3);
        Arbitrary<String> stable = Arbitraries.of("A", "B", "C");
        return Combinators.combine(score, values, stable).as(RankingKey::new);
    }

    @Property
    void compareTo_isAntisymmetric(@ForAll("keys") RankingKey a, @ForAll("keys") RankingKey b) {
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
    }

    @Property
    void compareTo_isTransitive(@ForAll("keys") RankingKey a, @ForAll("keys") RankingKey b,
            @ForAll("keys") RankingKey c) {
        List<RankingKey> ordered = sorted(a, b, c);

        assertThat(ordered.get(0).compareTo(ordered.get(1))).isNotPositive();
        assertThat(ordered.get(1).compareTo(ordered.get(2))).isNotPositive();
        assertThat(ordered.get(0).compareTo(ordered.get(2))).isNotPositive();
        if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
            assertThat(a.compareTo(c)).isNotPositive();
        }
    }

    @Property
    void compareTo_isConsistentWithEquals_distinctKeysNeverTie(@ForAll("keys") RankingKey a,
            @ForAll("keys") RankingKey b) {
        assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
        assertThat(a.compareTo(a)).isZero();
    }
}
