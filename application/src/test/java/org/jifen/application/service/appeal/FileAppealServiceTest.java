package org.jifen.application.service.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.jifen.application.service.review.ReviewFixture.APP;
import static org.jifen.application.service.review.ReviewFixture.APPLICANT;
import static org.jifen.application.service.review.ReviewFixture.APPLICANT_CALLER;
import static org.jifen.application.service.review.ReviewFixture.CLERK;
import static org.jifen.application.service.review.ReviewFixture.CLERK_YINZHOU;
import static org.jifen.application.service.review.ReviewFixture.HOUSING_REVIEWER;
import static org.jifen.application.service.review.ReviewFixture.OTHER_APPLICANT;
import static org.jifen.application.service.review.ReviewFixture.POLICE_REVIEWER;
import static org.jifen.application.service.review.ReviewFixture.SUPERVISOR;
import static org.jifen.application.service.review.ReviewFixture.claim;
import static org.jifen.application.service.review.ReviewFixture.points;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jifen.application.port.in.appeal.FileAppealCommand;
import org.jifen.application.port.in.review.DecideClaimCommand;
import org.jifen.application.service.review.ReviewFixture;
import org.jifen.domain.access.Caller;
import org.jifen.domain.appeal.Appeal;
import org.jifen.domain.appeal.AppealId;
import org.jifen.domain.appeal.AppealStatus;
import org.jifen.domain.application.Publication;
import org.jifen.domain.application.VerificationMethod;
import org.jifen.domain.audit.AuditAction;
import org.jifen.domain.audit.AuditEvent;
import org.jifen.domain.catalogue.Facts;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.shared.DomainException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 复核申请 around the 2025 National Day holiday (Oct 1–8 off; make-up working days Sun Sep 28 and
 * Sat Oct 11). The application is published on Thu 2025-09-25; its window of 5 working days counts
 * Fri Sep 26 (1), Sun Sep 28 (2, make-up), Mon Sep 29 (3), Tue Sep 30 (4), then skips Oct 1–8, and
 * ends on Thu Oct 9 (5), inclusive.
 */
class FileAppealServiceTest {

    private static final LocalDate PUBLISHED_ON = LocalDate.of(2025, 9, 25);
    private static final LocalDate LAST_DAY = LocalDate.of(2025, 10, 9);
    private static final IndicatorCode M01 = IndicatorCode.of("M01");
    private static final IndicatorCode M10 = IndicatorCode.of("M10");
    private static final String REASON = "本人名下有自有住房，房产证已提交";

    private ReviewFixture world;

    @BeforeEach
    void aDecidedApplication() {
        world = ReviewFixture.on(LocalDate.of(2025, 9, 22));
        world.givenApplication(claim("M01", new Facts.LevelHeld("OWN_HOME")),
                claim("M10", new Facts.SetPoints(points("8"))));
        world.decideClaim().decide(DecideClaimCommand.approve(HOUSING_REVIEWER, APP, M01,
                new Facts.LevelHeld("REGISTERED_RENTAL"), Optional.empty()));
        world.decideClaim().decide(DecideClaimCommand.approve(POLICE_REVIEWER, APP, M10,
                Optional.of(VerificationMethod.SITE_VISIT)));
    }

    private void published() {
        world.givenPublished(PUBLISHED_ON, LAST_DAY);
    }

    @Test
    void theWindowOfFiveWorkingDays_endsOnOctoberNinth() {
        assertThat(world.adapters().calendar().calendar().plusWorkingDays(PUBLISHED_ON, Publication.WORKING_DAYS))
                .isEqualTo(LAST_DAY);
    }

    @Test
    void anAppealDuringTheWindow_isFiled_andMustBeDecidedWithinTenWorkingDaysAcrossNationalDay() {
        published();
        world.clockAt(LocalDate.of(2025, 9, 26), 16, 20);

        Appeal appeal = world.fileAppeal().file(new FileAppealCommand(APPLICANT_CALLER, APP, List.of(M01), REASON));

        // Filed Fri 2025-09-26. Working days after it: Sun Sep 28 (1, make-up), Mon Sep 29 (2), Tue Sep 30 (3),
        // Oct 1–8 National Day off, Thu Oct 9 (4), Fri Oct 10 (5), Sat Oct 11 (6, make-up), Mon Oct 13 (7),
        // Tue Oct 14 (8), Wed Oct 15 (9), Thu Oct 16 (10).
        assertThat(appeal.decideBy()).isEqualTo(LocalDate.of(2025, 10, 16));
        assertThat(appeal.id()).isEqualTo(new AppealId("APL-000001"));
        assertThat(appeal.status()).isEqualTo(AppealStatus.FILED);
        assertThat(appeal.application()).isEqualTo(APP);
        assertThat(appeal.person()).isEqualTo(APPLICANT);
        assertThat(appeal.indicators()).containsExactly(M01);
        assertThat(appeal.reason()).isEqualTo(REASON);
        assertThat(appeal.filedOn()).isEqualTo(LocalDate.of(2025, 9, 26));
        assertThat(appeal.filedAt()).isEqualTo(ReviewFixture.at(LocalDate.of(2025, 9, 26), 16, 20));
        assertThat(appeal.decision()).isEmpty();
        assertThat(world.adapters().appeals().find(appeal.id())).contains(appeal);

        AuditEvent event = last(world.auditEvents());
        assertThat(event.action()).isEqualTo(AuditAction.APPEAL_FILED);
        assertThat(event.actor()).isEqualTo("applicant-person-0001");
        assertThat(event.role()).isEqualTo("APPLICANT");
        assertThat(event.subject()).isEqualTo(APPLICANT.value());
        assertThat(event.details()).isEqualTo("appeal APL-000001 on application APP-2025-0001, indicators [M01],"
                + " filed 2025-09-26, decide by 2025-10-16");
    }

    @Test
    void anAppealFiledOnTheLastDayOfTheWindow_isAccepted() {
        published();
        world.clockAt(LAST_DAY, 23, 59);

        Appeal appeal = world.fileAppeal().file(new FileAppealCommand(APPLICANT_CALLER, APP, List.of(M01, M10),
                REASON));

        // Filed Thu 2025-10-09: Fri Oct 10 (1), Sat Oct 11 (2, make-up), Mon Oct 13 (3) … Fri Oct 17 (7),
        // Mon Oct 20 (8), Tue Oct 21 (9), Wed Oct 22 (10).
        assertThat(appeal.status()).isEqualTo(AppealStatus.FILED);
        assertThat(appeal.filedOn()).isEqualTo(LAST_DAY);
        assertThat(appeal.decideBy()).isEqualTo(LocalDate.of(2025, 10, 22));
        assertThat(appeal.indicators()).containsExactly(M01, M10);
    }

    @Test
    void anAppealOnTheNextWorkingDay_isRefusedWithAppealWindowClosed_andNothingChanges() {
        published();
        world.clockAt(LocalDate.of(2025, 10, 10), 8, 30);
        ReviewFixture.State before = world.state();

        assertRefused(new FileAppealCommand(APPLICANT_CALLER, APP, List.of(M01), REASON), "APPEAL_WINDOW_CLOSED");
        assertThat(world.state()).isEqualTo(before);
        assertThat(world.adapters().appeals().findByApplication(APP)).isEmpty();
    }

    @Test
    void anAppealBeforePublication_isRefusedWithNotPublished_andNothingChanges() {
        ReviewFixture.State before = world.state();

        assertRefused(new FileAppealCommand(APPLICANT_CALLER, APP, List.of(M01), REASON), "NOT_PUBLISHED");
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void anAppealOnAnIndicatorTheApplicationDidNotClaim_isRefusedWithUnknownIndicator_andNothingChanges() {
        published();
        ReviewFixture.State before = world.state();

        assertRefused(new FileAppealCommand(APPLICANT_CALLER, APP, List.of(M01, IndicatorCode.of("P02")), REASON),
                "UNKNOWN_INDICATOR");
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void anAppealWithoutAReason_isRefusedWithReasonRequired_andNothingChanges() {
        published();
        ReviewFixture.State before = world.state();

        assertRefused(new FileAppealCommand(APPLICANT_CALLER, APP, List.of(M01), "  "), "REASON_REQUIRED");
        assertRefused(new FileAppealCommand(APPLICANT_CALLER, APP, List.of(), REASON), "NO_INDICATOR");
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void anotherApplicant_isRefusedWithNotOwnData_andNothingChanges() {
        published();
        ReviewFixture.State before = world.state();

        assertRefused(new FileAppealCommand(OTHER_APPLICANT, APP, List.of(M01), REASON), "NOT_OWN_DATA");
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void aClerkCoveringTheDistrict_filesForTheApplicant() {
        published();

        Appeal appeal = world.fileAppeal().file(new FileAppealCommand(CLERK, APP, List.of(M10), REASON));

        assertThat(appeal.person()).isEqualTo(APPLICANT);
        assertThat(last(world.auditEvents()).actor()).isEqualTo("clerk-haishu-01");
    }

    @Test
    void aClerkOfAnotherDistrict_isRefusedWithOutOfJurisdiction_andNothingChanges() {
        published();
        ReviewFixture.State before = world.state();

        assertRefused(new FileAppealCommand(CLERK_YINZHOU, APP, List.of(M01), REASON), "OUT_OF_JURISDICTION");
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void reviewersAndSupervisors_doNotFileAppeals_forbidden() {
        published();
        ReviewFixture.State before = world.state();

        for (Caller caller : List.of(HOUSING_REVIEWER, SUPERVISOR)) {
            assertRefused(new FileAppealCommand(caller, APP, List.of(M01), REASON), "FORBIDDEN");
        }
        assertThat(world.state()).isEqualTo(before);
    }

    private void assertRefused(FileAppealCommand command, String code) {
        DomainException refused = catchThrowableOfType(DomainException.class, () -> world.fileAppeal().file(command));
        assertThat(refused).as("expected a refusal with %s", code).isNotNull();
        assertThat(refused.code()).isEqualTo(code);
    }

    private static AuditEvent last(List<AuditEvent> events) {
        return events.get(events.size() - 1);
    }
}
