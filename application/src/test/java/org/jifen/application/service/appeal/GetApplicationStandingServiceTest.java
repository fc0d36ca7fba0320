package org.jifen.application.service.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.jifen.application.service.review.ReviewFixture.APP;
import static org.jifen.application.service.review.ReviewFixture.APPLICANT_CALLER;
import static org.jifen.application.service.review.ReviewFixture.CLERK;
import static org.jifen.application.service.review.ReviewFixture.CLERK_YINZHOU;
import static org.jifen.application.service.review.ReviewFixture.HOUSING_REVIEWER;
import static org.jifen.application.service.review.ReviewFixture.OTHER_APPLICANT;
import static org.jifen.application.service.review.ReviewFixture.SUPERVISOR;
import static org.jifen.application.service.review.ReviewFixture.claim;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jifen.application.port.in.appeal.ApplicationStanding;
import org.jifen.application.port.in.appeal.ApplicationStandingQuery;
import org.jifen.application.port.in.appeal.ApplicationStandingView;
import org.jifen.application.port.in.appeal.DecideAppealCommand;
import org.jifen.application.port.in.appeal.FileAppealCommand;
import org.jifen.application.port.in.review.DecideClaimCommand;
import org.jifen.application.service.review.ReviewFixture;
import org.jifen.domain.access.Caller;
import org.jifen.domain.appeal.Appeal;
import org.jifen.domain.catalogue.Facts;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.shared.DomainException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 终局: final once published, the window (to 2025-10-09 inclusive) has passed and no appeal is open. */
class GetApplicationStandingServiceTest {

    private static final LocalDate PUBLISHED_ON = LocalDate.of(2025, 9, 25);
    private static final LocalDate LAST_DAY = LocalDate.of(2025, 10, 9);
    private static final IndicatorCode M01 = IndicatorCode.of("M01");

    private ReviewFixture world;

    @BeforeEach
    void aDecidedApplication() {
        world = ReviewFixture.on(LocalDate.of(2025, 9, 22));
        world.givenApplication(claim("M01", new Facts.LevelHeld("OWN_HOME")));
        world.decideClaim().decide(DecideClaimCommand.approve(HOUSING_REVIEWER, APP, M01,
                new Facts.LevelHeld("REGISTERED_RENTAL"), Optional.empty()));
    }

    private ApplicationStandingView standing() {
        return world.applicationStanding().standing(new ApplicationStandingQuery(APPLICANT_CALLER, APP));
    }

    private Appeal appealOnSeptember26() {
        world.clockAt(LocalDate.of(2025, 9, 26), 11, 0);
        return world.fileAppeal().file(new FileAppealCommand(APPLICANT_CALLER, APP, List.of(M01), "应按自有住房计分"));
    }

    @Test
    void beforePublication_theApplicationIsUnderReview() {
        ApplicationStandingView view = standing();

        assertThat(view.standing()).isEqualTo(ApplicationStanding.UNDER_REVIEW);
        assertThat(view.isFinal()).isFalse();
        assertThat(view.publishedOn()).isEmpty();
        assertThat(view.appealUntil()).isEmpty();
    }

    @Test
    void duringTheWindow_upToItsLastDay_theApplicationIsNotFinal() {
        world.givenPublished(PUBLISHED_ON, LAST_DAY);
        world.clockAt(LAST_DAY, 23, 0);

        ApplicationStandingView view = standing();

        assertThat(view.standing()).isEqualTo(ApplicationStanding.IN_PUBLICATION);
        assertThat(view.isFinal()).isFalse();
        assertThat(view.on()).isEqualTo(LAST_DAY);
        assertThat(view.publishedOn()).contains(PUBLISHED_ON);
        assertThat(view.appealUntil()).contains(LAST_DAY);
        assertThat(view.openAppeals()).isEmpty();
    }

    @Test
    void afterTheWindowWithNoAppeal_theApplicationIsFinal() {
        world.givenPublished(PUBLISHED_ON, LAST_DAY);
        world.clockAt(LocalDate.of(2025, 10, 10), 0, 0);

        ApplicationStandingView view = standing();

        assertThat(view.standing()).isEqualTo(ApplicationStanding.FINAL);
        assertThat(view.isFinal()).isTrue();
    }

    @Test
    void afterTheWindowWithAnOpenAppeal_theApplicationIsUnderAppeal_notFinal() {
        world.givenPublished(PUBLISHED_ON, LAST_DAY);
        Appeal appeal = appealOnSeptember26();
        world.clockAt(LocalDate.of(2025, 10, 13), 9, 0);

        ApplicationStandingView view = standing();

        assertThat(view.standing()).isEqualTo(ApplicationStanding.UNDER_APPEAL);
        assertThat(view.isFinal()).isFalse();
        assertThat(view.openAppeals()).containsExactly(appeal.id());
    }

    @Test
    void onceTheAppealIsDecidedAndTheWindowHasPassed_theApplicationIsFinal() {
        world.givenPublished(PUBLISHED_ON, LAST_DAY);
        Appeal appeal = appealOnSeptember26();
        world.clockAt(LocalDate.of(2025, 9, 30), 15, 0);
        world.decideAppeal().decide(DecideAppealCommand.dismiss(SUPERVISOR, appeal.id(), "维持原评分"));

        ApplicationStandingView stillInWindow = standing();
        world.clockAt(LocalDate.of(2025, 10, 10), 9, 0);
        ApplicationStandingView afterWindow = standing();

        assertThat(stillInWindow.standing()).isEqualTo(ApplicationStanding.IN_PUBLICATION);
        assertThat(stillInWindow.isFinal()).isFalse();
        assertThat(afterWindow.standing()).isEqualTo(ApplicationStanding.FINAL);
        assertThat(afterWindow.isFinal()).isTrue();
        assertThat(afterWindow.openAppeals()).isEmpty();
    }

    @Test
    void staffCoveringTheDistrict_mayAsk_othersAreRefused() {
        world.givenPublished(PUBLISHED_ON, LAST_DAY);

        assertThat(world.applicationStanding().standing(new ApplicationStandingQuery(CLERK, APP)).standing())
                .isEqualTo(ApplicationStanding.IN_PUBLICATION);
        assertRefused(OTHER_APPLICANT, "NOT_OWN_DATA");
        assertRefused(CLERK_YINZHOU, "OUT_OF_JURISDICTION");
        assertRefused(Caller.of("system-hrss", org.jifen.domain.access.Role.SYSTEM, ReviewFixture.HAISHU),
                "FORBIDDEN");
    }

    private void assertRefused(Caller caller, String code) {
        DomainException refused = catchThrowableOfType(DomainException.class,
                () -> world.applicationStanding().standing(new ApplicationStandingQuery(caller, APP)));
        assertThat(refused).as("expected a refusal with %s", code).isNotNull();
        assertThat(refused.code()).isEqualTo(code);
    }
}
