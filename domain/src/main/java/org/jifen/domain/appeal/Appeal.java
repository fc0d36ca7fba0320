package org.jifen.domain.appeal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jifen.domain.application.ApplicationId;
import org.jifen.domain.application.PointsApplication;
import org.jifen.domain.application.Publication;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.person.PersonId;

/**
 * 复核: during the publication period the applicant objects to named indicators of the
 * application, with a reason; the department decides by {@code decideBy} (10 working days).
 */
public record Appeal(
        AppealId id,
        ApplicationId application,
        PersonId person,
        List<IndicatorCode> indicators,
        String reason,
        Instant filedAt,
        LocalDate filedOn,
        LocalDate decideBy,
        AppealStatus status,
        Optional<AppealDecision> decision) {

    /** 10 working days to decide. */
    public static final int WORKING_DAYS_TO_DECIDE = 10;

    public Appeal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(person, "person");
        indicators = List.copyOf(indicators);
        Objects.requireNonNull(filedAt, "filedAt");
        Objects.requireNonNull(filedOn, "filedOn");
        Objects.requireNonNull(decideBy, "decideBy");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(decision, "decision");
        if (indicators.isEmpty()) {
            throw new AppealException("NO_INDICATOR", "an appeal names at least one indicator");
        }
        if (reason == null || reason.isBlank()) {
            throw new AppealException("REASON_REQUIRED", "an appeal gives a reason");
        }
    }

    /**
     * Files an appeal on a published application: within the window ({@code APPEAL_WINDOW_CLOSED}
     * after it) and only on indicators the application claimed.
     */
    public static Appeal file(AppealId id, PointsApplication application, List<IndicatorCode> indicators,
            String reason, Instant filedAt, LocalDate filedOn, LocalDate decideBy) {
        Publication publication = application.publication().orElseThrow(() -> new AppealException("NOT_PUBLISHED",
                "application " + application.id() + " is not published; there is nothing to appeal yet"));
        if (!publication.windowOpenOn(filedOn)) {
            throw new AppealException("APPEAL_WINDOW_CLOSED", "the publication period of application "
                    + application.id() + " ran from " + publication.publishedOn() + " to "
                    + publication.appealUntil() + "; an appeal on " + filedOn + " is too late");
        }
        for (IndicatorCode code : indicators) {
            if (application.claim(code).isEmpty()) {
                throw new AppealException("UNKNOWN_INDICATOR", "application " + application.id()
                        + " has no claim on indicator " + code);
            }
        }
        if (indicators.stream().distinct().count() != indicators.size()) {
            throw new AppealException("DUPLICATE_INDICATOR", "an indicator is named twice");
        }
        return new Appeal(id, application.id(), application.person(), indicators, reason, filedAt, filedOn, decideBy,
                AppealStatus.FILED, Optional.empty());
    }

    /** Upholds or dismisses; corrections only on the indicators appealed. */
    public Appeal decide(AppealDecision newDecision) {
        if (status != AppealStatus.FILED) {
            throw new AppealException("ALREADY_DECIDED", "appeal " + id + " was already " + status);
        }
        for (Correction correction : newDecision.corrections()) {
            if (!indicators.contains(correction.indicator())) {
                throw new AppealException("NOT_APPEALED", "indicator " + correction.indicator()
                        + " was not appealed in " + id);
            }
        }
        return new Appeal(id, application, person, indicators, reason, filedAt, filedOn, decideBy,
                newDecision.outcome(), Optional.of(newDecision));
    }

    public boolean open() {
        return status == AppealStatus.FILED;
    }
}
