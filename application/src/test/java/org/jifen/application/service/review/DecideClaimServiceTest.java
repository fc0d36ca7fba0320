package org.jifen.application.service.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.jifen.application.service.review.ReviewFixture.APP;
import static org.jifen.application.service.review.ReviewFixture.APPLICANT;
import static org.jifen.application.service.review.ReviewFixture.CLERK;
import static org.jifen.application.service.review.ReviewFixture.EDUCATION_REVIEWER;
import static org.jifen.application.service.review.ReviewFixture.HOUSING_REVIEWER;
import static org.jifen.application.service.review.ReviewFixture.HOUSING_REVIEWER_NINGBO;
import static org.jifen.application.service.review.ReviewFixture.HOUSING_REVIEWER_YINZHOU;
import static org.jifen.application.service.review.ReviewFixture.PARENT_REVIEWER;
import static org.jifen.application.service.review.ReviewFixture.POLICE_REVIEWER;
import static org.jifen.application.service.review.ReviewFixture.SPOUSE_REVIEWER;
import static org.jifen.application.service.review.ReviewFixture.SUPERVISOR;
import static org.jifen.application.service.review.ReviewFixture.claim;
import static org.jifen.application.service.review.ReviewFixture.points;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jifen.application.audit.AuditChainVerifier;
import org.jifen.application.port.in.review.ClaimOutcome;
import org.jifen.application.port.in.review.DecideClaimCommand;
import org.jifen.domain.access.Caller;
import org.jifen.domain.application.ApplicationId;
import org.jifen.domain.application.Claim;
import org.jifen.domain.application.ClaimDecision;
import org.jifen.domain.application.ClaimStatus;
import org.jifen.domain.application.PointsApplication;
import org.jifen.domain.application.VerificationMethod;
import org.jifen.domain.audit.AuditAction;
import org.jifen.domain.audit.AuditEvent;
import org.jifen.domain.catalogue.Facts;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.shared.DomainException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DecideClaimServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 9, 22);
    private static final IndicatorCode M01 = IndicatorCode.of("M01");
    private static final IndicatorCode M10 = IndicatorCode.of("M10");
    private static final IndicatorCode P02 = IndicatorCode.of("P02");

    private ReviewFixture world;

    @BeforeEach
    void anApplicationWithAnEvidenceAndAManualClaim() {
        world = ReviewFixture.on(TODAY);
        world.givenApplication(
                claim("M01", new Facts.LevelHeld("OWN_HOME")),
                claim("M10", new Facts.SetPoints(points("8"))),
                claim("P02", new Facts.LevelHeld("BACHELOR")));
    }

    // ---------------------------------------------------------------- approvals

    @Test
    void evidenceApproval_withTheDeclaredFacts_scoresTheirTarget_andPostsNothingBeforePublication() {
        PointsApplication decided = world.decideClaim().decide(
                DecideClaimCommand.approve(HOUSING_REVIEWER, APP, M01, Optional.empty()));

        Claim m01 = decided.requireClaim(M01);
        assertThat(m01.status()).isEqualTo(ClaimStatus.APPROVED);
        assertThat(m01.points()).hasToString("20.00");
        ClaimDecision decision = m01.decision().orElseThrow();
        assertThat(decision.facts()).contains(new Facts.LevelHeld("OWN_HOME"));
        assertThat(decision.decidedBy()).isEqualTo("reviewer-haishu-housing-01");
        assertThat(decision.decidedAt()).isEqualTo(ReviewFixture.at(TODAY, 9, 0));
        assertThat(decision.method()).isEmpty();
        assertThat(world.application()).isEqualTo(decided);
        assertThat(decided.requireClaim(M10).status()).isEqualTo(ClaimStatus.PENDING);
        assertThat(world.ledger()).isEmpty();

        List<AuditEvent> audit = world.auditEvents();
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0).action()).isEqualTo(AuditAction.CLAIM_DECIDED);
        assertThat(audit.get(0).actor()).isEqualTo("reviewer-haishu-housing-01");
        assertThat(audit.get(0).role()).isEqualTo("REVIEWER");
        assertThat(audit.get(0).subject()).isEqualTo(APPLICANT.value());
        assertThat(audit.get(0).details()).isEqualTo("application APP-2025-0001, claim M01 APPROVED, target 20.00");
    }

    @Test
    void evidenceApproval_withFactsCorrectedByTheReviewer_scoresTheFactsFound() {
        PointsApplication decided = world.decideClaim().decide(DecideClaimCommand.approve(HOUSING_REVIEWER, APP, M01,
                new Facts.LevelHeld("REGISTERED_RENTAL"), Optional.empty()));

        Claim m01 = decided.requireClaim(M01);
        assertThat(m01.status()).isEqualTo(ClaimStatus.APPROVED);
        assertThat(m01.points()).hasToString("10.00");
        assertThat(m01.declared()).isEqualTo(new Facts.LevelHeld("OWN_HOME"));
        assertThat(m01.decision().orElseThrow().facts()).contains(new Facts.LevelHeld("REGISTERED_RENTAL"));
        assertThat(world.auditEvents()).singleElement().extracting(AuditEvent::details)
                .isEqualTo("application APP-2025-0001, claim M01 APPROVED, target 10.00, facts corrected by the reviewer");
    }

    @Test
    void facts_whoseLevelIsNotInTheTable_areRefusedWithInvalidFacts_andNothingChanges() {
        ReviewFixture.State before = world.state();

        assertRefused(DecideClaimCommand.approve(HOUSING_REVIEWER, APP, M01, new Facts.LevelHeld("CASTLE"),
                Optional.empty()), "INVALID_FACTS");
        assertThat(world.state()).isEqualTo(before);
    }

    // ---------------------------------------------------------------- who may decide

    @Test
    void anEducationReviewerOnM01_isRefusedWithWrongDepartment_andNothingChanges() {
        ReviewFixture.State before = world.state();

        assertRefused(DecideClaimCommand.approve(EDUCATION_REVIEWER, APP, M01, Optional.empty()), "WRONG_DEPARTMENT");
        assertThat(world.state()).isEqualTo(before);
        assertThat(world.application().requireClaim(M01).status()).isEqualTo(ClaimStatus.PENDING);
    }

    @Test
    void anEducationReviewer_decidesTheEducationClaim() {
        PointsApplication decided = world.decideClaim().decide(
                DecideClaimCommand.approve(EDUCATION_REVIEWER, APP, P02, Optional.empty()));

        assertThat(decided.requireClaim(P02).status()).isEqualTo(ClaimStatus.APPROVED);
        assertThat(decided.requireClaim(P02).points()).hasToString("10.00");
    }

    @Test
    void aYinzhouReviewerOnAHaishuApplication_isRefusedWithOutOfJurisdiction_andNothingChanges() {
        ReviewFixture.State before = world.state();

        assertRefused(DecideClaimCommand.approve(HOUSING_REVIEWER_YINZHOU, APP, M01, Optional.empty()),
                "OUT_OF_JURISDICTION");
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void aNingboReviewer_coversHaishu_andMayDecide() {
        PointsApplication decided = world.decideClaim().decide(
                DecideClaimCommand.approve(HOUSING_REVIEWER_NINGBO, APP, M01, Optional.empty()));

        assertThat(decided.requireClaim(M01).status()).isEqualTo(ClaimStatus.APPROVED);
        assertThat(decided.requireClaim(M01).decision().orElseThrow().decidedBy())
                .isEqualTo("reviewer-ningbo-housing-01");
        assertThat(world.auditEvents()).singleElement().extracting(AuditEvent::actor)
                .isEqualTo("reviewer-ningbo-housing-01");
    }

    @Test
    void aReviewerDecidingTheirSpousesClaim_isRefusedWithConflictOfInterest_andNothingChanges() {
        ReviewFixture.State before = world.state();

        assertRefused(DecideClaimCommand.approve(SPOUSE_REVIEWER, APP, M01, Optional.empty()), "CONFLICT_OF_INTEREST");
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void aReviewerWhoseOwnHouseholdRecordNamesTheApplicant_isRefusedWithConflictOfInterest() {
        ReviewFixture.State before = world.state();

        assertRefused(DecideClaimCommand.approve(PARENT_REVIEWER, APP, M10, new Facts.SetPoints(points("8")),
                Optional.of(VerificationMethod.SITE_VISIT)), "CONFLICT_OF_INTEREST");
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void anyoneButAReviewer_isRefusedWithForbidden_andNothingChanges() {
        ReviewFixture.State before = world.state();

        for (Caller caller : List.of(CLERK, SUPERVISOR, ReviewFixture.APPLICANT_CALLER)) {
            assertRefused(DecideClaimCommand.approve(caller, APP, M01, Optional.empty()), "FORBIDDEN");
        }
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void anUnknownApplication_isRefusedWithApplicationNotFound() {
        ReviewFixture.State before = world.state();

        assertRefused(DecideClaimCommand.approve(HOUSING_REVIEWER, ApplicationId.of("APP-2025-9999"), M01,
                Optional.empty()), "APPLICATION_NOT_FOUND");
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void anIndicatorTheApplicationDoesNotClaim_isRefusedWithUnknownIndicator() {
        ReviewFixture.State before = world.state();

        assertRefused(DecideClaimCommand.approve(HOUSING_REVIEWER, APP, IndicatorCode.of("M03"), Optional.empty()),
                "UNKNOWN_INDICATOR");
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void aDecidedClaim_isRefusedWithAlreadyDecided_andKeepsItsFirstDecision() {
        world.decideClaim().decide(DecideClaimCommand.approve(HOUSING_REVIEWER, APP, M01, Optional.empty()));
        ReviewFixture.State before = world.state();

        assertRefused(DecideClaimCommand.reject(HOUSING_REVIEWER, APP, M01, DecideClaimCommand.NON_CONFORMING,
                Optional.empty()), "ALREADY_DECIDED");
        assertThat(world.state()).isEqualTo(before);
        assertThat(world.application().requireClaim(M01).points()).hasToString("20.00");
    }

    // ---------------------------------------------------------------- rejections

    @Test
    void evidenceRejection_withAReason_givesZero_andRecordsTheReason() {
        PointsApplication decided = world.decideClaim().decide(DecideClaimCommand.reject(HOUSING_REVIEWER, APP, M01,
                DecideClaimCommand.MISSING_EVIDENCE, Optional.empty()));

        Claim m01 = decided.requireClaim(M01);
        assertThat(m01.status()).isEqualTo(ClaimStatus.REJECTED);
        assertThat(m01.points()).isEqualTo(points("0")).hasToString("0.00");
        assertThat(m01.decision().orElseThrow().reason()).contains("MISSING_EVIDENCE");
        assertThat(m01.decision().orElseThrow().approved()).isFalse();
        assertThat(world.ledger()).isEmpty();
        assertThat(world.auditEvents()).singleElement().extracting(AuditEvent::details)
                .isEqualTo("application APP-2025-0001, claim M01 REJECTED, reason MISSING_EVIDENCE");
    }

    @Test
    void aRejectionReasonGivenAsText_isKeptOnTheClaim_butNotCopiedIntoTheAuditLog() {
        String text = "租赁合同上的承租人为张伟之兄，非申请人本人";
        PointsApplication decided = world.decideClaim().decide(
                DecideClaimCommand.reject(HOUSING_REVIEWER, APP, M01, text, Optional.empty()));

        assertThat(decided.requireClaim(M01).decision().orElseThrow().reason()).contains(text);
        assertThat(world.auditEvents()).singleElement().extracting(AuditEvent::details)
                .isEqualTo("application APP-2025-0001, claim M01 REJECTED, reason given as text");
    }

    @Test
    void aRejectionWithoutAReason_isRefusedWithReasonRequired_andNothingChanges() {
        ReviewFixture.State before = world.state();

        assertRefused(DecideClaimCommand.reject(HOUSING_REVIEWER, APP, M01, null, Optional.empty()), "REASON_REQUIRED");
        assertRefused(DecideClaimCommand.reject(HOUSING_REVIEWER, APP, M01, "   ", Optional.empty()), "REASON_REQUIRED");
        assertRefused(new DecideClaimCommand(HOUSING_REVIEWER, APP, M01, ClaimOutcome.REJECTED, Optional.empty(),
                Optional.empty(), Optional.empty()), "REASON_REQUIRED");
        assertThat(world.state()).isEqualTo(before);
    }

    // ---------------------------------------------------------------- manual verification

    @Test
    void aManualDecisionWithoutAVerificationMethod_isRefusedWithMethodRequired_andNothingChanges() {
        ReviewFixture.State before = world.state();

        assertRefused(DecideClaimCommand.approve(POLICE_REVIEWER, APP, M10, new Facts.SetPoints(points("7")),
                Optional.empty()), "METHOD_REQUIRED");
        assertRefused(DecideClaimCommand.reject(POLICE_REVIEWER, APP, M10, DecideClaimCommand.NON_CONFORMING,
                Optional.empty()), "METHOD_REQUIRED");
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void aManualRangeDecision_setsThePointsWithinTheRange_andRecordsTheMethod() {
        PointsApplication decided = world.decideClaim().decide(DecideClaimCommand.approve(POLICE_REVIEWER, APP, M10,
                new Facts.SetPoints(points("7")), Optional.of(VerificationMethod.SITE_VISIT)));

        Claim m10 = decided.requireClaim(M10);
        assertThat(m10.status()).isEqualTo(ClaimStatus.APPROVED);
        assertThat(m10.points()).hasToString("7.00");
        assertThat(m10.decision().orElseThrow().method()).contains(VerificationMethod.SITE_VISIT);
        assertThat(world.auditEvents()).singleElement().extracting(AuditEvent::details).isEqualTo(
                "application APP-2025-0001, claim M10 APPROVED, target 7.00, facts corrected by the reviewer,"
                        + " method SITE_VISIT");
    }

    @Test
    void aManualDecisionOfExactlyTenPoints_isNotMoreThanTheFourEyesThreshold_andIsApprovedAtOnce() {
        PointsApplication decided = world.decideClaim().decide(DecideClaimCommand.approve(POLICE_REVIEWER, APP, M10,
                new Facts.SetPoints(points("10")), Optional.of(VerificationMethod.TIP_OFF)));

        assertThat(decided.requireClaim(M10).status()).isEqualTo(ClaimStatus.APPROVED);
        assertThat(decided.requireClaim(M10).points()).hasToString("10.00");
    }

    @Test
    void rangePointsOutsideTheRange_areRefusedWithInvalidFacts_andNothingChanges() {
        ReviewFixture.State before = world.state();

        assertRefused(DecideClaimCommand.approve(POLICE_REVIEWER, APP, M10, new Facts.SetPoints(points("12")),
                Optional.of(VerificationMethod.SYSTEM_CHECK)), "INVALID_FACTS");
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void everyDecision_isChainedInTheAuditLog() {
        world.decideClaim().decide(DecideClaimCommand.approve(HOUSING_REVIEWER, APP, M01, Optional.empty()));
        world.decideClaim().decide(DecideClaimCommand.approve(POLICE_REVIEWER, APP, M10,
                new Facts.SetPoints(points("6.5")), Optional.of(VerificationMethod.SITE_VISIT)));
        world.decideClaim().decide(DecideClaimCommand.reject(EDUCATION_REVIEWER, APP, P02,
                DecideClaimCommand.NON_CONFORMING, Optional.empty()));

        assertThat(world.auditEvents()).extracting(AuditEvent::action).containsExactly(AuditAction.CLAIM_DECIDED,
                AuditAction.CLAIM_DECIDED, AuditAction.CLAIM_DECIDED);
        assertThat(AuditChainVerifier.verify(world.auditEvents()).valid()).isTrue();
        assertThat(world.application().claims()).extracting(Claim::points).extracting(Object::toString)
                .containsExactly("20.00", "6.50", "0.00");
    }

    private void assertRefused(DecideClaimCommand command, String code) {
        DomainException refused = catchThrowableOfType(DomainException.class,
                () -> world.decideClaim().decide(command));
        assertThat(refused).as("refusal of %s", command).isNotNull();
        assertThat(refused.code()).isEqualTo(code);
    }
}
