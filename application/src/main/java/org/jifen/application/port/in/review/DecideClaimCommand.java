package org.jifen.application.port.in.review;

import java.util.Objects;
import java.util.Optional;
import org.jifen.domain.access.Caller;
import org.jifen.domain.application.ApplicationId;
import org.jifen.domain.application.VerificationMethod;
import org.jifen.domain.catalogue.Facts;
import org.jifen.domain.catalogue.IndicatorCode;

/**
 * A reviewer's decision on one claim of an application (审核). An approval may correct the declared
 * facts ({@code facts}; a RANGE indicator's points are {@link Facts.SetPoints}); when empty the declared
 * facts stand. A rejection gives its {@code reason}: {@link #MISSING_EVIDENCE}, {@link #NON_CONFORMING}
 * or free text. A MANUAL indicator's decision records how it was verified ({@code method}).
 */
public record DecideClaimCommand(
        Caller caller,
        ApplicationId application,
        IndicatorCode indicator,
        ClaimOutcome outcome,
        Optional<Facts> facts,
        Optional<String> reason,
        Optional<VerificationMethod> method) {

    /** 材料缺失: the evidence was not submitted. */
    public static final String MISSING_EVIDENCE = "MISSING_EVIDENCE";
    /** 材料不符: the evidence does not support the claim. */
    public static final String NON_CONFORMING = "NON_CONFORMING";

    public DecideClaimCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(method, "method");
        reason = reason.map(String::strip).filter(r -> !r.isEmpty());
    }

    /** Approves with the declared facts. */
    public static DecideClaimCommand approve(Caller caller, ApplicationId application, IndicatorCode indicator,
            Optional<VerificationMethod> method) {
        return new DecideClaimCommand(caller, application, indicator, ClaimOutcome.APPROVED, Optional.empty(),
                Optional.empty(), method);
    }

    /** Approves with the facts the reviewer found. */
    public static DecideClaimCommand approve(Caller caller, ApplicationId application, IndicatorCode indicator,
            Facts facts, Optional<VerificationMethod> method) {
        return new DecideClaimCommand(caller, application, indicator, ClaimOutcome.APPROVED, Optional.of(facts),
                Optional.empty(), method);
    }

    /** Rejects with a reason. */
    public static DecideClaimCommand reject(Caller caller, ApplicationId application, IndicatorCode indicator,
            String reason, Optional<VerificationMethod> method) {
        return new DecideClaimCommand(caller, application, indicator, ClaimOutcome.REJECTED, Optional.empty(),
                Optional.ofNullable(reason), method);
    }
}
