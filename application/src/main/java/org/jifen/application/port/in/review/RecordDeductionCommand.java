package org.jifen.application.port.in.review;

import java.time.LocalDate;
import java.util.Objects;
import org.jifen.domain.access.Caller;
import org.jifen.domain.application.ApplicationId;
import org.jifen.domain.application.VerificationMethod;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.shared.InvalidValueException;

/**
 * A penalty event (扣分事件) a reviewer records on an application: the deduction indicator (M91 违法犯罪,
 * M92 违法失信), the event's level in its table ({@code DETENTION}, {@code CRIMINAL}, {@code DISHONEST}),
 * its reference and date, and how it was verified.
 */
public record RecordDeductionCommand(
        Caller caller,
        ApplicationId application,
        IndicatorCode indicator,
        String level,
        String eventRef,
        LocalDate eventDate,
        VerificationMethod method) {

    public RecordDeductionCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(eventDate, "eventDate");
        Objects.requireNonNull(method, "method");
        if (level == null || level.isBlank()) {
            throw new InvalidValueException("INVALID_FACTS", "level", "missing");
        }
        if (eventRef == null || eventRef.isBlank()) {
            throw new InvalidValueException("INVALID_FACTS", "eventRef", "missing");
        }
        level = level.strip();
        eventRef = eventRef.strip();
    }
}
