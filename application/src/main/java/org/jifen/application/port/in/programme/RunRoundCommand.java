package org.jifen.application.port.in.programme;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jifen.domain.access.Caller;
import org.jifen.domain.programme.PlaceCode;
import org.jifen.domain.programme.ProgrammeCode;
import org.jifen.domain.programme.RoundCandidate;

/**
 * Run an allocation round of a programme (ADMIN covering its district): the candidates, the places of
 * this round ({@code places}: seats per place code, replacing the programme's places; empty keeps
 * them), and {@code knownAt} to re-run "as known at" an earlier time (empty: now).
 */
public record RunRoundCommand(Caller caller, ProgrammeCode programme, List<RoundCandidate> candidates,
        Map<PlaceCode, Integer> places, Optional<Instant> knownAt) {

    public RunRoundCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(programme, "programme");
        candidates = List.copyOf(candidates);
        places = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(places));
        Objects.requireNonNull(knownAt, "knownAt");
    }

    /** A round now, on the programme's own places. */
    public RunRoundCommand(Caller caller, ProgrammeCode programme, List<RoundCandidate> candidates) {
        this(caller, programme, candidates, Map.of(), Optional.empty());
    }
}
