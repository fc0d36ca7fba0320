package org.jifen.application.memory;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jifen.application.port.in.shared.RuleRefusedException;
import org.jifen.application.port.out.programme.RoundRepository;
import org.jifen.domain.programme.ProgrammeCode;
import org.jifen.domain.programme.Round;
import org.jifen.domain.programme.RoundId;

/** Allocation rounds in memory. */
public final class InMemoryRoundRepository implements RoundRepository, Snapshotting {

    private static final Comparator<Round> RUN_ORDER = Comparator.comparing(Round::runAt).thenComparing(Round::id);

    private volatile Map<RoundId, Round> rounds = Map.of();

    @Override
    public Optional<Round> find(RoundId id) {
        return Optional.ofNullable(rounds.get(id));
    }

    @Override
    public List<Round> findByProgramme(ProgrammeCode programme) {
        return rounds.values().stream().filter(r -> r.programme().equals(programme)).sorted(RUN_ORDER).toList();
    }

    @Override
    public synchronized void add(Round round) {
        if (rounds.containsKey(round.id())) {
            throw new RuleRefusedException("ROUND_EXISTS", "round " + round.id() + " exists");
        }
        Map<RoundId, Round> more = new LinkedHashMap<>(rounds);
        more.put(round.id(), round);
        rounds = java.util.Collections.unmodifiableMap(more);
    }

    @Override
    public Object snapshot() {
        return rounds;
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        rounds = (Map<RoundId, Round>) snapshot;
    }
}
