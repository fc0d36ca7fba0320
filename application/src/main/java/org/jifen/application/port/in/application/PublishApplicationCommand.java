package org.jifen.application.port.in.application;

import java.util.Objects;
import org.jifen.domain.access.Caller;
import org.jifen.domain.application.ApplicationId;

/** 公示: publish a decided application. */
public record PublishApplicationCommand(Caller caller, ApplicationId application) {

    public PublishApplicationCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(application, "application");
    }
}
