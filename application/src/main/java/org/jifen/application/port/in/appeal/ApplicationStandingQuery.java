package org.jifen.application.port.in.appeal;

import java.util.Objects;
import org.jifen.domain.access.Caller;
import org.jifen.domain.application.ApplicationId;

/** Asks where an application stands today. */
public record ApplicationStandingQuery(Caller caller, ApplicationId application) {

    public ApplicationStandingQuery {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(application, "application");
    }
}
