package org.jifen.application.port.in.ledger;

import java.util.Objects;
import org.jifen.domain.access.Caller;
import org.jifen.domain.person.PersonId;

/** 积分清零 after fraud: the person, the police case number and the reason. */
public record ClearPointsCommand(Caller caller, PersonId person, String caseNumber, String reason) {

    public ClearPointsCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(person, "person");
        if (caseNumber == null || caseNumber.isBlank()) {
            throw new org.jifen.domain.shared.InvalidValueException("CASE_NUMBER_REQUIRED", "caseNumber",
                    "the police case number is required");
        }
        if (reason == null || reason.isBlank()) {
            throw new org.jifen.domain.shared.InvalidValueException("REASON_REQUIRED", "reason",
                    "the reason is required");
        }
        caseNumber = caseNumber.strip();
        reason = reason.strip();
    }
}
