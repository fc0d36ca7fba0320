package org.jifen.application.port.in.review;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jifen.domain.access.Caller;
import org.jifen.domain.application.ApplicationId;
import org.jifen.domain.application.VerificationMethod;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.shared.InvalidValueException;

/**
 * A penalty event (扣分事件) a reviewer records on an application: the deduction indicator (M91 违法犯罪,
 * M92 违法失信), the event's level in its table ({@code DETENTION}, {@code CRIMINAL}, {@code DISHONEST}),
 * its reference and date, and how it was verified. The level may be left out when the indicator's table
 * holds a single level (M92: {@code DISHONEST}); otherwise the service refuses with {@code LEVEL_REQUIRED}.
 */
public record RecordDeductionCommand(
        Caller caller,
        ApplicationId application,
        IndicatorCode indicator,
        Optional<String> level,
        String eventRef,
        LocalDate eventDate,
        VerificationMethod method) {

    public RecordDeductionCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(eventDate, "eventDate");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(level, "level");
        if (eventRef == null || eventRef.isBlank()) {
            throw new InvalidValueException("INVALID_FACTS", "eventRef", "missing");
        }
        level = level.map(String::strip).filter(l -> !l.isEmpty());
        eventRef = eventRef.strip();
    }

    /** A penalty event of the given level. */
    public RecordDeductionCommand(Caller caller, ApplicationId application, IndicatorCode indicator, String level,
            String eventRef, LocalDate eventDate, VerificationMethod method) {
        this(caller, application, indicator, Optional.of(requireLevel(level)), eventRef, eventDate, method);
    }

    private static String requireLevel(String level) {
        if (level == null || level.isBlank()) {
            throw new InvalidValueException("INVALID_FACTS", "level", "missing");
        }
        return level;
    }
}
