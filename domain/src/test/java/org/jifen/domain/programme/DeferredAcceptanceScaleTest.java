package org.jifen.domain.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Deferred acceptance at scale: 20,000 children × 5 preferences × 300 schools, popular schools
 * oversubscribed, half the children in a catchment. Correctness only — no time is measured here (the
 * benchmarks issue measures 200,000 children).
 */
class DeferredAcceptanceScaleTest {

    private static final int CHILDREN = 20_000;
    private static final int SCHOOLS = 300;
    private static final int PREFERENCES = 5;

    @Test
    void twentyThousandChildren_threeHundredSchools_respectCapacityListingAndStability() {
        Random random = new Random(42L);
        PlaceCode[] schools = new PlaceCode[SCHOOLS];
        Map<PlaceCode, Integer> seats = new TreeMap<>();
        int totalSeats = 0;
        for (int s = 0; s < SCHOOLS; s++) {
            schools[s] = new PlaceCode(String.format("S%03d", s));
            int n = random.nextInt(10) == 0 ? 0 : 20 + random.nextInt(61); // some schools closed, else 20–80
            seats.put(schools[s], n);
            totalSeats += n;
        }
        List<Proposer> proposers = new ArrayList<>(CHILDREN);
        for (int c = 0; c < CHILDREN; c++) {
            Set<PlaceCode> preferences = new LinkedHashSet<>();
            while (preferences.size() < PREFERENCES) {
                double r = random.nextDouble();
                preferences.add(schools[(int) (SCHOOLS * r * r)]); // skewed: low-numbered schools are popular
            }
            Set<PlaceCode> catchment = random.nextBoolean() ? Set.of(schools[random.nextInt(SCHOOLS)]) : Set.of();
            proposers.add(new Proposer(List.copyOf(preferences), catchment));
        }

        List<Optional<PlaceCode>> result = DeferredAcceptance.assign(proposers, seats);

        assertThat(result).hasSize(CHILDREN);
        Map<PlaceCode, Integer> taken = new TreeMap<>();
        // the lowest priority (largest key: catchment first, then rank) each school holds
        Map<PlaceCode, Long> worstHeld = new TreeMap<>();
        for (int c = 0; c < CHILDREN; c++) {
            if (result.get(c).isPresent()) {
                PlaceCode school = result.get(c).get();
                assertThat(proposers.get(c).preferences()).as("child %d", c).contains(school);
                taken.merge(school, 1, Integer::sum);
                worstHeld.merge(school, priority(proposers.get(c), c, school), Math::max);
            }
        }
        for (Map.Entry<PlaceCode, Integer> e : taken.entrySet()) {
            assertThat(e.getValue()).as("children at %s", e.getKey()).isLessThanOrEqualTo(seats.get(e.getKey()));
        }
        int placed = taken.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(placed).isLessThanOrEqualTo(totalSeats).isPositive();
        assertThat(placed).as("some children are left for coordinated placement").isLessThan(CHILDREN);
        // stable: every school a child prefers to its own is full and holds only children of higher priority
        for (int c = 0; c < CHILDREN; c++) {
            for (PlaceCode school : proposers.get(c).preferences()) {
                if (result.get(c).equals(Optional.of(school))) {
                    break;
                }
                assertThat(taken.getOrDefault(school, 0)).as("child %d envies %s", c, school)
                        .isEqualTo(seats.get(school));
                if (seats.get(school) > 0) {
                    assertThat(worstHeld.get(school)).as("child %d envies %s", c, school)
                            .isLessThan(priority(proposers.get(c), c, school));
                }
            }
        }
    }

    private static long priority(Proposer proposer, int rank, PlaceCode school) {
        return (proposer.catchment().contains(school) ? 0L : CHILDREN) + rank;
    }
}
