package org.jifen.application.port.in.review;

import java.util.Objects;
import java.util.Optional;
import org.jifen.domain.access.Caller;
import org.jifen.domain.application.ApplicationId;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.shared.InvalidValueException;

/**
 * 双人复核: the second approval of a large MANUAL decision — either a claim ({@code claim}) or a penalty
 * event ({@code deductionEvent}, its event reference), exactly one of them.
 */
public record GiveSecondApprovalCommand(
        Caller caller, ApplicationId application, Optional<IndicatorCode> claim, Optional<String> deductionEvent) {

    public GiveSecondApprovalCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(deductionEvent, "deductionEvent");
        deductionEvent = deductionEvent.map(String::strip).filter(r -> !r.isEmpty());
        if (claim.isPresent() == deductionEvent.isPresent()) {
            throw new InvalidValueException("INVALID_TARGET", "target",
                    "name either a claim's indicator or a deduction's event reference");
        }
    }

    /** The second approval of the decision on this claim. */
    public static GiveSecondApprovalCommand forClaim(Caller caller, ApplicationId application,
            IndicatorCode indicator) {
        return new GiveSecondApprovalCommand(caller, application, Optional.of(indicator), Optional.empty());
    }

    /** The second approval of the penalty event with this reference. */
    public static GiveSecondApprovalCommand forDeduction(Caller caller, ApplicationId application, String eventRef) {
        return new GiveSecondApprovalCommand(caller, application, Optional.empty(), Optional.of(eventRef));
    }
}
