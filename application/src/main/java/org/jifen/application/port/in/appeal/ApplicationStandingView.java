package org.jifen.application.port.in.appeal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jifen.domain.appeal.Appeal;
import org.jifen.domain.appeal.AppealId;
import org.jifen.domain.application.ApplicationId;
import org.jifen.domain.application.PointsApplication;
import org.jifen.domain.application.Publication;

/**
 * Where an application stands on a day: its standing, the publication window, and the appeals still
 * waiting for a decision.
 */
public record ApplicationStandingView(
        ApplicationId application,
        LocalDate on,
        ApplicationStanding standing,
        Optional<LocalDate> publishedOn,
        Optional<LocalDate> appealUntil,
        List<AppealId> openAppeals) {

    public ApplicationStandingView {
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(standing, "standing");
        Objects.requireNonNull(publishedOn, "publishedOn");
        Objects.requireNonNull(appealUntil, "appealUntil");
        openAppeals = List.copyOf(openAppeals);
    }

    /**
     * The standing of an application on {@code on} given its appeals: final (终局) once it is
     * published, {@code on} is after the last day of the appeal window and no appeal is open.
     */
    public static ApplicationStandingView of(PointsApplication application, List<Appeal> appeals, LocalDate on) {
        List<AppealId> open = appeals.stream().filter(a -> a.application().equals(application.id()))
                .filter(Appeal::open).map(Appeal::id).toList();
        Optional<Publication> publication = application.publication();
        ApplicationStanding standing;
        if (publication.isEmpty()) {
            standing = ApplicationStanding.UNDER_REVIEW;
        } else if (!open.isEmpty()) {
            standing = ApplicationStanding.UNDER_APPEAL;
        } else if (!on.isAfter(publication.get().appealUntil())) {
            standing = ApplicationStanding.IN_PUBLICATION;
        } else {
            standing = ApplicationStanding.FINAL;
        }
        return new ApplicationStandingView(application.id(), on, standing, publication.map(Publication::publishedOn),
                publication.map(Publication::appealUntil), open);
    }

    /** 终局: nothing about this application can change any more through review or appeal. */
    public boolean isFinal() {
        return standing == ApplicationStanding.FINAL;
    }
}
