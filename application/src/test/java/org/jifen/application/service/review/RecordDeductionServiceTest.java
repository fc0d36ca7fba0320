package org.jifen.application.service.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.jifen.application.service.review.ReviewFixture.APP;
import static org.jifen.application.service.review.ReviewFixture.APPLICANT;
import static org.jifen.application.service.review.ReviewFixture.CREDIT_REVIEWER;
import static org.jifen.application.service.review.ReviewFixture.HOUSING_REVIEWER;
import static org.jifen.application.service.review.ReviewFixture.PARENT_REVIEWER;
import static org.jifen.application.service.review.ReviewFixture.POLICE_REVIEWER;
import static org.jifen.application.service.review.ReviewFixture.POLICE_REVIEWER_2;
import static org.jifen.application.service.review.ReviewFixture.POLICE_REVIEWER_YINZHOU;
import static org.jifen.application.service.review.ReviewFixture.SUPERVISOR;
import static org.jifen.application.service.review.ReviewFixture.SUPERVISOR_YINZHOU;
import static org.jifen.application.service.review.ReviewFixture.claim;

import java.time.LocalDate;
import java.util.Optional;
import org.jifen.application.port.in.review.DecideClaimCommand;
import org.jifen.application.port.in.review.GiveSecondApprovalCommand;
import org.jifen.application.port.in.review.GiveSecondApprovalResult;
import org.jifen.application.port.in.review.RecordDeductionCommand;
import org.jifen.application.port.in.review.RecordDeductionResult;
import org.jifen.domain.access.Caller;
import org.jifen.domain.application.ApplicationStateException;
import org.jifen.domain.application.ClaimStatus;
import org.jifen.domain.application.Deduction;
import org.jifen.domain.application.Publication;
import org.jifen.domain.application.VerificationMethod;
import org.jifen.domain.audit.AuditAction;
import org.jifen.domain.audit.AuditEvent;
import org.jifen.domain.catalogue.Facts;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.ledger.Actor;
import org.jifen.domain.ledger.EntryReason;
import org.jifen.domain.ledger.EntrySource;
import org.jifen.domain.ledger.Freeze;
import org.jifen.domain.ledger.IdempotencyKey;
import org.jifen.domain.ledger.LedgerEntry;
import org.jifen.domain.ledger.SourceKind;
import org.jifen.domain.shared.DomainException;
import org.jifen.domain.statement.ScoreStatement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 扣分: penalty events, four eyes above 10 points, posting with a 12-month freeze. */
class RecordDeductionServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 9, 22);
    private static final LocalDate CONVICTED_ON = LocalDate.of(2025, 9, 10);
    private static final IndicatorCode M91 = IndicatorCode.of("M91");
    private static final IndicatorCode M92 = IndicatorCode.of("M92");

    private ReviewFixture world;

    @BeforeEach
    void anApplicationWhoseOnlyClaimIsDecided() {
        world = ReviewFixture.on(TODAY);
        world.givenApplication(claim("M01", new Facts.LevelHeld("REGISTERED_RENTAL")));
        world.decideClaim().decide(DecideClaimCommand.approve(HOUSING_REVIEWER, APP, IndicatorCode.of("M01"),
                Optional.empty()));
    }

    private static RecordDeductionCommand criminal(Caller caller) {
        return new RecordDeductionCommand(caller, APP, M91, "CRIMINAL", "CASE-2025-0917", CONVICTED_ON,
                VerificationMethod.SYSTEM_CHECK);
    }

    private static RecordDeductionCommand detention(Caller caller, String ref, LocalDate on) {
        return new RecordDeductionCommand(caller, APP, M91, "DETENTION", ref, on, VerificationMethod.SYSTEM_CHECK);
    }

    // ---------------------------------------------------------------- the level left out

    @Test
    void aDishonestyEventWithoutLevel_takesTheTablesOnlyLevel() {
        RecordDeductionResult result = world.recordDeduction().record(new RecordDeductionCommand(CREDIT_REVIEWER, APP,
                M92, Optional.empty(), "CREDIT-2025-77", CONVICTED_ON, VerificationMethod.SYSTEM_CHECK));

        assertThat(result.deduction().level()).isEqualTo("DISHONEST");
        assertThat(result.deduction().points()).isEqualTo(ReviewFixture.points("-20"));
    }

    @Test
    void aDetentionOrConvictionWithoutLevel_isRefusedWithLevelRequired_andNothingChanges() {
        ReviewFixture.State before = world.state();

        DomainException refused = catchThrowableOfType(() -> world.recordDeduction().record(new RecordDeductionCommand(
                POLICE_REVIEWER, APP, M91, Optional.empty(), "CASE-2025-0917", CONVICTED_ON,
                VerificationMethod.SYSTEM_CHECK)), DomainException.class);

        assertThat(refused.code()).isEqualTo("LEVEL_REQUIRED");
        assertThat(refused.getMessage()).contains("DETENTION", "CRIMINAL");
        assertThat(world.state()).isEqualTo(before);
    }

    // ---------------------------------------------------------------- four eyes

    @Test
    void aCriminalConviction_ofThirtyPoints_waitsForASecondApproval_andPostsNothing() {
        RecordDeductionResult result = world.recordDeduction().record(criminal(POLICE_REVIEWER));

        Deduction deduction = result.deduction();
        assertThat(deduction.status()).isEqualTo(ClaimStatus.AWAITING_SECOND_APPROVAL);
        assertThat(deduction.points()).hasToString("-30.00");
        assertThat(deduction.level()).isEqualTo("CRIMINAL");
        assertThat(deduction.eventDate()).isEqualTo(CONVICTED_ON);
        assertThat(deduction.recordedBy()).isEqualTo("reviewer-haishu-police-01");
        assertThat(deduction.secondApprovedBy()).isEmpty();
        assertThat(result.posted()).isEmpty();
        assertThat(world.ledger()).isEmpty();
        assertThat(world.application().deductions()).containsExactly(deduction);

        AuditEvent event = world.auditEvents().get(1);
        assertThat(world.auditEvents()).hasSize(2);
        assertThat(event.action()).isEqualTo(AuditAction.DEDUCTION_RECORDED);
        assertThat(event.subject()).isEqualTo(APPLICANT.value());
        assertThat(event.details()).isEqualTo("application APP-2025-0001, M91 CRIMINAL event CASE-2025-0917 of"
                + " 2025-09-10, -30.00, method SYSTEM_CHECK, waits for a second reviewer");
    }

    @Test
    void anApplicationWithADeductionAwaitingApproval_cannotBePublished() {
        world.recordDeduction().record(criminal(POLICE_REVIEWER));

        ApplicationStateException refused = catchThrowableOfType(ApplicationStateException.class,
                () -> world.application().publish(new Publication(TODAY, LocalDate.of(2025, 9, 29),
                        world.now(), SUPERVISOR.subject())));

        assertThat(refused.code()).isEqualTo("SECOND_APPROVAL_REQUIRED");
        assertThat(refused.getMessage()).contains("M91/CASE-2025-0917");
    }

    @Test
    void theReviewerWhoRecordedTheDeduction_cannotApproveIt_sameReviewer_andNothingChanges() {
        world.recordDeduction().record(criminal(POLICE_REVIEWER));
        ReviewFixture.State before = world.state();

        assertRefused(() -> world.giveSecondApproval().approve(
                GiveSecondApprovalCommand.forDeduction(POLICE_REVIEWER, APP, "CASE-2025-0917")), "SAME_REVIEWER");
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void aSupervisorsApproval_postsMinusThirty_effectiveOnTheEventDate_withATwelveMonthFreeze() {
        world.recordDeduction().record(criminal(POLICE_REVIEWER));
        world.clockAt(LocalDate.of(2025, 9, 23), 14, 30);

        GiveSecondApprovalResult result = world.giveSecondApproval().approve(
                GiveSecondApprovalCommand.forDeduction(SUPERVISOR, APP, "CASE-2025-0917"));

        Freeze twelveMonths = new Freeze(CONVICTED_ON, LocalDate.of(2026, 9, 10));
        LedgerEntry expected = new LedgerEntry(IdempotencyKey.of("PENALTY:APP-2025-0001/CASE-2025-0917"), APPLICANT,
                world.application().deductions().get(0).indicator(), ReviewFixture.points("-30"),
                EntryReason.DEDUCTION, new EntrySource(SourceKind.PENALTY, "APP-2025-0001/CASE-2025-0917"),
                new Actor("reviewer-haishu-police-01"), ReviewFixture.at(LocalDate.of(2025, 9, 23), 14, 30),
                CONVICTED_ON, Optional.of(twelveMonths));
        assertThat(result.posted()).contains(expected);
        assertThat(world.ledger()).containsExactly(expected);
        Deduction approved = world.application().deductions().get(0);
        assertThat(approved.status()).isEqualTo(ClaimStatus.APPROVED);
        assertThat(approved.secondApprovedBy()).contains("supervisor-haishu-01");

        AuditEvent event = world.auditEvents().get(world.auditEvents().size() - 1);
        assertThat(event.action()).isEqualTo(AuditAction.SECOND_APPROVAL_GIVEN);
        assertThat(event.actor()).isEqualTo("supervisor-haishu-01");
        assertThat(event.details()).isEqualTo("application APP-2025-0001, deduction M91 CRIMINAL event CASE-2025-0917"
                + " approved, posted -30.00 effective 2025-09-10, frozen until 2026-09-10, recorded by"
                + " reviewer-haishu-police-01");

        ScoreStatement during = world.statement(LocalDate.of(2025, 9, 30), world.now());
        assertThat(during.freeze()).contains(twelveMonths);
        assertThat(during.balanceOf(M91)).hasToString("-30.00");
        assertThat(during.deductions()).hasToString("-30.00");
        assertThat(world.statement(LocalDate.of(2026, 9, 9), world.now()).freeze()).contains(twelveMonths);
        assertThat(world.statement(LocalDate.of(2026, 9, 10), world.now()).freeze()).isEmpty();
        assertThat(world.statement(LocalDate.of(2025, 9, 30), ReviewFixture.at(LocalDate.of(2025, 9, 23), 14, 29))
                .freeze()).as("as known before the approval").isEmpty();
    }

    @Test
    void anotherReviewerOfTheSameDepartment_mayGiveTheSecondApproval() {
        world.recordDeduction().record(criminal(POLICE_REVIEWER));

        GiveSecondApprovalResult result = world.giveSecondApproval().approve(
                GiveSecondApprovalCommand.forDeduction(POLICE_REVIEWER_2, APP, "CASE-2025-0917"));

        assertThat(result.posted()).map(LedgerEntry::points).map(Object::toString).contains("-30.00");
        assertThat(result.application().deductions().get(0).secondApprovedBy()).contains("reviewer-haishu-police-02");
    }

    @Test
    void aSecondApproval_fromAReviewerOfAnotherDepartment_isRefusedWithWrongDepartment_andNothingChanges() {
        world.recordDeduction().record(criminal(POLICE_REVIEWER));
        ReviewFixture.State before = world.state();

        assertRefused(() -> world.giveSecondApproval().approve(
                GiveSecondApprovalCommand.forDeduction(HOUSING_REVIEWER, APP, "CASE-2025-0917")), "WRONG_DEPARTMENT");
        assertRefused(() -> world.giveSecondApproval().approve(
                GiveSecondApprovalCommand.forDeduction(SUPERVISOR_YINZHOU, APP, "CASE-2025-0917")),
                "OUT_OF_JURISDICTION");
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void aDeductionApprovedOnce_cannotBeApprovedAgain() {
        world.recordDeduction().record(criminal(POLICE_REVIEWER));
        world.giveSecondApproval().approve(GiveSecondApprovalCommand.forDeduction(SUPERVISOR, APP, "CASE-2025-0917"));
        ReviewFixture.State before = world.state();

        assertRefused(() -> world.giveSecondApproval().approve(
                GiveSecondApprovalCommand.forDeduction(POLICE_REVIEWER_2, APP, "CASE-2025-0917")),
                "NOT_AWAITING_SECOND_APPROVAL");
        assertRefused(() -> world.giveSecondApproval().approve(
                GiveSecondApprovalCommand.forDeduction(SUPERVISOR, APP, "CASE-2025-0001")), "UNKNOWN_EVENT");
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void aDetentionOfTenPoints_isNotMoreThanTen_andIsPostedAtOnceWithItsFreeze() {
        LocalDate detainedOn = LocalDate.of(2025, 9, 1);

        RecordDeductionResult result = world.recordDeduction().record(
                detention(POLICE_REVIEWER, "DET-2025-0042", detainedOn));

        assertThat(result.deduction().status()).isEqualTo(ClaimStatus.APPROVED);
        assertThat(result.deduction().secondApprovedBy()).isEmpty();
        LedgerEntry entry = result.posted().orElseThrow();
        assertThat(entry.points()).hasToString("-10.00");
        assertThat(entry.reason()).isEqualTo(EntryReason.DEDUCTION);
        assertThat(entry.effectiveOn()).isEqualTo(detainedOn);
        assertThat(entry.recordedAt()).isEqualTo(ReviewFixture.at(TODAY, 9, 0));
        assertThat(entry.freeze()).contains(new Freeze(detainedOn, LocalDate.of(2026, 9, 1)));
        assertThat(entry.source()).isEqualTo(new EntrySource(SourceKind.PENALTY, "APP-2025-0001/DET-2025-0042"));
        assertThat(entry.key()).isEqualTo(IdempotencyKey.of("PENALTY:APP-2025-0001/DET-2025-0042"));
        assertThat(entry.actor()).isEqualTo(new Actor("reviewer-haishu-police-01"));
        assertThat(world.ledger()).containsExactly(entry);
        assertThat(world.auditEvents().get(1).details()).isEqualTo("application APP-2025-0001, M91 DETENTION event"
                + " DET-2025-0042 of 2025-09-01, -10.00, method SYSTEM_CHECK, posted -10.00, frozen until 2026-09-01");
        assertThat(world.statement(TODAY, world.now()).frozen()).isTrue();
    }

    @Test
    void penalties_addUp_andStopAtTheCapOfFifty_whileStillFreezing() {
        world.recordDeduction().record(criminal(POLICE_REVIEWER));
        world.giveSecondApproval().approve(GiveSecondApprovalCommand.forDeduction(SUPERVISOR, APP, "CASE-2025-0917"));
        world.recordDeduction().record(detention(POLICE_REVIEWER, "DET-1", LocalDate.of(2025, 9, 15)));
        world.recordDeduction().record(detention(POLICE_REVIEWER, "DET-2", LocalDate.of(2025, 9, 16)));

        RecordDeductionResult beyondTheCap = world.recordDeduction().record(
                detention(POLICE_REVIEWER, "DET-3", LocalDate.of(2025, 9, 17)));

        assertThat(world.ledger()).extracting(LedgerEntry::points).extracting(Object::toString)
                .containsExactly("-30.00", "-10.00", "-10.00", "0.00");
        assertThat(beyondTheCap.posted().orElseThrow().freeze())
                .contains(new Freeze(LocalDate.of(2025, 9, 17), LocalDate.of(2026, 9, 17)));
        assertThat(world.statement(TODAY, world.now()).balanceOf(M91)).hasToString("-50.00");
    }

    @Test
    void aDishonestPersonListing_ofTwentyPoints_isRecordedByACreditReviewer_andWaits() {
        RecordDeductionResult result = world.recordDeduction().record(new RecordDeductionCommand(CREDIT_REVIEWER, APP,
                M92, "DISHONEST", "CREDIT-2025-77", LocalDate.of(2025, 8, 20), VerificationMethod.SYSTEM_CHECK));

        assertThat(result.deduction().points()).hasToString("-20.00");
        assertThat(result.deduction().status()).isEqualTo(ClaimStatus.AWAITING_SECOND_APPROVAL);
        assertThat(result.posted()).isEmpty();
        assertThat(world.ledger()).isEmpty();
    }

    // ---------------------------------------------------------------- refusals

    @Test
    void aPoliceReviewerOnTheCreditIndicator_isRefusedWithWrongDepartment_andNothingChanges() {
        ReviewFixture.State before = world.state();

        assertRecordRefused(new RecordDeductionCommand(POLICE_REVIEWER, APP, M92, "DISHONEST", "CREDIT-2025-77",
                LocalDate.of(2025, 8, 20), VerificationMethod.SYSTEM_CHECK), "WRONG_DEPARTMENT");
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void aYinzhouReviewer_isRefusedWithOutOfJurisdiction_andNothingChanges() {
        ReviewFixture.State before = world.state();

        assertRecordRefused(criminal(POLICE_REVIEWER_YINZHOU), "OUT_OF_JURISDICTION");
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void aReviewerRecordingAPenaltyOnTheirOwnChild_isRefusedWithConflictOfInterest_andNothingChanges() {
        ReviewFixture.State before = world.state();

        assertRecordRefused(criminal(PARENT_REVIEWER), "CONFLICT_OF_INTEREST");
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void anyoneButAReviewer_isRefusedWithForbidden() {
        ReviewFixture.State before = world.state();

        assertRecordRefused(criminal(SUPERVISOR), "FORBIDDEN");
        assertRecordRefused(criminal(ReviewFixture.CLERK), "FORBIDDEN");
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void aLevelNotInTheIndicatorsEventTable_isRefusedWithInvalidFacts_andNothingChanges() {
        ReviewFixture.State before = world.state();

        assertRecordRefused(new RecordDeductionCommand(POLICE_REVIEWER, APP, M91, "DISHONEST", "CASE-X",
                CONVICTED_ON, VerificationMethod.SYSTEM_CHECK), "INVALID_FACTS");
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void aBonusIndicator_isRefusedWithNotADeduction_andNothingChanges() {
        ReviewFixture.State before = world.state();

        assertRecordRefused(new RecordDeductionCommand(HOUSING_REVIEWER, APP, IndicatorCode.of("M01"), "OWN_HOME",
                "HOUSE-1", CONVICTED_ON, VerificationMethod.SITE_VISIT), "NOT_A_DEDUCTION");
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void anEventAfterToday_isRefusedWithDateInFuture_andNothingChanges() {
        ReviewFixture.State before = world.state();

        assertRecordRefused(detention(POLICE_REVIEWER, "DET-FUTURE", TODAY.plusDays(1)), "DATE_IN_FUTURE");
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void anEventBeforeTheIndicatorsTookEffect_isRefusedWithUnknownIndicator_andNothingChanges() {
        ReviewFixture.State before = world.state();

        assertRecordRefused(detention(POLICE_REVIEWER, "DET-2022", LocalDate.of(2022, 6, 30)), "UNKNOWN_INDICATOR");
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void theSameEventRecordedTwice_isRefusedWithDuplicateEvent_andPostsOnce() {
        world.recordDeduction().record(detention(POLICE_REVIEWER, "DET-2025-0042", LocalDate.of(2025, 9, 1)));
        ReviewFixture.State before = world.state();

        assertRecordRefused(detention(POLICE_REVIEWER_2, "DET-2025-0042", LocalDate.of(2025, 9, 1)), "DUPLICATE_EVENT");
        assertThat(world.state()).isEqualTo(before);
        assertThat(world.ledger()).hasSize(1);
    }

    private void assertRecordRefused(RecordDeductionCommand command, String code) {
        assertRefused(() -> world.recordDeduction().record(command), code);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String code) {
        DomainException refused = catchThrowableOfType(DomainException.class, call);
        assertThat(refused).as("expected a refusal with %s", code).isNotNull();
        assertThat(refused.code()).isEqualTo(code);
    }
}
