package org.jifen.application.port.in.programme;

import java.util.Objects;
import org.jifen.domain.access.Caller;
import org.jifen.domain.programme.RoundId;

/** A stored round. */
public record RoundQuery(Caller caller, RoundId round) {

    public RoundQuery {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(round, "round");
    }
}
