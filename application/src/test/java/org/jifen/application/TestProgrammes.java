package org.jifen.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.person.TestIdNumbers;
import org.jifen.domain.programme.Beneficiary;
import org.jifen.domain.programme.PlaceCode;
import org.jifen.domain.programme.Programme;
import org.jifen.domain.programme.ProgrammeCode;
import org.jifen.domain.programme.ProgrammeKind;
import org.jifen.domain.programme.ResultReason;
import org.jifen.domain.programme.Round;
import org.jifen.domain.programme.RoundCandidate;
import org.jifen.domain.programme.RoundId;
import org.jifen.domain.programme.RoundResultLine;
import org.jifen.domain.programme.TieBreak;
import org.jifen.domain.shared.Points;

/**
 * Test data for programmes and rounds (积分应用): three Haishu programmes with the score cut-off date
 * 2024-06-30, children as beneficiaries with synthetic ID numbers, candidates and a stored round.
 */
public final class TestProgrammes {

    public static final LocalDate CUTOFF = LocalDate.of(2024, 6, 30);
    public static final PlaceCode SCH_A = new PlaceCode("SCH-A");
    public static final PlaceCode SCH_B = new PlaceCode("SCH-B");
    public static final PlaceCode SCH_C = new PlaceCode("SCH-C");
    public static final PlaceCode UNIT_A = new PlaceCode("UNIT-A");
    public static final PlaceCode UNIT_B = new PlaceCode("UNIT-B");
    public static final PlaceCode QUOTA = new PlaceCode("QUOTA-2024");

    private TestProgrammes() {
    }

    /**
     * 海曙区2024年义务教育积分入学: HS-SCHOOL-2024, minimum 30.00, trial-run points excluded, the default
     * chain (P04, P05, earlier submission), seats SCH-A 2, SCH-B 1, SCH-C 1.
     */
    public static Programme school() {
        return new Programme(new ProgrammeCode("HS-SCHOOL-2024"), ProgrammeKind.SCHOOL_ENROLMENT,
                "海曙区2024年义务教育积分入学", TestData.HAISHU, CUTOFF, Points.of(30), true, TieBreak.DEFAULT_CHAIN,
                Map.of(SCH_A, 2, SCH_B, 1, SCH_C, 1));
    }

    /** 海曙区2024年公租房保障: HS-RENTAL-2024, minimum 40.00, trial run counted, units UNIT-A 1 and UNIT-B 1. */
    public static Programme rental() {
        return new Programme(new ProgrammeCode("HS-RENTAL-2024"), ProgrammeKind.PUBLIC_RENTAL_HOUSING,
                "海曙区2024年公租房保障", TestData.HAISHU, CUTOFF, Points.of(40), false, TieBreak.DEFAULT_CHAIN,
                Map.of(UNIT_A, 1, UNIT_B, 1));
    }

    /** 海曙区2024年积分落户: HS-HUKOU-2024, minimum 0, trial run counted, a quota of 2 (QUOTA-2024). */
    public static Programme registration() {
        return new Programme(new ProgrammeCode("HS-HUKOU-2024"), ProgrammeKind.HOUSEHOLD_REGISTRATION,
                "海曙区2024年积分落户", TestData.HAISHU, CUTOFF, Points.ZERO, false, TieBreak.DEFAULT_CHAIN,
                Map.of(QUOTA, 2));
    }

    /** A programme with another tie-break chain: residence time (P05) before social insurance (P04). */
    public static Programme schoolWithChain(String code, List<TieBreak> chain) {
        Programme school = school();
        return new Programme(new ProgrammeCode(code), school.kind(), school.name(), school.district(),
                school.cutoffDate(), school.minScore(), school.excludeTrialRun(), chain, school.places());
    }

    public static TieBreak indicator(String code) {
        return new TieBreak.IndicatorPoints(IndicatorCode.of(code));
    }

    /** A child born in Haishu on 2018-09-{day} (sequence {@code day}), named as given. */
    public static Beneficiary child(String name, int day) {
        return new Beneficiary(TestIdNumbers.idNumber("330203", LocalDate.of(2018, 9, day), day), name);
    }

    public static RoundCandidate candidate(PersonId applicant, Beneficiary child, List<PlaceCode> preferences,
            Set<PlaceCode> catchment) {
        return new RoundCandidate(applicant, child, preferences, catchment);
    }

    public static RoundCandidate candidate(String applicant, Beneficiary child, PlaceCode... preferences) {
        return new RoundCandidate(PersonId.of(applicant), child, List.of(preferences), Set.of());
    }

    /**
     * A stored round of {@link #school()}: RND-000001 run 2024-07-01 10:00 China time as known then,
     * two candidates — 张小雨 placed at SCH-A (rank 1, 60.00), 李小明 unplaced (rank 2, 45.00) — and
     * 王小红 below the minimum (rank 0, 20.00).
     */
    public static Round aSchoolRound(String id, Instant runAt) {
        Beneficiary xiaoyu = child("张小雨", 1);
        Beneficiary xiaoming = child("李小明", 2);
        Beneficiary xiaohong = child("王小红", 3);
        List<RoundCandidate> candidates = List.of(
                candidate(PersonId.of("person-0001"), xiaoyu, List.of(SCH_A, SCH_B), Set.of(SCH_A)),
                candidate(PersonId.of("person-0002"), xiaoming, List.of(SCH_A), Set.of()),
                candidate(PersonId.of("person-0003"), xiaohong, List.of(SCH_C, SCH_B), Set.of(SCH_C, SCH_B)));
        List<RoundResultLine> results = List.of(
                new RoundResultLine(1, PersonId.of("person-0001"), xiaoyu, Points.parse("60.00"), Optional.of(SCH_A),
                        Optional.empty(), ""),
                new RoundResultLine(2, PersonId.of("person-0002"), xiaoming, Points.parse("45.00"), Optional.empty(),
                        Optional.of(ResultReason.UNPLACED), "所填志愿学校均已满额，由教育部门统筹安排"),
                new RoundResultLine(0, PersonId.of("person-0003"), xiaohong, Points.parse("20.00"), Optional.empty(),
                        Optional.of(ResultReason.BELOW_MINIMUM), "积分20.00低于本项目最低分30.00"));
        Programme school = school();
        return new Round(new RoundId(id), school.code(), school.kind(), school.district(), school.cutoffDate(),
                runAt, runAt, candidates, Map.of(SCH_A, 1, SCH_B, 0, SCH_C, 1), results);
    }
}
