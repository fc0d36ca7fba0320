package org.jifen.application.memory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jifen.application.port.in.shared.RuleRefusedException;
import org.jifen.application.port.out.programme.ProgrammeRepository;
import org.jifen.domain.programme.Programme;
import org.jifen.domain.programme.ProgrammeCode;

/** Programmes in memory. */
public final class InMemoryProgrammeRepository implements ProgrammeRepository, Snapshotting {

    private volatile Map<ProgrammeCode, Programme> programmes = Map.of();

    @Override
    public Optional<Programme> find(ProgrammeCode code) {
        return Optional.ofNullable(programmes.get(code));
    }

    @Override
    public synchronized void add(Programme programme) {
        if (programmes.containsKey(programme.code())) {
            throw new RuleRefusedException("PROGRAMME_EXISTS", "programme " + programme.code() + " exists");
        }
        Map<ProgrammeCode, Programme> more = new LinkedHashMap<>(programmes);
        more.put(programme.code(), programme);
        programmes = java.util.Collections.unmodifiableMap(more);
    }

    @Override
    public Object snapshot() {
        return programmes;
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        programmes = (Map<ProgrammeCode, Programme>) snapshot;
    }
}
