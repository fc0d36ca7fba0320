package org.jifen.application.port.in.application;

import java.util.Objects;
import org.jifen.domain.access.Caller;
import org.jifen.domain.application.ApplicationId;

/** Reads one application. */
public record ApplicationQuery(Caller caller, ApplicationId application) {

    public ApplicationQuery {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(application, "application");
    }
}
