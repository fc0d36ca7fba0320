package org.jifen.application.service.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.jifen.application.service.review.ReviewFixture.APP;
import static org.jifen.application.service.review.ReviewFixture.APPLICANT;
import static org.jifen.application.service.review.ReviewFixture.APPLICANT_CALLER;
import static org.jifen.application.service.review.ReviewFixture.EDUCATION_REVIEWER;
import static org.jifen.application.service.review.ReviewFixture.HOUSING_REVIEWER;
import static org.jifen.application.service.review.ReviewFixture.HOUSING_REVIEWER_YINZHOU;
import static org.jifen.application.service.review.ReviewFixture.POLICE_REVIEWER;
import static org.jifen.application.service.review.ReviewFixture.SPOUSE_REVIEWER;
import static org.jifen.application.service.review.ReviewFixture.SUPERVISOR;
import static org.jifen.application.service.review.ReviewFixture.SUPERVISOR_YINZHOU;
import static org.jifen.application.service.review.ReviewFixture.at;
import static org.jifen.application.service.review.ReviewFixture.claim;
import static org.jifen.application.service.review.ReviewFixture.points;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jifen.application.audit.AuditChainVerifier;
import org.jifen.application.port.in.appeal.DecideAppealCommand;
import org.jifen.application.port.in.appeal.DecideAppealResult;
import org.jifen.application.port.in.appeal.FileAppealCommand;
import org.jifen.application.port.in.review.DecideClaimCommand;
import org.jifen.application.service.review.ReviewFixture;
import org.jifen.domain.access.Caller;
import org.jifen.domain.appeal.Appeal;
import org.jifen.domain.appeal.AppealId;
import org.jifen.domain.appeal.AppealStatus;
import org.jifen.domain.appeal.Correction;
import org.jifen.domain.application.VerificationMethod;
import org.jifen.domain.audit.AuditAction;
import org.jifen.domain.audit.AuditEvent;
import org.jifen.domain.catalogue.Department;
import org.jifen.domain.catalogue.Facts;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.ledger.Actor;
import org.jifen.domain.ledger.EntryReason;
import org.jifen.domain.ledger.EntrySource;
import org.jifen.domain.ledger.IdempotencyKey;
import org.jifen.domain.ledger.LedgerEntry;
import org.jifen.domain.ledger.SourceKind;
import org.jifen.domain.shared.DomainException;
import org.jifen.domain.shared.Points;
import org.jifen.domain.statement.ScoreStatement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 复核决定. The applicant declared his own home for M01 (20 points); the reviewer found a registered
 * rental (10 points) and M10 was set at 8. Published on 2025-09-25 (window to 2025-10-09), the ledger
 * holds M01 +10 and M10 +8 effective that day; the applicant appealed M01 on 2025-09-26.
 */
class DecideAppealServiceTest {

    private static final LocalDate PUBLISHED_ON = LocalDate.of(2025, 9, 25);
    private static final LocalDate LAST_DAY = LocalDate.of(2025, 10, 9);
    private static final LocalDate DECISION_DAY = LocalDate.of(2025, 10, 13);
    private static final IndicatorCode M01 = IndicatorCode.of("M01");
    private static final IndicatorCode M10 = IndicatorCode.of("M10");

    private ReviewFixture world;
    private Appeal appeal;

    @BeforeEach
    void aPublishedApplicationWithAnAppealOnM01() {
        world = ReviewFixture.on(LocalDate.of(2025, 9, 22));
        world.givenApplication(claim("M01", new Facts.LevelHeld("OWN_HOME")),
                claim("M10", new Facts.SetPoints(points("8"))));
        world.decideClaim().decide(DecideClaimCommand.approve(HOUSING_REVIEWER, APP, M01,
                new Facts.LevelHeld("REGISTERED_RENTAL"), Optional.empty()));
        world.decideClaim().decide(DecideClaimCommand.approve(POLICE_REVIEWER, APP, M10,
                Optional.of(VerificationMethod.SITE_VISIT)));
        world.givenPublished(PUBLISHED_ON, LAST_DAY);
        world.clockAt(LocalDate.of(2025, 9, 26), 11, 0);
        appeal = world.fileAppeal().file(new FileAppealCommand(APPLICANT_CALLER, APP, List.of(M01),
                "本人名下有自有住房，房产证已提交"));
        world.clockAt(DECISION_DAY, 10, 0);
    }

    @Test
    void anUpheldAppeal_postsACorrectionEffectiveOnThePublicationDate_recordedNow() {
        DecideAppealResult result = world.decideAppeal().decide(DecideAppealCommand.uphold(HOUSING_REVIEWER,
                appeal.id(), List.of(new Correction(M01, new Facts.LevelHeld("OWN_HOME"))), "房产证核实无误"));

        LedgerEntry correction = new LedgerEntry(IdempotencyKey.of("APPEAL:APL-000001:M01"), APPLICANT,
                world.application().requireClaim(M01).indicator(), points("10"), EntryReason.CORRECTION,
                new EntrySource(SourceKind.APPEAL, "APL-000001"), new Actor("reviewer-haishu-housing-01"),
                at(DECISION_DAY, 10, 0), PUBLISHED_ON, Optional.empty());
        assertThat(result.corrections()).containsExactly(correction);
        assertThat(world.ledger()).hasSize(3).last().isEqualTo(correction);

        Appeal decided = result.appeal();
        assertThat(decided.status()).isEqualTo(AppealStatus.UPHELD);
        assertThat(decided.decision().orElseThrow().corrections())
                .containsExactly(new Correction(M01, new Facts.LevelHeld("OWN_HOME")));
        assertThat(decided.decision().orElseThrow().decidedBy()).isEqualTo("reviewer-haishu-housing-01");
        assertThat(decided.decision().orElseThrow().decidedAt()).isEqualTo(at(DECISION_DAY, 10, 0));
        assertThat(world.adapters().appeals().find(appeal.id())).contains(decided);

        AuditEvent event = world.auditEvents().get(world.auditEvents().size() - 1);
        assertThat(event.action()).isEqualTo(AuditAction.APPEAL_DECIDED);
        assertThat(event.actor()).isEqualTo("reviewer-haishu-housing-01");
        assertThat(event.subject()).isEqualTo(APPLICANT.value());
        assertThat(event.details()).isEqualTo("appeal APL-000001 on application APP-2025-0001 UPHELD, corrections"
                + " [M01 10.00] effective 2025-09-25");
        assertThat(AuditChainVerifier.verify(world.auditEvents()).valid()).isTrue();
    }

    @Test
    void theStatementAsKnownBeforeTheDecision_keepsTheOldBalance_andAfterItShowsTheNew() {
        Instant justBefore = at(DECISION_DAY, 9, 59);
        LocalDate endOfSeptember = LocalDate.of(2025, 9, 30);
        ScoreStatement before = world.statement(endOfSeptember, justBefore);

        DecideAppealResult result = world.decideAppeal().decide(DecideAppealCommand.uphold(HOUSING_REVIEWER,
                appeal.id(), List.of(new Correction(M01, new Facts.LevelHeld("OWN_HOME"))), "房产证核实无误"));

        ScoreStatement stillBefore = world.statement(endOfSeptember, justBefore);
        ScoreStatement after = world.statement(endOfSeptember, world.now());
        assertThat(stillBefore).isEqualTo(before);
        assertThat(before.balanceOf(M01)).hasToString("10.00");
        assertThat(before.total()).hasToString("18.00");
        assertThat(after.balanceOf(M01)).hasToString("20.00");
        assertThat(after.balanceOf(M10)).hasToString("8.00");
        assertThat(after.total()).hasToString("28.00");
        Points correction = result.corrections().get(0).points();
        assertThat(after.total().minus(before.total())).isEqualTo(correction);
        assertThat(after.balanceOf(M01).minus(before.balanceOf(M01))).isEqualTo(correction);
        assertThat(world.statement(PUBLISHED_ON, world.now()).balanceOf(M01))
                .as("effective on the original publication date").hasToString("20.00");
        assertThat(world.statement(PUBLISHED_ON.minusDays(1), world.now()).balanceOf(M01)).hasToString("0.00");
    }

    @Test
    void anUpheldAppealOnAManualIndicator_setsThePointsFoundOnReview() {
        world.clockAt(LocalDate.of(2025, 9, 29), 9, 0);
        Appeal onM10 = world.fileAppeal().file(new FileAppealCommand(APPLICANT_CALLER, APP, List.of(M10),
                "网格员服务时长未全部计入"));
        world.clockAt(DECISION_DAY, 11, 0);

        DecideAppealResult result = world.decideAppeal().decide(DecideAppealCommand.uphold(POLICE_REVIEWER,
                onM10.id(), List.of(new Correction(M10, new Facts.SetPoints(points("9.5")))), "台账核实"));

        assertThat(result.corrections()).singleElement().satisfies(entry -> {
            assertThat(entry.points()).hasToString("1.50");
            assertThat(entry.reason()).isEqualTo(EntryReason.CORRECTION);
            assertThat(entry.effectiveOn()).isEqualTo(PUBLISHED_ON);
        });
        assertThat(world.statement(LocalDate.of(2025, 9, 30), world.now()).balanceOf(M10)).hasToString("9.50");
    }

    @Test
    void correctedFacts_areScoredAsOfTheApplicationDate_likeTheFirstDecision() {
        // HS02 岗位贡献: 2 points per full 12 months. From 2022-09-20 the job reaches 35 full months on the
        // application date (2025-09-15) but 36 on the publication date (2025-09-25): the correction counts 35.
        ReviewFixture other = ReviewFixture.on(LocalDate.of(2025, 9, 22));
        Caller hrss = Caller.reviewer("reviewer-haishu-hrss-01", ReviewFixture.HAISHU, Department.HRSS);
        IndicatorCode hs02 = IndicatorCode.of("HS02");
        other.givenApplication(claim("HS02", new Facts.Span(LocalDate.of(2023, 9, 20), LocalDate.of(2025, 9, 15))));
        other.decideClaim().decide(DecideClaimCommand.approve(hrss, APP, hs02, Optional.empty()));
        other.givenPublished(PUBLISHED_ON, LAST_DAY);
        other.clockAt(LocalDate.of(2025, 9, 26), 9, 0);
        Appeal onHs02 = other.fileAppeal().file(new FileAppealCommand(APPLICANT_CALLER, APP, List.of(hs02),
                "入职时间应为2022年9月20日"));

        DecideAppealResult result = other.decideAppeal().decide(DecideAppealCommand.uphold(hrss, onHs02.id(),
                List.of(new Correction(hs02, new Facts.Span(LocalDate.of(2022, 9, 20), LocalDate.of(2025, 9, 30)))),
                "劳动合同核实"));

        assertThat(other.ledger()).extracting(LedgerEntry::points).extracting(Object::toString)
                .containsExactly("2.00", "2.00");
        assertThat(result.corrections()).singleElement().extracting(LedgerEntry::effectiveOn).isEqualTo(PUBLISHED_ON);
        assertThat(other.statement(PUBLISHED_ON, other.now()).balanceOf(hs02)).hasToString("4.00");
    }

    @Test
    void aDismissedAppeal_keepsTheReason_andPostsNothing() {
        List<LedgerEntry> ledgerBefore = world.ledger();

        DecideAppealResult result = world.decideAppeal().decide(DecideAppealCommand.dismiss(SUPERVISOR, appeal.id(),
                "房产证登记权利人非申请人，维持原评分"));

        assertThat(result.corrections()).isEmpty();
        assertThat(result.appeal().status()).isEqualTo(AppealStatus.DISMISSED);
        assertThat(result.appeal().decision().orElseThrow().reason()).isEqualTo("房产证登记权利人非申请人，维持原评分");
        assertThat(result.appeal().decision().orElseThrow().decidedBy()).isEqualTo("supervisor-haishu-01");
        assertThat(world.adapters().appeals().find(appeal.id())).contains(result.appeal());
        assertThat(world.ledger()).isEqualTo(ledgerBefore);
        AuditEvent event = world.auditEvents().get(world.auditEvents().size() - 1);
        assertThat(event.action()).isEqualTo(AuditAction.APPEAL_DECIDED);
        assertThat(event.details()).isEqualTo("appeal APL-000001 on application APP-2025-0001 DISMISSED, nothing posted");
    }

    @Test
    void aReviewerOfAnotherDepartment_isRefusedWithWrongDepartment_andNothingChanges() {
        ReviewFixture.State before = world.state();

        assertRefused(DecideAppealCommand.dismiss(EDUCATION_REVIEWER, appeal.id(), "不成立"), "WRONG_DEPARTMENT");
        assertRefused(DecideAppealCommand.uphold(POLICE_REVIEWER, appeal.id(),
                List.of(new Correction(M01, new Facts.LevelHeld("OWN_HOME"))), ""), "WRONG_DEPARTMENT");
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void aReviewerOrSupervisorOfAnotherDistrict_isRefusedWithOutOfJurisdiction_andNothingChanges() {
        ReviewFixture.State before = world.state();

        assertRefused(DecideAppealCommand.dismiss(HOUSING_REVIEWER_YINZHOU, appeal.id(), "不成立"),
                "OUT_OF_JURISDICTION");
        assertRefused(DecideAppealCommand.dismiss(SUPERVISOR_YINZHOU, appeal.id(), "不成立"), "OUT_OF_JURISDICTION");
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void aReviewerDecidingTheirSpousesAppeal_isRefusedWithConflictOfInterest_andNothingChanges() {
        ReviewFixture.State before = world.state();

        assertRefused(DecideAppealCommand.uphold(SPOUSE_REVIEWER, appeal.id(),
                List.of(new Correction(M01, new Facts.LevelHeld("OWN_HOME"))), ""), "CONFLICT_OF_INTEREST");
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void theApplicant_cannotDecideTheirOwnAppeal_forbidden() {
        ReviewFixture.State before = world.state();

        assertRefused(DecideAppealCommand.uphold(APPLICANT_CALLER, appeal.id(),
                List.of(new Correction(M01, new Facts.LevelHeld("OWN_HOME"))), ""), "FORBIDDEN");
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void aDecidedAppeal_isRefusedWithAlreadyDecided_andNothingMoreIsPosted() {
        world.decideAppeal().decide(DecideAppealCommand.uphold(HOUSING_REVIEWER, appeal.id(),
                List.of(new Correction(M01, new Facts.LevelHeld("OWN_HOME"))), "房产证核实无误"));
        ReviewFixture.State before = world.state();

        assertRefused(DecideAppealCommand.dismiss(SUPERVISOR, appeal.id(), "重复"), "ALREADY_DECIDED");
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void aCorrectionOfAnIndicatorNotAppealed_isRefusedWithNotAppealed_andNothingChanges() {
        ReviewFixture.State before = world.state();

        assertRefused(DecideAppealCommand.uphold(SUPERVISOR, appeal.id(),
                List.of(new Correction(M10, new Facts.SetPoints(points("10")))), ""), "NOT_APPEALED");
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void correctedFactsTheRuleCannotScore_areRefusedWithInvalidFacts_andNothingChanges() {
        ReviewFixture.State before = world.state();

        assertRefused(DecideAppealCommand.uphold(HOUSING_REVIEWER, appeal.id(),
                List.of(new Correction(M01, new Facts.LevelHeld("CASTLE"))), ""), "INVALID_FACTS");
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void anUpheldAppealWithoutCorrections_orADismissalWithoutReason_isRefused_andNothingChanges() {
        ReviewFixture.State before = world.state();

        assertRefused(DecideAppealCommand.uphold(HOUSING_REVIEWER, appeal.id(), List.of(), "成立"),
                "CORRECTIONS_REQUIRED");
        assertRefused(DecideAppealCommand.dismiss(HOUSING_REVIEWER, appeal.id(), " "), "REASON_REQUIRED");
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void anUnknownAppeal_isRefusedWithAppealNotFound() {
        assertRefused(DecideAppealCommand.dismiss(SUPERVISOR, new AppealId("APL-999999"), "不成立"),
                "APPEAL_NOT_FOUND");
    }

    private void assertRefused(DecideAppealCommand command, String code) {
        DomainException refused = catchThrowableOfType(DomainException.class,
                () -> world.decideAppeal().decide(command));
        assertThat(refused).as("expected a refusal with %s", code).isNotNull();
        assertThat(refused.code()).isEqualTo(code);
    }
}
