package org.jifen.application.service.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.jifen.application.service.review.ReviewFixture.APP;
import static org.jifen.application.service.review.ReviewFixture.APPLICANT_CALLER;
import static org.jifen.application.service.review.ReviewFixture.HOUSING_REVIEWER;
import static org.jifen.application.service.review.ReviewFixture.POLICE_REVIEWER;
import static org.jifen.application.service.review.ReviewFixture.POLICE_REVIEWER_2;
import static org.jifen.application.service.review.ReviewFixture.POLICE_REVIEWER_YINZHOU;
import static org.jifen.application.service.review.ReviewFixture.SUPERVISOR;
import static org.jifen.application.service.review.ReviewFixture.SUPERVISOR_YINZHOU;
import static org.jifen.application.service.review.ReviewFixture.claim;
import static org.jifen.application.service.review.ReviewFixture.points;

import java.time.LocalDate;
import java.util.Optional;
import org.jifen.application.port.in.review.DecideClaimCommand;
import org.jifen.application.port.in.review.GiveSecondApprovalCommand;
import org.jifen.application.port.in.review.GiveSecondApprovalResult;
import org.jifen.domain.access.Caller;
import org.jifen.domain.access.Role;
import org.jifen.domain.application.ApplicationStateException;
import org.jifen.domain.application.Claim;
import org.jifen.domain.application.ClaimStatus;
import org.jifen.domain.application.FourEyesPolicy;
import org.jifen.domain.application.PointsApplication;
import org.jifen.domain.application.Publication;
import org.jifen.domain.application.VerificationMethod;
import org.jifen.domain.audit.AuditAction;
import org.jifen.domain.audit.AuditEvent;
import org.jifen.domain.catalogue.Facts;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.shared.DomainException;
import org.jifen.domain.shared.InvalidValueException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 双人复核 of a claim decision. With the default catalogue no single MANUAL claim can exceed 10 points
 * (M10 is RANGE 0–10), so these tests configure the threshold at 5 points, as an operator may.
 */
class GiveSecondApprovalServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 9, 22);
    private static final IndicatorCode M01 = IndicatorCode.of("M01");
    private static final IndicatorCode M10 = IndicatorCode.of("M10");
    private static final FourEyesPolicy ABOVE_FIVE = new FourEyesPolicy(points("5"));

    private ReviewFixture world;

    @BeforeEach
    void aManualAwardOfEightPointsAboveAThresholdOfFive() {
        world = ReviewFixture.on(TODAY, ABOVE_FIVE);
        world.givenApplication(claim("M01", new Facts.LevelHeld("OWN_HOME")),
                claim("M10", new Facts.SetPoints(points("8"))));
        world.decideClaim().decide(DecideClaimCommand.approve(HOUSING_REVIEWER, APP, M01, Optional.empty()));
        world.decideClaim().decide(DecideClaimCommand.approve(POLICE_REVIEWER, APP, M10,
                Optional.of(VerificationMethod.SITE_VISIT)));
    }

    @Test
    void aManualAwardAboveTheThreshold_waitsForASecondReviewer_andPublicationIsRefused() {
        Claim m10 = world.application().requireClaim(M10);
        assertThat(m10.status()).isEqualTo(ClaimStatus.AWAITING_SECOND_APPROVAL);
        assertThat(m10.points()).as("no points until approved").hasToString("0.00");
        assertThat(m10.decision().orElseThrow().target()).hasToString("8.00");
        assertThat(world.auditEvents().get(1).details()).isEqualTo("application APP-2025-0001, claim M10"
                + " AWAITING_SECOND_APPROVAL, target 8.00, method SITE_VISIT, waits for a second reviewer");

        ApplicationStateException refused = catchThrowableOfType(ApplicationStateException.class,
                () -> world.application().publish(new Publication(TODAY, LocalDate.of(2025, 9, 29), world.now(),
                        SUPERVISOR.subject())));
        assertThat(refused.code()).isEqualTo("SECOND_APPROVAL_REQUIRED");
    }

    @Test
    void anEvidenceAward_isNeverHeldForFourEyes() {
        assertThat(world.application().requireClaim(M01).status()).isEqualTo(ClaimStatus.APPROVED);
        assertThat(world.application().requireClaim(M01).points()).hasToString("20.00");
    }

    @Test
    void theFirstReviewer_cannotGiveTheSecondApproval_sameReviewer_andNothingChanges() {
        ReviewFixture.State before = world.state();

        assertRefused(GiveSecondApprovalCommand.forClaim(POLICE_REVIEWER, APP, M10), "SAME_REVIEWER");
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void anotherReviewerOfTheDepartment_approves_andTheClaimScoresItsTarget() {
        world.clockAt(TODAY, 15, 45);

        GiveSecondApprovalResult result = world.giveSecondApproval().approve(
                GiveSecondApprovalCommand.forClaim(POLICE_REVIEWER_2, APP, M10));

        Claim m10 = result.application().requireClaim(M10);
        assertThat(m10.status()).isEqualTo(ClaimStatus.APPROVED);
        assertThat(m10.points()).hasToString("8.00");
        assertThat(m10.decision().orElseThrow().decidedBy()).isEqualTo("reviewer-haishu-police-01");
        assertThat(m10.decision().orElseThrow().secondApprovedBy()).contains("reviewer-haishu-police-02");
        assertThat(m10.decision().orElseThrow().secondApprovedAt()).contains(ReviewFixture.at(TODAY, 15, 45));
        assertThat(result.posted()).isEmpty();
        assertThat(world.ledger()).isEmpty();
        assertThat(world.application()).isEqualTo(result.application());

        AuditEvent event = world.auditEvents().get(2);
        assertThat(world.auditEvents()).hasSize(3);
        assertThat(event.action()).isEqualTo(AuditAction.SECOND_APPROVAL_GIVEN);
        assertThat(event.actor()).isEqualTo("reviewer-haishu-police-02");
        assertThat(event.details()).isEqualTo("application APP-2025-0001, claim M10 APPROVED at 8.00, first decided by"
                + " reviewer-haishu-police-01");

        PointsApplication published = world.application().publish(new Publication(TODAY, LocalDate.of(2025, 9, 29),
                world.now(), SUPERVISOR.subject()));
        assertThat(published.published()).isTrue();
    }

    @Test
    void aSupervisorCoveringTheDistrict_approvesForAnyDepartment() {
        GiveSecondApprovalResult result = world.giveSecondApproval().approve(
                GiveSecondApprovalCommand.forClaim(SUPERVISOR, APP, M10));

        assertThat(result.application().requireClaim(M10).decision().orElseThrow().secondApprovedBy())
                .contains("supervisor-haishu-01");
    }

    @Test
    void aReviewerOfAnotherDepartment_isRefusedWithWrongDepartment_andNothingChanges() {
        ReviewFixture.State before = world.state();

        assertRefused(GiveSecondApprovalCommand.forClaim(HOUSING_REVIEWER, APP, M10), "WRONG_DEPARTMENT");
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void aSupervisorOrReviewerOfAnotherDistrict_isRefusedWithOutOfJurisdiction_andNothingChanges() {
        ReviewFixture.State before = world.state();

        assertRefused(GiveSecondApprovalCommand.forClaim(SUPERVISOR_YINZHOU, APP, M10), "OUT_OF_JURISDICTION");
        assertRefused(GiveSecondApprovalCommand.forClaim(POLICE_REVIEWER_YINZHOU, APP, M10), "OUT_OF_JURISDICTION");
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void aSupervisorWhoIsTheApplicantsSpouse_isRefusedWithConflictOfInterest() {
        Caller spouseSupervisor = new Caller("supervisor-haishu-07", Role.SUPERVISOR, ReviewFixture.HAISHU,
                Optional.empty(), Optional.of(ReviewFixture.SPOUSE));
        ReviewFixture.State before = world.state();

        assertRefused(GiveSecondApprovalCommand.forClaim(spouseSupervisor, APP, M10), "CONFLICT_OF_INTEREST");
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void otherRoles_areRefusedWithForbidden() {
        ReviewFixture.State before = world.state();

        assertRefused(GiveSecondApprovalCommand.forClaim(APPLICANT_CALLER, APP, M10), "FORBIDDEN");
        assertRefused(GiveSecondApprovalCommand.forClaim(ReviewFixture.CLERK, APP, M10), "FORBIDDEN");
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void aClaimNotWaitingForASecondApproval_isRefusedWithNotAwaitingSecondApproval() {
        ReviewFixture.State before = world.state();

        assertRefused(GiveSecondApprovalCommand.forClaim(SUPERVISOR, APP, M01), "NOT_AWAITING_SECOND_APPROVAL");
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void aCommand_namesEitherAClaimOrADeduction() {
        InvalidValueException neither = catchThrowableOfType(InvalidValueException.class,
                () -> new GiveSecondApprovalCommand(SUPERVISOR, APP, Optional.empty(), Optional.empty()));
        InvalidValueException both = catchThrowableOfType(InvalidValueException.class,
                () -> new GiveSecondApprovalCommand(SUPERVISOR, APP, Optional.of(M10), Optional.of("CASE-1")));

        assertThat(neither.code()).isEqualTo("INVALID_TARGET");
        assertThat(both.code()).isEqualTo("INVALID_TARGET");
    }

    private void assertRefused(GiveSecondApprovalCommand command, String code) {
        DomainException refused = catchThrowableOfType(DomainException.class,
                () -> world.giveSecondApproval().approve(command));
        assertThat(refused).as("expected a refusal with %s", code).isNotNull();
        assertThat(refused.code()).isEqualTo(code);
    }
}
