package org.jifen.application.port.out.programme;

import java.util.Optional;
import org.jifen.domain.programme.Programme;
import org.jifen.domain.programme.ProgrammeCode;

/** Points-based programmes (积分应用项目). A programme is defined once and never changed. */
public interface ProgrammeRepository {

    Optional<Programme> find(ProgrammeCode code);

    /** Stores a new programme; a code already stored is refused with {@code PROGRAMME_EXISTS}. */
    void add(Programme programme);
}
