package org.jifen.domain.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Deferred acceptance on random school matches: up to 60 children in rank order, up to 8 schools
 * with 0–5 seats, 0–5 preferences each (duplicates and an unknown school allowed) and random
 * catchments. Priority of child {@code c} at school {@code s}: in the catchment of {@code s} first,
 * then rank (the child's position).
 */
class DeferredAcceptanceProperties {

    /** A child: preferences and catchment as school indices; index {@code schools} names an unknown school. */
    record Kid(List<Integer> preferences, Set<Integer> catchment) {
    }

    /** Seats per school index, and the children in rank order. */
    record Instance(List<Integer> seats, List<Kid> kids) {

        int schools() {
            return seats.size();
        }

        Instance withoutCatchment() {
            return new Instance(seats, kids.stream().map(k -> new Kid(k.preferences(), Set.of())).toList());
        }

        Instance withPreferences(int kid, List<Integer> preferences) {
            List<Kid> copy = new ArrayList<>(kids);
            copy.set(kid, new Kid(preferences, kids.get(kid).catchment()));
            return new Instance(seats, copy);
        }

        Map<PlaceCode, Integer> seatMap() {
            Map<PlaceCode, Integer> map = new LinkedHashMap<>();
            for (int s = 0; s < seats.size(); s++) {
                map.put(place(s), seats.get(s));
            }
            return map;
        }

        boolean known(int school) {
            return school < seats.size();
        }

        /** The child's distinct preferences, in order. */
        List<Integer> preferencesOf(int kid) {
            return kids.get(kid).preferences().stream().distinct().toList();
        }

        /** Smaller is higher priority: catchment first, then rank. */
        long priority(int kid, int school) {
            return (kids.get(kid).catchment().contains(school) ? 0L : kids.size()) + kid;
        }
    }

    static PlaceCode place(int school) {
        return new PlaceCode("S" + school);
    }

    @Provide
    Arbitrary<Instance> instances() {
        return Arbitraries.integers().between(1, 8).flatMap(schools -> {
            Arbitrary<List<Integer>> seats = Arbitraries.integers().between(0, 5).list().ofSize(schools);
            Arbitrary<Integer> anySchool = Arbitraries.integers().between(0, schools); // `schools` = unknown
            Arbitrary<Kid> kid = Combinators.combine(anySchool.list().ofMaxSize(5),
                    Arbitraries.integers().between(0, schools - 1).set().ofMaxSize(2)).as(Kid::new);
            return Combinators.combine(seats, kid.list().ofMaxSize(60)).as(Instance::new);
        });
    }

    /** The school index each child gets, or -1 when unplaced. */
    static int[] run(Instance instance) {
        List<Proposer> proposers = instance.kids().stream()
                .map(k -> new Proposer(k.preferences().stream().map(DeferredAcceptanceProperties::place).toList(),
                        k.catchment().stream().map(DeferredAcceptanceProperties::place).collect(Collectors.toSet())))
                .toList();
        List<Optional<PlaceCode>> result = DeferredAcceptance.assign(proposers, instance.seatMap());
        assertThat(result).hasSize(instance.kids().size());
        return result.stream()
                .mapToInt(p -> p.map(code -> Integer.parseInt(code.value().substring(1))).orElse(-1))
                .toArray();
    }

    @Property
    void noSchool_takesMoreChildrenThanItHasSeats(@ForAll("instances") Instance instance) {
        int[] assigned = run(instance);

        for (int s = 0; s < instance.schools(); s++) {
            int school = s;
            assertThat(java.util.Arrays.stream(assigned).filter(a -> a == school).count())
                    .as("children at S%d", s).isLessThanOrEqualTo(instance.seats().get(s));
        }
    }

    @Property
    void everyPlacedChild_getsAKnownSchoolItListed(@ForAll("instances") Instance instance) {
        int[] assigned = run(instance);

        for (int c = 0; c < assigned.length; c++) {
            if (assigned[c] >= 0) {
                assertThat(instance.known(assigned[c])).isTrue();
                assertThat(instance.preferencesOf(c)).as("child %d", c).contains(assigned[c]);
            }
        }
    }

    /**
     * No blocking pair: when a child prefers a school to its assignment (or is unplaced and lists
     * it), that school is full and every child it holds has higher priority there.
     */
    @Property
    void theResult_isStable_noChildEnviesASeatJustly(@ForAll("instances") Instance instance) {
        int[] assigned = run(instance);

        for (int c = 0; c < assigned.length; c++) {
            for (int s : instance.preferencesOf(c)) {
                if (s == assigned[c]) {
                    break;
                }
                if (!instance.known(s)) {
                    continue;
                }
                int school = s;
                List<Integer> holders = java.util.stream.IntStream.range(0, assigned.length)
                        .filter(h -> assigned[h] == school).boxed().toList();
                assertThat(holders.size()).as("child %d envies S%d: it must be full", c, s)
                        .isEqualTo(instance.seats().get(s));
                for (int h : holders) {
                    assertThat(instance.priority(h, s)).as("child %d envies S%d held by child %d", c, s, h)
                            .isLessThan(instance.priority(c, s));
                }
            }
        }
    }

    @Property
    void withNoCatchment_itEqualsFillingSeatsInRankOrder(@ForAll("instances") Instance withCatchment) {
        Instance instance = withCatchment.withoutCatchment();

        assertThat(run(instance)).containsExactly(serialDictatorship(instance));
    }

    /** The child-optimal stable match is unique: a naive round-by-round deferred acceptance agrees. */
    @Property
    void itEqualsANaiveRoundByRoundDeferredAcceptance(@ForAll("instances") Instance instance) {
        assertThat(run(instance)).containsExactly(naiveDeferredAcceptance(instance));
    }

    /** Strategy-proofness spot check: no child gets a school it truly prefers by listing other schools. */
    @Property
    void noChild_gainsByMisreportingItsPreferences(@ForAll("instances") Instance instance,
            @ForAll("anyKid") Integer kidSeed, @ForAll("misreports") List<Integer> misreportSeed) {
        if (instance.kids().isEmpty()) {
            return;
        }
        int kid = kidSeed % instance.kids().size();
        List<Integer> misreport = misreportSeed.stream().map(s -> s % (instance.schools() + 1)).toList();
        List<Integer> truth = instance.preferencesOf(kid);

        int truthful = run(instance)[kid];
        int lied = run(instance.withPreferences(kid, misreport))[kid];

        assertThat(worth(truth, lied)).as("truthful S%d, misreported %s gives S%d", truthful, misreport, lied)
                .isGreaterThanOrEqualTo(worth(truth, truthful));
    }

    @Provide
    Arbitrary<Integer> anyKid() {
        return Arbitraries.integers().between(0, 59);
    }

    @Provide
    Arbitrary<List<Integer>> misreports() {
        return Arbitraries.integers().between(0, 8).list().ofMaxSize(5);
    }

    /** Position in the true preferences (smaller is better); unplaced or unlisted is worst. */
    private static int worth(List<Integer> truth, int school) {
        int index = school < 0 ? -1 : truth.indexOf(school);
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    /** Each child in rank order takes its most preferred known school with a seat left. */
    static int[] serialDictatorship(Instance instance) {
        int[] left = instance.seats().stream().mapToInt(Integer::intValue).toArray();
        int[] assigned = new int[instance.kids().size()];
        java.util.Arrays.fill(assigned, -1);
        for (int c = 0; c < assigned.length; c++) {
            for (int s : instance.preferencesOf(c)) {
                if (instance.known(s) && left[s] > 0) {
                    left[s]--;
                    assigned[c] = s;
                    break;
                }
            }
        }
        return assigned;
    }

    /**
     * Textbook rounds: every unheld child with a school left proposes to its next school at once;
     * each school keeps its best proposers and holders up to its seats and rejects the rest.
     */
    static int[] naiveDeferredAcceptance(Instance instance) {
        int n = instance.kids().size();
        int[] assigned = new int[n];
        java.util.Arrays.fill(assigned, -1);
        int[] next = new int[n];
        while (true) {
            boolean proposed = false;
            for (int c = 0; c < n; c++) {
                List<Integer> preferences = instance.preferencesOf(c);
                if (assigned[c] < 0 && next[c] < preferences.size()) {
                    int s = preferences.get(next[c]++);
                    proposed = true;
                    if (instance.known(s)) {
                        assigned[c] = s;
                    }
                }
            }
            if (!proposed) {
                return assigned;
            }
            for (int s = 0; s < instance.schools(); s++) {
                int school = s;
                List<Integer> atSchool = new ArrayList<>(java.util.stream.IntStream.range(0, n)
                        .filter(c -> assigned[c] == school).boxed().toList());
                atSchool.sort(Comparator.comparingLong(c -> instance.priority(c, school)));
                for (int k = instance.seats().get(s); k < atSchool.size(); k++) {
                    assigned[atSchool.get(k)] = -1;
                }
            }
        }
    }
}
