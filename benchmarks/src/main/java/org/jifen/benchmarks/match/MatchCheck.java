package org.jifen.benchmarks.match;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jifen.domain.programme.PlaceCode;
import org.jifen.domain.programme.Proposer;

/**
 * Whether a match is right, not how fast: no school over its seats, and stable — no child prefers a
 * school that has a free seat or holds a child of lower priority there (catchment first, then rank).
 */
public final class MatchCheck {

    private MatchCheck() {
    }

    /** The children placed, or an exception naming the first violation. */
    public static long verify(MatchWorkload workload, List<Optional<PlaceCode>> result) {
        List<Proposer> proposers = workload.proposers();
        int n = proposers.size();
        Map<PlaceCode, Integer> held = new HashMap<>();
        Map<PlaceCode, Long> worst = new HashMap<>();
        long placed = 0;
        for (int i = 0; i < n; i++) {
            Optional<PlaceCode> place = result.get(i);
            if (place.isEmpty()) {
                continue;
            }
            placed++;
            PlaceCode p = place.get();
            if (!proposers.get(i).preferences().contains(p)) {
                throw new IllegalStateException("child " + i + " got " + p + ", which it did not name");
            }
            held.merge(p, 1, Integer::sum);
            worst.merge(p, key(proposers.get(i), p, i, n), Math::max);
        }
        held.forEach((p, count) -> {
            if (count > workload.seats().get(p)) {
                throw new IllegalStateException(p + " holds " + count + " children for " + workload.seats().get(p)
                        + " seats");
            }
        });
        for (int i = 0; i < n; i++) {
            Proposer child = proposers.get(i);
            for (PlaceCode preferred : child.preferences()) {
                if (result.get(i).filter(preferred::equals).isPresent()) {
                    break;
                }
                int seats = workload.seats().get(preferred);
                int taken = held.getOrDefault(preferred, 0);
                if (taken < seats) {
                    throw new IllegalStateException("child " + i + " prefers " + preferred + ", which has a free seat");
                }
                if (taken > 0 && key(child, preferred, i, n) < worst.get(preferred)) {
                    throw new IllegalStateException("child " + i + " has priority over a child holding " + preferred);
                }
            }
        }
        return placed;
    }

    /** Priority at a school (smaller is better): catchment children first, then by rank. */
    private static long key(Proposer child, PlaceCode school, int rank, int n) {
        return (child.catchment().contains(school) ? 0L : n) + rank;
    }
}
