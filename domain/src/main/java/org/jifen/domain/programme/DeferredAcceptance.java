package org.jifen.domain.programme;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * Student-proposing deferred acceptance (学生提议的延迟接受算法). Each place ranks its proposers by
 * priority class (living in its catchment first) and then by the global rank (score, then the
 * tie-break chain). Stable: no proposer loses a seat to one of lower priority; no proposer gains by
 * misreporting preferences. With no catchment it equals filling seats in rank order (serial
 * dictatorship). Cost: O(P log S) for P proposals and S seats per place — no quadratic step; ties
 * are impossible (ranks are distinct), so the result never depends on hash or thread order.
 */
public final class DeferredAcceptance {

    private DeferredAcceptance() {
    }

    /**
     * The place each proposer gets (same order as given), or empty when unplaced (统筹安排).
     * Preferences naming a place with no seats, or not in {@code seats}, are passed over.
     */
    public static List<Optional<PlaceCode>> assign(List<Proposer> proposersInRankOrder, Map<PlaceCode, Integer> seats) {
        // one copy into an array: positional access stays O(1) whatever List the caller passes (a
        // LinkedList's get(i) would make the loops below quadratic)
        Proposer[] proposers = proposersInRankOrder.toArray(new Proposer[0]);
        int n = proposers.length;
        List<PlaceCode> placeList = new ArrayList<>(seats.keySet());
        Collections.sort(placeList);
        Map<PlaceCode, Integer> placeIndex = new HashMap<>();
        for (int p = 0; p < placeList.size(); p++) {
            placeIndex.put(placeList.get(p), p);
        }
        int[][] preferences = new int[n][];
        for (int i = 0; i < n; i++) {
            preferences[i] = proposers[i].preferences().stream()
                    .map(placeIndex::get).filter(java.util.Objects::nonNull).mapToInt(Integer::intValue).toArray();
        }
        // priority key at the place currently holding i: catchment first, then rank (smaller is better)
        long[] heldKey = new long[n];
        int[] capacity = new int[placeList.size()];
        List<PriorityQueue<Integer>> held = new ArrayList<>(placeList.size());
        for (int p = 0; p < placeList.size(); p++) {
            capacity[p] = seats.get(placeList.get(p));
            held.add(new PriorityQueue<>((a, b) -> Long.compare(heldKey[b], heldKey[a])));
        }
        int[] next = new int[n];
        int[] placeOf = new int[n];
        java.util.Arrays.fill(placeOf, -1);
        Deque<Integer> free = new ArrayDeque<>(n);
        for (int i = 0; i < n; i++) {
            free.add(i);
        }
        while (!free.isEmpty()) {
            int i = free.poll();
            if (next[i] >= preferences[i].length) {
                continue;
            }
            int p = preferences[i][next[i]++];
            if (capacity[p] == 0) {
                free.addFirst(i);
                continue;
            }
            boolean inCatchment = proposers[i].catchment().contains(placeList.get(p));
            heldKey[i] = (inCatchment ? 0L : (long) n) + i;
            PriorityQueue<Integer> queue = held.get(p);
            queue.add(i);
            placeOf[i] = p;
            if (queue.size() > capacity[p]) {
                int rejected = queue.poll();
                placeOf[rejected] = -1;
                free.addFirst(rejected);
            }
        }
        List<Optional<PlaceCode>> result = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            result.add(placeOf[i] < 0 ? Optional.empty() : Optional.of(placeList.get(placeOf[i])));
        }
        return result;
    }
}
