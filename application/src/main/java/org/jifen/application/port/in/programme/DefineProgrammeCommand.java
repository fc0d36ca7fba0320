package org.jifen.application.port.in.programme;

import java.util.Objects;
import org.jifen.domain.access.Caller;
import org.jifen.domain.programme.Programme;

/** Define a points-based programme (ADMIN covering the programme's district). */
public record DefineProgrammeCommand(Caller caller, Programme programme) {

    public DefineProgrammeCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(programme, "programme");
    }
}
