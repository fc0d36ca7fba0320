package org.jifen.application.port.in.appeal;

import java.util.List;
import java.util.Objects;
import org.jifen.domain.access.Caller;
import org.jifen.domain.application.ApplicationId;
import org.jifen.domain.catalogue.IndicatorCode;

/** 复核申请: the applicant (or a clerk for them) objects to named indicators of a published application. */
public record FileAppealCommand(Caller caller, ApplicationId application, List<IndicatorCode> indicators,
        String reason) {

    public FileAppealCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(application, "application");
        indicators = List.copyOf(indicators);
        reason = reason == null ? "" : reason.strip();
    }
}
