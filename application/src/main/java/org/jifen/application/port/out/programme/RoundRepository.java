package org.jifen.application.port.out.programme;

import java.util.List;
import java.util.Optional;
import org.jifen.domain.programme.ProgrammeCode;
import org.jifen.domain.programme.Round;
import org.jifen.domain.programme.RoundId;

/** Allocation rounds as run: inputs and results, stored once, never changed (reproducible, explainable). */
public interface RoundRepository {

    Optional<Round> find(RoundId id);

    /** Every round of a programme, in the order they ran (run time, then id). */
    List<Round> findByProgramme(ProgrammeCode programme);

    /** Stores a new round; an id already stored is refused with {@code ROUND_EXISTS}. */
    void add(Round round);
}
