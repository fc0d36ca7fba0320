package org.jifen.application.service.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jifen.application.TestProgrammes.QUOTA;
import static org.jifen.application.TestProgrammes.SCH_A;
import static org.jifen.application.TestProgrammes.SCH_B;
import static org.jifen.application.TestProgrammes.SCH_C;
import static org.jifen.application.TestProgrammes.UNIT_A;
import static org.jifen.application.TestProgrammes.UNIT_B;
import static org.jifen.application.TestProgrammes.candidate;
import static org.jifen.application.TestProgrammes.child;
import static org.jifen.application.service.programme.ProgrammeFixture.HAISHU_ADMIN;
import static org.jifen.application.service.programme.ProgrammeFixture.POINTS_DAY;
import static org.jifen.application.service.programme.ProgrammeFixture.POINTS_RECORDED;
import static org.jifen.application.service.programme.ProgrammeFixture.RUN_AT;
import static org.jifen.application.service.programme.ProgrammeFixture.YINZHOU_ADMIN;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.jifen.application.TestCallers;
import org.jifen.application.TestData;
import org.jifen.application.TestProgrammes;
import org.jifen.application.port.in.entitlement.EntitlementsQuery;
import org.jifen.application.port.in.ledger.ClearPointsCommand;
import org.jifen.application.port.in.programme.RoundQuery;
import org.jifen.application.port.in.programme.RunRoundCommand;
import org.jifen.domain.access.Caller;
import org.jifen.domain.audit.AuditAction;
import org.jifen.domain.audit.AuditEvent;
import org.jifen.domain.entitlement.Entitlement;
import org.jifen.domain.entitlement.Revocation;
import org.jifen.domain.person.Person;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.programme.Beneficiary;
import org.jifen.domain.programme.PlaceCode;
import org.jifen.domain.programme.Programme;
import org.jifen.domain.programme.ResultReason;
import org.jifen.domain.programme.Round;
import org.jifen.domain.programme.RoundCandidate;
import org.jifen.domain.programme.RoundResultLine;
import org.jifen.domain.programme.TieBreak;
import org.jifen.domain.shared.DomainException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * 积分应用分配 (DOMAIN.md §5): rounds on the usable score effective on the cut-off date 2024-06-30 as
 * known at the run time, school places by deferred acceptance with catchment priority, housing and
 * registration by ranking, exclusions with reasons, family use, entitlements, reproducibility and
 * determinism. Each line is written {@code rank applicant beneficiary score place-or-reason}.
 */
class RunRoundServiceTest {

    private final ProgrammeFixture f = new ProgrammeFixture();

    private static String describe(RoundResultLine line) {
        return line.rank() + " " + line.applicant() + " " + line.beneficiary().name() + " " + line.score() + " "
                + line.place().map(PlaceCode::value).orElse(line.reason().map(ResultReason::code).orElse("?"));
    }

    private static List<String> describe(Round round) {
        return round.results().stream().map(RunRoundServiceTest::describe).toList();
    }

    private static void assertRefusedWith(Runnable call, String code) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    // ------------------------------------------------------------------------------ the six children

    private final Beneficiary c1 = child("陈小一", 1);
    private final Beneficiary c2 = child("林小二", 2);
    private final Beneficiary c3 = child("王小三", 3);
    private final Beneficiary c4 = child("赵小四", 4);
    private final Beneficiary c5 = child("钱小五", 5);
    private final Beneficiary c6 = child("孙小六", 6);

    /**
     * Six families in Haishu, scores made of P04 + P05 + M01:
     * A 陈军 60.00 (30 + 10 + 20), B 林峰 55.00 (25 + 10 + 20), C 王强 50.00 (20 + 10 + 20),
     * D 赵磊 45.00 (15 + 10 + 20), E 钱勇 45.00 (20 + 5 + 20), F 孙涛 40.00 (10 + 10 + 20).
     */
    private List<Person> sixFamilies() {
        List<Person> parents = List.of(
                f.applicant("person-0101", "陈军", 101), f.applicant("person-0102", "林峰", 102),
                f.applicant("person-0103", "王强", 103), f.applicant("person-0104", "赵磊", 104),
                f.applicant("person-0105", "钱勇", 105), f.applicant("person-0106", "孙涛", 106));
        f.points(parents.get(0), "30", "10", "20");
        f.points(parents.get(1), "25", "10", "20");
        f.points(parents.get(2), "20", "10", "20");
        f.points(parents.get(3), "15", "10", "20");
        f.points(parents.get(4), "20", "5", "20");
        f.points(parents.get(5), "10", "10", "20");
        return parents;
    }

    /**
     * Preferences and catchments: c1 [SCH-A, SCH-B]; c2 [SCH-A, SCH-B]; c3 [SCH-A, SCH-B] living in
     * SCH-A's catchment; c4 [SCH-B, SCH-C]; c5 [SCH-B, SCH-C]; c6 [SCH-B, SCH-C] living in SCH-B's
     * catchment. Given in the order c6, c4, c2, c5, c1, c3.
     */
    private List<RoundCandidate> sixCandidates() {
        return List.of(
                candidate(PersonId.of("person-0106"), c6, List.of(SCH_B, SCH_C), Set.of(SCH_B)),
                candidate(PersonId.of("person-0104"), c4, List.of(SCH_B, SCH_C), Set.of()),
                candidate(PersonId.of("person-0102"), c2, List.of(SCH_A, SCH_B), Set.of()),
                candidate(PersonId.of("person-0105"), c5, List.of(SCH_B, SCH_C), Set.of()),
                candidate(PersonId.of("person-0101"), c1, List.of(SCH_A, SCH_B), Set.of()),
                candidate(PersonId.of("person-0103"), c3, List.of(SCH_A, SCH_B), Set.of(SCH_A)));
    }

    /**
     * Worked by hand. Seats SCH-A 2, SCH-B 1, SCH-C 1. Ranking by score: c1 60, c2 55, c3 50, then c4
     * and c5 tie at 45.00 — the default chain looks at P04 first: E's 20.00 beats D's 15.00, so c5 is 4th
     * and c4 5th — and c6 40 is 6th.
     * <ol>
     * <li>First proposals: SCH-A gets c1, c2, c3 and keeps 2 by priority: c3 (catchment) and c1 (rank 1);
     * c2 is rejected. SCH-B gets c4, c5, c6 and keeps 1: c6 (catchment) over c5 and c4.</li>
     * <li>c2 proposes to SCH-B: c6 has catchment priority, c2 is rejected and has no choice left.</li>
     * <li>c5 proposes to SCH-C (free): held. c4 proposes to SCH-C: c5 ranks higher (the tie-break), c4 is
     * rejected and has no choice left.</li>
     * </ol>
     * Result: c1 SCH-A, c3 SCH-A, c5 SCH-C, c6 SCH-B; c2 and c4 left for coordinated placement (统筹安排).
     * c2 envies SCH-A and SCH-B, both justly (a catchment child and a higher rank hold them).
     */
    @Test
    void aSchoolRound_placesChildrenByDeferredAcceptanceWithCatchmentPriorityAndTheDefaultTieBreak() {
        sixFamilies();
        Programme school = f.define(TestProgrammes.school());

        Round round = f.run(school, sixCandidates());

        assertThat(describe(round)).containsExactly(
                "1 person-0101 陈小一 60.00 SCH-A",
                "2 person-0102 林小二 55.00 UNPLACED",
                "3 person-0103 王小三 50.00 SCH-A",
                "4 person-0105 钱小五 45.00 SCH-C",
                "5 person-0104 赵小四 45.00 UNPLACED",
                "6 person-0106 孙小六 40.00 SCH-B");
        assertThat(round.results().get(1).reasonText()).isEqualTo("所填志愿学校均已满额，由教育部门统筹安排");
        assertThat(round.results().get(0).reasonText()).isEmpty();
        assertThat(round.id().value()).isEqualTo("RND-000001");
        assertThat(round.programme()).isEqualTo(school.code());
        assertThat(round.cutoffDate()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(round.knownAt()).isEqualTo(RUN_AT);
        assertThat(round.runAt()).isEqualTo(RUN_AT);
        assertThat(round.reproduction()).isFalse();
        assertThat(round.candidates()).isEqualTo(sixCandidates());
        assertThat(round.places()).containsExactly(Map.entry(SCH_A, 2), Map.entry(SCH_B, 1), Map.entry(SCH_C, 1));
        assertThat(f.adapters.rounds().find(round.id())).contains(round);
    }

    @Test
    void aSchoolRound_grantsAnEntitlementToEveryPlacedChild_heldByTheApplicantWhoseScoreServed() {
        sixFamilies();
        Programme school = f.define(TestProgrammes.school());

        Round round = f.run(school, sixCandidates());

        assertThat(f.allEntitlements()).extracting(e -> e.id().value(), e -> e.holder().value(),
                e -> e.beneficiaryName(), Entitlement::programme, Entitlement::place, Entitlement::grantedAt,
                Entitlement::active).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("RND-000001:1", "person-0101", "陈小一", "HS-SCHOOL-2024",
                                "SCH-A", RUN_AT, true),
                        org.assertj.core.groups.Tuple.tuple("RND-000001:3", "person-0103", "王小三", "HS-SCHOOL-2024",
                                "SCH-A", RUN_AT, true),
                        org.assertj.core.groups.Tuple.tuple("RND-000001:4", "person-0105", "钱小五", "HS-SCHOOL-2024",
                                "SCH-C", RUN_AT, true),
                        org.assertj.core.groups.Tuple.tuple("RND-000001:6", "person-0106", "孙小六", "HS-SCHOOL-2024",
                                "SCH-B", RUN_AT, true));
        assertThat(f.adapters.entitlements().find(new org.jifen.domain.entitlement.EntitlementId("RND-000001:1"))
                .orElseThrow().beneficiary()).isEqualTo(c1.idNumber());
        assertThat(round.placed()).hasSize(4);
    }

    @Test
    void aRound_isAuditedOnce_withCountsAndNoPersonalData() {
        sixFamilies();
        Programme school = f.define(TestProgrammes.school());
        int before = f.audit().size();

        f.run(school, sixCandidates());

        List<AuditEvent> added = f.audit().subList(before, f.audit().size());
        assertThat(added).hasSize(1);
        AuditEvent event = added.get(0);
        assertThat(event.action()).isEqualTo(AuditAction.ROUND_RUN);
        assertThat(event.actor()).isEqualTo("admin-hs");
        assertThat(event.subject()).isEqualTo("RND-000001");
        assertThat(event.at()).isEqualTo(RUN_AT);
        assertThat(event.details()).isEqualTo("programme HS-SCHOOL-2024 (SCHOOL_ENROLMENT, 330203), cut-off 2024-06-30,"
                + " known at 2024-07-01T02:00:00Z, 6 candidates: 4 placed, {BELOW_MINIMUM=0, FROZEN=0, NOT_ELIGIBLE=0,"
                + " UNPLACED=2}, 4 entitlements granted");
        assertThat(event.details()).doesNotContain(c1.idNumber().value(), "陈小一");
    }

    @Test
    void anotherTieBreakChain_residenceTimeFirst_ranksTheTiedChildrenTheOtherWayRound() {
        sixFamilies();
        Programme p05First = f.define(TestProgrammes.schoolWithChain("HS-SCHOOL-P05",
                List.of(TestProgrammes.indicator("P05"), TestProgrammes.indicator("P04"),
                        new TieBreak.EarlierSubmission())));

        Round round = f.run(p05First, sixCandidates());

        // D's P05 10.00 beats E's 5.00: c4 is 4th and takes SCH-C; c5 is rejected there.
        assertThat(describe(round)).containsExactly(
                "1 person-0101 陈小一 60.00 SCH-A",
                "2 person-0102 林小二 55.00 UNPLACED",
                "3 person-0103 王小三 50.00 SCH-A",
                "4 person-0104 赵小四 45.00 SCH-C",
                "5 person-0105 钱小五 45.00 UNPLACED",
                "6 person-0106 孙小六 40.00 SCH-B");
    }

    /**
     * X, Y and Z have equal scores (50.00) and equal P04 and P05 points: the earlier first application in
     * Haishu decides. X applied 2024-03-01, Y 2024-04-01 (and in Yinzhou on 2024-01-01, which does not
     * count for a Haishu programme), Z never: Z ranks last, though Z's child has the smallest ID number.
     */
    @Test
    void equalScoresAndIndicatorPoints_areOrderedByTheEarlierApplication_andNoApplicationRanksLast() {
        Person x = f.applicant("person-0201", "徐一", 201);
        Person y = f.applicant("person-0202", "杨二", 202);
        Person z = f.applicant("person-0203", "周三", 203);
        for (Person p : List.of(x, y, z)) {
            f.points(p, "20", "10", "20");
        }
        f.submitted(x.id(), "APP-X", TestData.chinaTime(LocalDate.of(2024, 3, 1), 9, 0), TestData.HAISHU);
        f.submitted(y.id(), "APP-Y", TestData.chinaTime(LocalDate.of(2024, 4, 1), 9, 0), TestData.HAISHU);
        f.submitted(y.id(), "APP-Y-YZ", TestData.chinaTime(LocalDate.of(2024, 1, 1), 9, 0), TestData.YINZHOU);
        Programme school = f.define(TestProgrammes.school());

        Round round = f.run(school, List.of(
                candidate("person-0203", child("周小三", 1), SCH_A),
                candidate("person-0202", child("杨小二", 2), SCH_A),
                candidate("person-0201", child("徐小一", 3), SCH_A)), Map.of(SCH_A, 1));

        assertThat(describe(round)).containsExactly(
                "1 person-0201 徐小一 50.00 SCH-A",
                "2 person-0202 杨小二 50.00 UNPLACED",
                "3 person-0203 周小三 50.00 UNPLACED");
        assertThat(round.places()).containsExactly(Map.entry(SCH_A, 1));
    }

    @Test
    void aChildWithNoPreferences_isLeftForCoordinatedPlacementInASchoolRound() {
        Person a = f.applicant("person-0101", "陈军", 101);
        f.points(a, "30", "10", "20");
        Programme school = f.define(TestProgrammes.school());

        Round round = f.run(school, List.of(candidate("person-0101", c1)));

        assertThat(describe(round)).containsExactly("1 person-0101 陈小一 60.00 UNPLACED");
        assertThat(round.results().get(0).reasonText()).isEqualTo("未填报志愿学校，由教育部门统筹安排");
        assertThat(f.allEntitlements()).isEmpty();
    }

    // ------------------------------------------------------------------------------ exclusions

    @Nested
    class Exclusions {

        /**
         * G earned P04 20.00 effective 2022-05-01, during the 浙里新市民 trial run (from 2022-03-01 until the
         * Haishu catalogue took effect on 2022-07-01); P05 5.00 effective 2022-07-01 (after it); M06 2.00
         * effective 2022-02-28 (before it); M01 20.00 effective 2024-05-01. School enrolment excludes the
         * trial run: 27.00, below the minimum 30.00. Household registration counts everything: 47.00.
         */
        @Test
        void trialRunPoints_doNotCountForSchoolEnrolment_butDoForHouseholdRegistration() {
            Person g = f.applicant("person-0301", "郭刚", 301);
            f.points(g.id(), "P04", "20", LocalDate.of(2022, 5, 1), TestData.chinaTime(LocalDate.of(2022, 5, 1), 9, 0));
            f.points(g.id(), "P05", "5", LocalDate.of(2022, 7, 1), TestData.chinaTime(LocalDate.of(2022, 7, 1), 9, 0));
            f.points(g.id(), "M06", "2", LocalDate.of(2022, 2, 28),
                    TestData.chinaTime(LocalDate.of(2022, 2, 28), 9, 0));
            f.points(g.id(), "M01", "20", POINTS_DAY, POINTS_RECORDED);
            Programme school = f.define(TestProgrammes.school());
            Programme registration = f.define(TestProgrammes.registration());
            Beneficiary herself = new Beneficiary(g.idNumber(), g.name());

            Round schoolRound = f.run(school, List.of(candidate("person-0301", c1, SCH_A)));
            Round registrationRound = f.run(registration, List.of(candidate("person-0301", herself)));

            assertThat(describe(schoolRound)).containsExactly("0 person-0301 陈小一 27.00 BELOW_MINIMUM");
            assertThat(schoolRound.results().get(0).reasonText()).isEqualTo("积分27.00低于本项目最低分30.00");
            assertThat(describe(registrationRound)).containsExactly("1 person-0301 郭刚 47.00 QUOTA-2024");
            assertThat(f.allEntitlements()).extracting(Entitlement::programme, Entitlement::place)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("HS-HUKOU-2024", "QUOTA-2024"));
        }

        /**
         * H has 60.00 of points and a detention (M91 −10.00) on 2024-03-31: frozen until 2025-03-30, which
         * covers the cut-off date — H's child takes no part (score 50.00 shown). K's detention on 2023-05-01
         * froze K until 2024-04-30 only: K takes part with 50.00.
         */
        @Test
        void aFrozenAccount_isLeftOutWithFrozen_whileAFreezeEndedBeforeTheCutoffDoesNotMatter() {
            Person h = f.applicant("person-0401", "黄海", 401);
            Person k = f.applicant("person-0402", "孔凯", 402);
            f.points(h, "30", "10", "20");
            f.points(k, "30", "10", "20");
            f.detention(h.id(), LocalDate.of(2024, 3, 31), POINTS_RECORDED);
            f.detention(k.id(), LocalDate.of(2023, 5, 1), POINTS_RECORDED);
            Programme school = f.define(TestProgrammes.school());

            Round round = f.run(school, List.of(candidate("person-0401", c1, SCH_A),
                    candidate("person-0402", c2, SCH_A)));

            assertThat(describe(round)).containsExactly(
                    "1 person-0402 林小二 50.00 SCH-A",
                    "0 person-0401 陈小一 50.00 FROZEN");
            assertThat(round.results().get(1).reasonText())
                    .isEqualTo("扣分冻结期2024-03-31至2025-03-30，覆盖积分截止日2024-06-30，不参与本轮");
            assertThat(f.allEntitlements()).extracting(e -> e.holder().value()).containsExactly("person-0402");
        }

        @Test
        void aScoreUnderTheMinimum_isLeftOutWithBelowMinimum_andExactlyTheMinimumTakesPart() {
            Person low = f.applicant("person-0501", "罗力", 501);
            Person exact = f.applicant("person-0502", "郑毅", 502);
            f.points(low, "9.75", "0", "20");
            f.points(exact, "10", "0", "20");
            Programme school = f.define(TestProgrammes.school());

            Round round = f.run(school, List.of(candidate("person-0501", c1, SCH_A),
                    candidate("person-0502", c2, SCH_A)));

            assertThat(describe(round)).containsExactly(
                    "1 person-0502 林小二 30.00 SCH-A",
                    "0 person-0501 陈小一 29.75 BELOW_MINIMUM");
            assertThat(round.results().get(1).reasonText()).isEqualTo("积分29.75低于本项目最低分30.00");
            assertThat(round.results().get(1).rank()).isZero();
        }

        @Test
        void anUnknownApplicant_andOneLivingInAnotherDistrict_areNotEligible() {
            Person yinzhou = f.applicant("person-0601", "叶舟", 601, TestData.YINZHOU);
            f.points(yinzhou, "30", "10", "20");
            Person a = f.applicant("person-0101", "陈军", 101);
            f.points(a, "20", "10", "20");
            Programme school = f.define(TestProgrammes.school());

            Round round = f.run(school, List.of(candidate("person-9999", c1, SCH_A),
                    candidate("person-0601", c2, SCH_A), candidate("person-0101", c3, SCH_A)));

            assertThat(describe(round)).containsExactly(
                    "1 person-0101 王小三 50.00 SCH-A",
                    "0 person-9999 陈小一 0.00 NOT_ELIGIBLE",
                    "0 person-0601 林小二 60.00 NOT_ELIGIBLE");
            assertThat(round.results().get(1).reasonText()).isEqualTo("申请人person-9999未登记");
            assertThat(round.results().get(2).reasonText())
                    .isEqualTo("申请人居住登记在330212，不在本项目所在区海曙区（330203）");
            assertThat(f.allEntitlements()).hasSize(1);
        }

        @Test
        void aBeneficiaryOutsideTheApplicantsHousehold_isNotEligible() {
            Person a = f.applicant("person-0101", "陈军", 101);
            f.points(a, "20", "10", "20");
            Person b = f.applicant("person-0102", "周敏", 102);
            f.points(b, "25", "10", "20");
            Programme school = f.define(TestProgrammes.school());
            f.inHouseholds(List.of(candidate("person-0101", c1, SCH_A)));

            // 周敏 names 陈军's child, who is not in her household
            Round round = f.runAsGiven(school, List.of(candidate("person-0101", c1, SCH_A),
                    candidate("person-0102", c2, SCH_A)));

            assertThat(describe(round)).containsExactly(
                    "1 person-0101 陈小一 50.00 SCH-A",
                    "0 person-0102 林小二 0.00 NOT_ELIGIBLE");
            assertThat(round.results().get(1).reasonText())
                    .isEqualTo("受益人不是申请人本人或其家庭成员（配偶、子女），不能使用申请人的积分");
            assertThat(f.allEntitlements()).hasSize(1);
        }
    }

    // ------------------------------------------------------------------------------ family use

    @Nested
    class FamilyUse {

        /**
         * 一人参评、家庭应用: 刘洋 (35.00) applies for the child; his wife 刘妻 also applied (50.00): her
         * score serves, and she holds the entitlement. 马超 (50.00) applies; his wife (35.00) does not beat
         * him. 何平 (60.00)'s wife has 70.00 but is frozen: his own score serves.
         */
        @Test
        void whereBothParentsApplied_theHigherUsableScoreServes_andItsHolderGetsTheEntitlement() {
            Person liu = f.applicant("person-0701", "刘洋", 701);
            Person liuWife = f.applicant("person-0702", "刘妻", 702);
            Person ma = f.applicant("person-0703", "马超", 703);
            Person maWife = f.applicant("person-0704", "马妻", 704);
            Person he = f.applicant("person-0705", "何平", 705);
            Person heWife = f.applicant("person-0706", "何妻", 706);
            f.points(liu, "5", "10", "20");
            f.points(liuWife, "20", "10", "20");
            f.points(ma, "20", "10", "20");
            f.points(maWife, "5", "10", "20");
            f.points(he, "30", "10", "20");
            f.points(heWife, "30", "20", "20");
            f.detention(heWife.id(), LocalDate.of(2024, 6, 1), POINTS_RECORDED);
            f.married(liu, liuWife);
            f.married(ma, maWife);
            f.married(he, heWife);
            Programme school = f.define(TestProgrammes.school());

            Round round = f.run(school, List.of(candidate("person-0701", c1, SCH_A, SCH_B),
                    candidate("person-0703", c2, SCH_A, SCH_B), candidate("person-0705", c3, SCH_A, SCH_B)));

            assertThat(describe(round)).containsExactly(
                    "1 person-0705 王小三 60.00 SCH-A",
                    "2 person-0702 陈小一 50.00 SCH-A",
                    "3 person-0703 林小二 50.00 SCH-B");
            assertThat(f.allEntitlements()).extracting(e -> e.holder().value(), Entitlement::beneficiaryName)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("person-0705", "王小三"),
                            org.assertj.core.groups.Tuple.tuple("person-0702", "陈小一"),
                            org.assertj.core.groups.Tuple.tuple("person-0703", "林小二"));
        }

        @Test
        void anExcludedApplicant_isServedByTheSpousesUsableScore() {
            Person frozen = f.applicant("person-0801", "冯东", 801);
            Person wife = f.applicant("person-0802", "冯妻", 802);
            f.points(frozen, "30", "10", "20");
            f.points(wife, "10", "10", "20");
            f.detention(frozen.id(), LocalDate.of(2024, 3, 31), POINTS_RECORDED);
            f.married(frozen, wife);
            Programme school = f.define(TestProgrammes.school());

            Round round = f.run(school, List.of(candidate("person-0801", c1, SCH_A)));

            assertThat(describe(round)).containsExactly("1 person-0802 陈小一 40.00 SCH-A");
        }
    }

    // ------------------------------------------------------------------------------ housing and registration

    /**
     * Rental units are filled in rank order, without catchment priority: R1 (70.00, no preference)
     * takes the first unit in code order, UNIT-A; R2 (60.00) wants only UNIT-A and gets nothing; R3
     * (50.00, no preference) takes UNIT-B; R4 (45.00) claims UNIT-A's "catchment", which counts for
     * nothing here, and gets nothing; R5 (35.00) is under the minimum 40.00.
     */
    @Test
    void aRentalRound_fillsUnitsInRankOrder_noPreferenceMeaningAnyUnitInCodeOrder_andIgnoresCatchment() {
        String[] ids = {"person-0901", "person-0902", "person-0903", "person-0904", "person-0905"};
        String[][] points = {{"30", "20", "20"}, {"30", "10", "20"}, {"20", "10", "20"}, {"15", "10", "20"},
            {"5", "10", "20"}};
        List<Beneficiary> families = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            Person p = f.applicant(ids[i], "租户" + (i + 1), 901 + i);
            f.points(p, points[i][0], points[i][1], points[i][2]);
            families.add(new Beneficiary(p.idNumber(), p.name()));
        }
        Programme rental = f.define(TestProgrammes.rental());

        Round round = f.run(rental, List.of(
                candidate(PersonId.of(ids[3]), families.get(3), List.of(UNIT_A), Set.of(UNIT_A)),
                candidate(ids[4], families.get(4)),
                candidate(ids[2], families.get(2)),
                candidate(ids[1], families.get(1), UNIT_A),
                candidate(ids[0], families.get(0))));

        assertThat(describe(round)).containsExactly(
                "1 person-0901 租户1 70.00 UNIT-A",
                "2 person-0902 租户2 60.00 UNPLACED",
                "3 person-0903 租户3 50.00 UNIT-B",
                "4 person-0904 租户4 45.00 UNPLACED",
                "0 person-0905 租户5 35.00 BELOW_MINIMUM");
        assertThat(round.results().get(1).reasonText()).isEqualTo("公租房保障名额已满，本轮未获分配");
        assertThat(round.kind()).isEqualTo(rental.kind());
    }

    @Test
    void aRegistrationRound_takesTheQuotaByRanking() {
        Person first = f.applicant("person-1001", "落户一", 1);
        Person second = f.applicant("person-1002", "落户二", 2);
        Person third = f.applicant("person-1003", "落户三", 3);
        f.points(first, "10", "0", "0");
        f.points(second, "30", "0", "0");
        f.points(third, "20", "0", "0");
        Programme registration = f.define(TestProgrammes.registration());

        Round round = f.run(registration, List.of(
                candidate("person-1001", new Beneficiary(first.idNumber(), first.name())),
                candidate("person-1002", new Beneficiary(second.idNumber(), second.name()), QUOTA),
                candidate("person-1003", new Beneficiary(third.idNumber(), third.name()))));

        assertThat(describe(round)).containsExactly(
                "1 person-1002 落户二 30.00 QUOTA-2024",
                "2 person-1003 落户三 20.00 QUOTA-2024",
                "3 person-1001 落户一 10.00 UNPLACED");
    }

    // ------------------------------------------------------------------------------ fraud

    @Test
    void clearingAfterFraud_revokesTheSchoolPlaceWithTheCaseNumber_andTheStoredRoundStaysAsItRan() {
        sixFamilies();
        Programme school = f.define(TestProgrammes.school());
        Round round = f.run(school, sixCandidates());
        Instant clearedAt = TestData.chinaTime(LocalDate.of(2024, 8, 15), 9, 0);
        f.clock.set(clearedAt);

        f.jifen.clearPoints().clear(new ClearPointsCommand(HAISHU_ADMIN, PersonId.of("person-0101"),
                "海公(刑)字2024第007号", "伪造居住证明"));

        List<Entitlement> held = f.jifen.entitlements().entitlements(new EntitlementsQuery(TestCallers.HAISHU_CLERK,
                PersonId.of("person-0101")));
        assertThat(held).hasSize(1);
        Entitlement revoked = held.get(0);
        assertThat(revoked.id().value()).isEqualTo("RND-000001:1");
        assertThat(revoked.place()).isEqualTo("SCH-A");
        assertThat(revoked.active()).isFalse();
        assertThat(revoked.revocation()).contains(new Revocation("积分清零: 伪造居住证明", "海公(刑)字2024第007号",
                "admin-hs", clearedAt));
        assertThat(f.allEntitlements()).filteredOn(Entitlement::active).extracting(e -> e.id().value())
                .containsExactly("RND-000001:3", "RND-000001:4", "RND-000001:6");
        assertThat(f.jifen.getRound().round(new RoundQuery(HAISHU_ADMIN, round.id()))).isEqualTo(round);
        // re-run now: 陈军's points are cleared; as known at the first run they still count
        assertThat(describe(f.run(school, sixCandidates()))).contains("0 person-0101 陈小一 0.00 BELOW_MINIMUM");
        assertThat(f.runAsKnownAt(school, sixCandidates(), RUN_AT).results()).isEqualTo(round.results());
    }

    // ------------------------------------------------------------------------------ reproducibility

    /**
     * After the first round (2024-07-01 10:00), E's social insurance is corrected on 2024-07-05 (+10.00
     * P04, effective 2024-05-01): E now has 55.00. On 2024-07-08 the round re-run as known at the first
     * run's time gives exactly the first lines; run as known now it gives different lines — c5 is 2nd
     * (55.00, P04 30.00 beats c2's 25.00), c2 3rd.
     */
    @Test
    void reRunningAsKnownAtTheOriginalTime_afterALaterCorrection_givesTheSameLines_andNowGivesOthers() {
        sixFamilies();
        Programme school = f.define(TestProgrammes.school());
        Round first = f.run(school, sixCandidates());
        f.correction(PersonId.of("person-0105"), "P04", "10", TestData.chinaTime(LocalDate.of(2024, 7, 5), 9, 0));
        Instant july8 = TestData.chinaTime(LocalDate.of(2024, 7, 8), 10, 0);
        f.clock.set(july8);

        Round reproduced = f.runAsKnownAt(school, sixCandidates(), first.knownAt());
        List<Entitlement> afterReproduction = f.allEntitlements();
        Round now = f.run(school, sixCandidates());

        assertThat(reproduced.results()).isEqualTo(first.results());
        assertThat(reproduced.knownAt()).isEqualTo(RUN_AT);
        assertThat(reproduced.runAt()).isEqualTo(july8);
        assertThat(reproduced.reproduction()).isTrue();
        assertThat(reproduced.id().value()).isEqualTo("RND-000002");
        assertThat(f.adapters.rounds().find(reproduced.id())).contains(reproduced);
        assertThat(afterReproduction).as("a re-run as known at an earlier time grants nothing").hasSize(4);
        assertThat(describe(now)).containsExactly(
                "1 person-0101 陈小一 60.00 SCH-A",
                "2 person-0105 钱小五 55.00 SCH-C",
                "3 person-0102 林小二 55.00 UNPLACED",
                "4 person-0103 王小三 50.00 SCH-A",
                "5 person-0104 赵小四 45.00 UNPLACED",
                "6 person-0106 孙小六 40.00 SCH-B");
        assertThat(now.knownAt()).isEqualTo(july8);
        assertThat(f.allEntitlements()).hasSize(8);
        assertThat(f.adapters.rounds().findByProgramme(school.code())).containsExactly(first, reproduced, now);
    }

    @Test
    void aPenaltyRecordedAfterTheRun_doesNotFreezeTheReproducedRound() {
        sixFamilies();
        Programme school = f.define(TestProgrammes.school());
        Round first = f.run(school, sixCandidates());
        f.detention(PersonId.of("person-0101"), LocalDate.of(2024, 6, 1),
                TestData.chinaTime(LocalDate.of(2024, 7, 2), 9, 0));
        f.clock.set(TestData.chinaTime(LocalDate.of(2024, 7, 3), 9, 0));

        Round reproduced = f.runAsKnownAt(school, sixCandidates(), RUN_AT);
        Round now = f.run(school, sixCandidates());

        assertThat(reproduced.results()).isEqualTo(first.results());
        assertThat(describe(now)).contains("0 person-0101 陈小一 50.00 FROZEN");
    }

    // ------------------------------------------------------------------------------ determinism

    @Test
    void candidatesGivenInAnyOrder_giveIdenticalResults() {
        sixFamilies();
        Person g = f.applicant("person-0301", "郭刚", 301);
        f.points(g, "5", "5", "10");
        Programme school = f.define(TestProgrammes.school());
        List<RoundCandidate> candidates = new ArrayList<>(sixCandidates());
        candidates.add(candidate("person-0301", child("郭小七", 7), SCH_A));
        candidates.add(candidate("person-9999", child("无名", 8), SCH_B));
        Round reference = f.run(school, candidates);

        for (long seed = 1; seed <= 25; seed++) {
            List<RoundCandidate> shuffled = new ArrayList<>(candidates);
            Collections.shuffle(shuffled, new Random(seed));

            Round round = f.run(school, shuffled);

            assertThat(round.results()).as("seed %d", seed).isEqualTo(reference.results());
            assertThat(round.candidates()).isEqualTo(shuffled);
        }
        assertThat(describe(reference)).endsWith("0 person-0301 郭小七 20.00 BELOW_MINIMUM",
                "0 person-9999 无名 0.00 NOT_ELIGIBLE");
    }

    // ------------------------------------------------------------------------------ places override

    @Test
    void placesGivenForTheRound_replaceTheProgrammesPlaces() {
        sixFamilies();
        Programme school = f.define(TestProgrammes.school());

        Round round = f.run(school, sixCandidates(), Map.of(SCH_A, 3, SCH_B, 0, SCH_C, 2));

        // SCH-A: c3 (catchment), c1, c2; SCH-B has no seat, so c4, c5, c6 go on to SCH-C (2 seats): c5, c4
        assertThat(describe(round)).containsExactly(
                "1 person-0101 陈小一 60.00 SCH-A",
                "2 person-0102 林小二 55.00 SCH-A",
                "3 person-0103 王小三 50.00 SCH-A",
                "4 person-0105 钱小五 45.00 SCH-C",
                "5 person-0104 赵小四 45.00 SCH-C",
                "6 person-0106 孙小六 40.00 UNPLACED");
        assertThat(round.places()).containsExactly(Map.entry(SCH_A, 3), Map.entry(SCH_B, 0), Map.entry(SCH_C, 2));
    }

    // ------------------------------------------------------------------------------ refusals

    @Nested
    class Refusals {

        private Programme school;
        private int auditBefore;

        private void givenTheSixFamilies() {
            sixFamilies();
            school = f.define(TestProgrammes.school());
            auditBefore = f.audit().size();
        }

        private void refused(RunRoundCommand command, String code) {
            assertRefusedWith(() -> f.jifen.runRound().run(command), code);
            assertThat(f.adapters.rounds().findByProgramme(command.programme())).isEmpty();
            assertThat(f.allEntitlements()).isEmpty();
            assertThat(f.audit()).hasSize(auditBefore);
            assertThat(f.adapters.ids().next("RND")).as("no round id was taken").isEqualTo("RND-000001");
        }

        private RunRoundCommand command(Caller caller, List<RoundCandidate> candidates) {
            return new RunRoundCommand(caller, school.code(), candidates);
        }

        @Test
        void aClerk_isRefusedWithForbidden() {
            givenTheSixFamilies();
            refused(command(TestCallers.HAISHU_CLERK, sixCandidates()), "FORBIDDEN");
        }

        @Test
        void aSupervisor_isRefusedWithForbidden() {
            givenTheSixFamilies();
            refused(command(TestCallers.HAISHU_SUPERVISOR, sixCandidates()), "FORBIDDEN");
        }

        @Test
        void anAdministratorOfAnotherDistrict_isRefusedWithOutOfJurisdiction() {
            givenTheSixFamilies();
            refused(command(YINZHOU_ADMIN, sixCandidates()), "OUT_OF_JURISDICTION");
        }

        @Test
        void anUnknownProgramme_isRefusedWithProgrammeNotFound() {
            givenTheSixFamilies();
            refused(new RunRoundCommand(HAISHU_ADMIN, new org.jifen.domain.programme.ProgrammeCode("HS-NONE"),
                    sixCandidates()), "PROGRAMME_NOT_FOUND");
        }

        @Test
        void aPreferenceNamingAnUnknownPlace_isRefusedWithUnknownPlace() {
            givenTheSixFamilies();
            List<RoundCandidate> candidates = new ArrayList<>(sixCandidates());
            candidates.add(candidate("person-0101", child("陈小七", 7), SCH_A, new PlaceCode("SCH-X")));
            refused(command(HAISHU_ADMIN, candidates), "UNKNOWN_PLACE");
        }

        @Test
        void aCatchmentNamingAnUnknownPlace_isRefusedWithUnknownPlace() {
            givenTheSixFamilies();
            List<RoundCandidate> candidates = new ArrayList<>(sixCandidates());
            candidates.add(candidate(PersonId.of("person-0101"), child("陈小七", 7), List.of(SCH_A),
                    Set.of(new PlaceCode("SCH-X"))));
            refused(command(HAISHU_ADMIN, candidates), "UNKNOWN_PLACE");
        }

        @Test
        void aPreferenceForAPlaceTheRoundsPlacesLeaveOut_isRefusedWithUnknownPlace() {
            givenTheSixFamilies();
            refused(new RunRoundCommand(HAISHU_ADMIN, school.code(), sixCandidates(), Map.of(SCH_A, 2, SCH_B, 1),
                    Optional.empty()), "UNKNOWN_PLACE");
        }

        @Test
        void negativeSeats_areRefusedWithInvalidPlaces() {
            givenTheSixFamilies();
            refused(new RunRoundCommand(HAISHU_ADMIN, school.code(), sixCandidates(),
                    Map.of(SCH_A, 2, SCH_B, -1, SCH_C, 1), Optional.empty()), "INVALID_PLACES");
        }

        @Test
        void theSameBeneficiaryTwice_isRefusedWithDuplicateBeneficiary() {
            givenTheSixFamilies();
            List<RoundCandidate> candidates = new ArrayList<>(sixCandidates());
            candidates.add(candidate("person-0102", c1, SCH_C));
            refused(command(HAISHU_ADMIN, candidates), "DUPLICATE_BENEFICIARY");
        }

        @Test
        void knownAtLaterThanNow_isRefusedWithInvalidKnownAt() {
            givenTheSixFamilies();
            refused(new RunRoundCommand(HAISHU_ADMIN, school.code(), sixCandidates(), Map.of(),
                    Optional.of(RUN_AT.plusSeconds(1))), "INVALID_KNOWN_AT");
        }
    }
}
