package org.jifen.benchmarks.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.jifen.domain.programme.DeferredAcceptance;
import org.jifen.domain.programme.PlaceCode;
import org.jifen.domain.programme.Proposer;

/**
 * A school round of {@code children} children in rank order, each naming {@value #PREFERENCES} distinct
 * schools of {@code schools}, popular schools more often (a school's chance falls with its number), each
 * child living in one school's catchment (学区), which is the first choice of 60 % of them; seats for
 * 95 % of the children, spread evenly. The same size always gives the same round.
 */
public final class MatchWorkload {

    public static final int PREFERENCES = 5;

    private final List<Proposer> proposers;
    private final Map<PlaceCode, Integer> seats;

    private MatchWorkload(List<Proposer> proposers, Map<PlaceCode, Integer> seats) {
        this.proposers = List.copyOf(proposers);
        this.seats = Map.copyOf(seats);
    }

    public static MatchWorkload of(int children, int schools) {
        if (schools < PREFERENCES) {
            throw new IllegalArgumentException(PREFERENCES + " distinct preferences need at least as many schools, not "
                    + schools);
        }
        SplittableRandom random = new SplittableRandom(20_240_630L + children);
        List<PlaceCode> places = new ArrayList<>(schools);
        for (int s = 0; s < schools; s++) {
            places.add(new PlaceCode(String.format("S%03d", s)));
        }
        Map<PlaceCode, Integer> seats = new HashMap<>();
        int total = (int) (children * 0.95);
        for (int s = 0; s < schools; s++) {
            seats.put(places.get(s), total / schools + (s < total % schools ? 1 : 0));
        }
        List<Proposer> proposers = new ArrayList<>(children);
        for (int i = 0; i < children; i++) {
            PlaceCode home = places.get(random.nextInt(schools));
            Set<PlaceCode> preferences = new LinkedHashSet<>();
            if (random.nextInt(100) < 60) {
                preferences.add(home);
            }
            while (preferences.size() < PREFERENCES) {
                double u = random.nextDouble();
                preferences.add(places.get((int) (schools * u * u)));
            }
            proposers.add(new Proposer(List.copyOf(preferences), Set.of(home)));
        }
        return new MatchWorkload(proposers, seats);
    }

    public List<Proposer> proposers() {
        return proposers;
    }

    public Map<PlaceCode, Integer> seats() {
        return seats;
    }

    /** The match as the round runs it. */
    public List<Optional<PlaceCode>> run() {
        return DeferredAcceptance.assign(proposers, seats);
    }
}
