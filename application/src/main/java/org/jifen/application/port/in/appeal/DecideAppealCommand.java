package org.jifen.application.port.in.appeal;

import java.util.List;
import java.util.Objects;
import org.jifen.domain.access.Caller;
import org.jifen.domain.appeal.AppealId;
import org.jifen.domain.appeal.AppealStatus;
import org.jifen.domain.appeal.Correction;
import org.jifen.domain.shared.InvalidValueException;

/**
 * The department's decision on an appeal: {@code UPHELD} with the corrected facts of each indicator
 * (a RANGE indicator's points as {@code Facts.SetPoints}), or {@code DISMISSED} with the reason.
 */
public record DecideAppealCommand(Caller caller, AppealId appeal, AppealStatus outcome, List<Correction> corrections,
        String reason) {

    public DecideAppealCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(appeal, "appeal");
        Objects.requireNonNull(outcome, "outcome");
        if (outcome == AppealStatus.FILED) {
            throw new InvalidValueException("INVALID_OUTCOME", "outcome", "a decision is UPHELD or DISMISSED");
        }
        corrections = List.copyOf(corrections);
        reason = reason == null ? "" : reason.strip();
    }

    public static DecideAppealCommand uphold(Caller caller, AppealId appeal, List<Correction> corrections,
            String reason) {
        return new DecideAppealCommand(caller, appeal, AppealStatus.UPHELD, corrections, reason);
    }

    public static DecideAppealCommand dismiss(Caller caller, AppealId appeal, String reason) {
        return new DecideAppealCommand(caller, appeal, AppealStatus.DISMISSED, List.of(), reason);
    }
}
