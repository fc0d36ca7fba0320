package org.jifen.domain.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.shared.Points;
import org.junit.jupiter.api.Test;

/**
 * Student-proposing deferred acceptance on small matches worked out by hand.
 *
 * <h2>The hand-worked match</h2>
 *
 * Three schools: A with 2 seats, B with 2 seats, C with 1 seat. Six children, ranked with the
 * default chain (score, then P04 points, then P05 points, then the earlier submission):
 *
 * <pre>
 * rank child  score  P04    P05    submitted   prefers   lives in catchment of
 *  1   ADA    92.00   –      –     03-01       A, B      –
 *  2   DAN    85.50  25.00   –     03-04       A, C      –
 *  3   CHEN   85.50  20.00  12.00  03-03       A, B, C   –
 *  4   BO     85.50  20.00  10.00  03-02       A, B      B
 *  5   EVE    70.00   5.00   5.00  03-05       C, A      C
 *  6   FANG   70.00   5.00   5.00  03-06       B, A      A
 * </pre>
 *
 * DAN, CHEN and BO tie on 85.50: DAN has the most P04 points (25 against 20), so he ranks 2nd;
 * CHEN and BO also tie on P04 (20) and CHEN's P05 points (12 against 10) put her 3rd. EVE and FANG
 * tie on score, P04 and P05; EVE submitted earlier and ranks 5th.
 *
 * <p>Priority at a school: children in its catchment first, then by rank. So
 * A: FANG ≻ ADA ≻ DAN ≻ CHEN ≻ BO ≻ EVE; B: BO ≻ ADA ≻ DAN ≻ CHEN ≻ EVE ≻ FANG;
 * C: EVE ≻ ADA ≻ DAN ≻ CHEN ≻ BO ≻ FANG.
 *
 * <p>Proposal rounds (every unheld child proposes to its next school; each school keeps its best
 * children up to its seats and rejects the rest):
 * <pre>
 * round 1  A ← ADA, DAN, CHEN, BO   holds ADA, DAN (ranks 1, 2)   rejects CHEN, BO
 *          B ← FANG                 holds FANG
 *          C ← EVE                  holds EVE
 * round 2  B ← CHEN, BO             B now has FANG, CHEN, BO: BO (catchment) ≻ CHEN (rank 3) ≻ FANG (rank 6)
 *                                   holds BO, CHEN                 rejects FANG
 * round 3  A ← FANG                 A now has ADA, DAN, FANG: FANG (catchment) ≻ ADA ≻ DAN
 *                                   holds FANG, ADA                rejects DAN
 * round 4  C ← DAN                  C has EVE (catchment) ≻ DAN    rejects DAN
 * round 5  DAN has no school left: unplaced (统筹安排). No child is free with a school left: done.
 * </pre>
 * Result: ADA → A, DAN unplaced, CHEN → B, BO → B, EVE → C, FANG → A.
 *
 * <p>Stable: DAN envies A (held by FANG, in catchment, and ADA, rank 1) and C (held by EVE, in
 * catchment); CHEN and BO envy A (FANG, ADA); FANG envies B (BO in catchment, CHEN rank 3 ≻ 6): no
 * envy is justified. The tie-break chain matters: had CHEN ranked above DAN, A would have rejected
 * DAN in round 1 and CHEN would have ended at A (see the custom-chain case below).
 */
class DeferredAcceptanceTest {

    private static final IndicatorCode P04 = IndicatorCode.of("P04");
    private static final IndicatorCode P05 = IndicatorCode.of("P05");
    private static final PlaceCode A = new PlaceCode("SCHOOL-A");
    private static final PlaceCode B = new PlaceCode("SCHOOL-B");
    private static final PlaceCode C = new PlaceCode("SCHOOL-C");
    private static final PlaceCode UNKNOWN = new PlaceCode("SCHOOL-X");

    /** A child as a round sees it: an id, its ranking key and its proposer (preferences, catchment). */
    private record Child(String id, RankingKey key, Proposer proposer) {

        Child withoutCatchment() {
            return new Child(id, key, new Proposer(proposer.preferences(), Set.of()));
        }
    }

    private static Child child(List<TieBreak> chain, String id, String score, String p04, String p05, String day,
            List<PlaceCode> preferences, Set<PlaceCode> catchment) {
        Map<IndicatorCode, Points> points = new HashMap<>();
        if (p04 != null) {
            points.put(P04, Points.parse(p04));
        }
        if (p05 != null) {
            points.put(P05, Points.parse(p05));
        }
        RankingKey key = RankingKey.of(Points.parse(score), chain, points,
                Instant.parse("2025-" + day + "T09:00:00Z"), id);
        return new Child(id, key, new Proposer(preferences, catchment));
    }

    private static List<Child> handWorkedChildren(List<TieBreak> chain) {
        return List.of(
                child(chain, "ADA", "92.00", null, null, "03-01", List.of(A, B), Set.of()),
                child(chain, "BO", "85.50", "20.00", "10.00", "03-02", List.of(A, B), Set.of(B)),
                child(chain, "CHEN", "85.50", "20.00", "12.00", "03-03", List.of(A, B, C), Set.of()),
                child(chain, "DAN", "85.50", "25.00", null, "03-04", List.of(A, C), Set.of()),
                child(chain, "EVE", "70.00", "5.00", "5.00", "03-05", List.of(C, A), Set.of(C)),
                child(chain, "FANG", "70.00", "5.00", "5.00", "03-06", List.of(B, A), Set.of(A)));
    }

    private static Map<PlaceCode, Integer> handWorkedSeats() {
        return Map.of(A, 2, B, 2, C, 1);
    }

    /** Sorts the children by rank, runs the match and returns child id → place, in rank order. */
    private static Map<String, Optional<PlaceCode>> match(List<Child> children, Map<PlaceCode, Integer> seats) {
        List<Child> ranked = new ArrayList<>(children);
        ranked.sort(Comparator.comparing(Child::key));
        List<Optional<PlaceCode>> places = DeferredAcceptance.assign(
                ranked.stream().map(Child::proposer).toList(), seats);
        Map<String, Optional<PlaceCode>> result = new LinkedHashMap<>();
        for (int i = 0; i < ranked.size(); i++) {
            result.put(ranked.get(i).id(), places.get(i));
        }
        return result;
    }

    @Test
    void handWorkedMatch_ranksByScoreThenP04ThenP05ThenEarlierSubmission() {
        List<Child> ranked = new ArrayList<>(handWorkedChildren(TieBreak.DEFAULT_CHAIN));
        ranked.sort(Comparator.comparing(Child::key));

        assertThat(ranked).extracting(Child::id).containsExactly("ADA", "DAN", "CHEN", "BO", "EVE", "FANG");
    }

    @Test
    void handWorkedMatch_catchmentPriorityAndTheTieBreakChainDecideTheSeats() {
        Map<String, Optional<PlaceCode>> result = match(handWorkedChildren(TieBreak.DEFAULT_CHAIN), handWorkedSeats());

        assertThat(result).containsExactly(
                entry("ADA", Optional.of(A)),
                entry("DAN", Optional.empty()),
                entry("CHEN", Optional.of(B)),
                entry("BO", Optional.of(B)),
                entry("EVE", Optional.of(C)),
                entry("FANG", Optional.of(A)));
    }

    /**
     * Without catchment priorities the same children fill the seats in rank order (serial
     * dictatorship): ADA takes A (1 seat left), DAN takes the last seat of A, CHEN finds A full and
     * takes B, BO takes the last seat of B, EVE takes C, FANG finds B and A full: unplaced.
     */
    @Test
    void handWorkedMatch_withoutCatchment_fillsSeatsInScoreOrder() {
        List<Child> children = handWorkedChildren(TieBreak.DEFAULT_CHAIN).stream().map(Child::withoutCatchment).toList();

        assertThat(match(children, handWorkedSeats())).containsExactly(
                entry("ADA", Optional.of(A)),
                entry("DAN", Optional.of(A)),
                entry("CHEN", Optional.of(B)),
                entry("BO", Optional.of(B)),
                entry("EVE", Optional.of(C)),
                entry("FANG", Optional.empty()));
    }

    /**
     * A programme whose chain is only "earlier submission": the 85.50 tie now goes BO (03-02), CHEN
     * (03-03), DAN (03-04), so the ranks are ADA, BO, CHEN, DAN, EVE, FANG.
     * <pre>
     * round 1  A ← ADA, BO, CHEN, DAN   holds ADA, BO               rejects CHEN, DAN
     *          B ← FANG                 holds FANG
     *          C ← EVE                  holds EVE
     * round 2  B ← CHEN                 B has FANG, CHEN: 2 seats, holds both
     *          C ← DAN                  EVE (catchment) ≻ DAN       rejects DAN
     * round 3  DAN has no school left: unplaced.
     * </pre>
     * Result: ADA → A, BO → A, CHEN → B, DAN unplaced, EVE → C, FANG → B.
     */
    @Test
    void customChain_earlierSubmissionOnly_changesTheTieAndTheSeats() {
        List<Child> children = handWorkedChildren(List.of(new TieBreak.EarlierSubmission()));

        assertThat(match(children, handWorkedSeats())).containsExactly(
                entry("ADA", Optional.of(A)),
                entry("BO", Optional.of(A)),
                entry("CHEN", Optional.of(B)),
                entry("DAN", Optional.empty()),
                entry("EVE", Optional.of(C)),
                entry("FANG", Optional.of(B)));
    }

    @Test
    void aChildWithNoAcceptableSeat_staysUnplaced() {
        List<Proposer> proposers = List.of(
                new Proposer(List.of(A), Set.of()),      // rank 1 takes A's only seat
                new Proposer(List.of(A), Set.of()),      // lists only A, which is taken: unplaced
                new Proposer(List.of(), Set.of(B)),      // lists nothing: unplaced even with a free seat in its catchment
                new Proposer(List.of(B), Set.of()));     // B has a seat left

        assertThat(DeferredAcceptance.assign(proposers, Map.of(A, 1, B, 2)))
                .containsExactly(Optional.of(A), Optional.empty(), Optional.empty(), Optional.of(B));
    }

    @Test
    void aChildInTheCatchment_displacesAHigherRankedChildOutsideIt() {
        List<Proposer> proposers = List.of(
                new Proposer(List.of(A, B), Set.of()),
                new Proposer(List.of(A), Set.of(A)));

        assertThat(DeferredAcceptance.assign(proposers, Map.of(A, 1, B, 1)))
                .containsExactly(Optional.of(B), Optional.of(A));
    }

    @Test
    void duplicatePreferences_areIgnored() {
        Proposer withDuplicates = new Proposer(List.of(A, A, B, A, B), Set.of());

        assertThat(withDuplicates.preferences()).containsExactly(A, B);
        // rank 1 holds A's only seat; the duplicates of A give rank 2 no second try at A: it gets B
        assertThat(DeferredAcceptance.assign(List.of(new Proposer(List.of(A), Set.of()), withDuplicates),
                Map.of(A, 1, B, 1)))
                .containsExactly(Optional.of(A), Optional.of(B));
    }

    @Test
    void unknownPlaces_arePassedOver() {
        List<Proposer> proposers = List.of(
                new Proposer(List.of(UNKNOWN, A), Set.of(UNKNOWN)),
                new Proposer(List.of(UNKNOWN), Set.of()));

        assertThat(DeferredAcceptance.assign(proposers, Map.of(A, 1)))
                .containsExactly(Optional.of(A), Optional.empty());
    }

    @Test
    void aPlaceWithNoSeats_isPassedOver() {
        List<Proposer> proposers = List.of(
                new Proposer(List.of(A, B), Set.of(A)),
                new Proposer(List.of(A), Set.of(A)),
                new Proposer(List.of(A, C, B), Set.of()));

        assertThat(DeferredAcceptance.assign(proposers, Map.of(A, 0, B, 2, C, 0)))
                .containsExactly(Optional.of(B), Optional.empty(), Optional.of(B));
    }

    @Test
    void noChildren_giveAnEmptyResult() {
        assertThat(DeferredAcceptance.assign(List.of(), Map.of(A, 3))).isEmpty();
    }

    @Test
    void theResult_isInTheOrderOfTheProposersGiven() {
        List<Proposer> proposers = List.of(
                new Proposer(List.of(C), Set.of()),
                new Proposer(List.of(B), Set.of()),
                new Proposer(List.of(A), Set.of()));

        assertThat(DeferredAcceptance.assign(proposers, handWorkedSeats()))
                .containsExactly(Optional.of(C), Optional.of(B), Optional.of(A));
    }

    @Test
    void sameInput_givesTheSameOutput() {
        Map<String, Optional<PlaceCode>> first = match(handWorkedChildren(TieBreak.DEFAULT_CHAIN), handWorkedSeats());
        Map<String, Optional<PlaceCode>> second = match(handWorkedChildren(TieBreak.DEFAULT_CHAIN), handWorkedSeats());

        assertThat(second).containsExactlyEntriesOf(first);
    }

    @Test
    void shuffledCandidates_giveTheSameAssignment_ranksDecideNotInputOrder() {
        Map<String, Optional<PlaceCode>> expected = match(handWorkedChildren(TieBreak.DEFAULT_CHAIN), handWorkedSeats());
        Random random = new Random(20_250_301L);

        for (int attempt = 0; attempt < 50; attempt++) {
            List<Child> shuffled = new ArrayList<>(handWorkedChildren(TieBreak.DEFAULT_CHAIN));
            Collections.shuffle(shuffled, random);

            assertThat(match(shuffled, handWorkedSeats())).as("shuffle %d: %s", attempt, shuffled)
                    .containsExactlyEntriesOf(expected);
        }
    }

    @Test
    void theSeatMapsIterationOrderAndTheListType_doNotMatter() {
        List<Child> ranked = new ArrayList<>(handWorkedChildren(TieBreak.DEFAULT_CHAIN));
        ranked.sort(Comparator.comparing(Child::key));
        List<Proposer> proposers = ranked.stream().map(Child::proposer).toList();
        Map<PlaceCode, Integer> reversed = new TreeMap<>(Comparator.reverseOrder());
        reversed.putAll(handWorkedSeats());
        Map<PlaceCode, Integer> hashed = new HashMap<>(handWorkedSeats());

        List<Optional<PlaceCode>> expected = List.of(Optional.of(A), Optional.empty(), Optional.of(B), Optional.of(B),
                Optional.of(C), Optional.of(A));
        assertThat(DeferredAcceptance.assign(proposers, reversed)).containsExactlyElementsOf(expected);
        assertThat(DeferredAcceptance.assign(proposers, hashed)).containsExactlyElementsOf(expected);
        assertThat(DeferredAcceptance.assign(new LinkedList<>(proposers), hashed)).containsExactlyElementsOf(expected);
    }
}
