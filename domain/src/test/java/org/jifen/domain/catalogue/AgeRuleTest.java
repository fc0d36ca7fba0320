package org.jifen.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.jifen.domain.shared.Points;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgeRuleTest {

    private static final LocalDate BORN = LocalDate.of(1980, 5, 20);
    private final Indicator age = TestCatalogues.indicator("P01");

    private Points scoreAtAge(int years) {
        return age.targetBalance(new Facts.BirthDate(BORN), BORN.plusYears(years));
    }

    @ParameterizedTest(name = "age {0} → {1}")
    @CsvSource({
            "17, 0", "18, 20", "25, 20", "40, 20", "41, 19", "42, 18", "50, 10", "54, 6",
            "55, 5", "58, 5", "60, 5", "61, 0", "70, 0", "0, 0"})
    void age_scoresByBand(int years, long points) {
        assertThat(scoreAtAge(years)).isEqualTo(Points.of(points));
    }

    @Test
    void age_countsFromTheBirthday_notTheDayBefore() {
        Facts born = new Facts.BirthDate(BORN);

        assertThat(age.rule().evaluate(born, LocalDate.of(2021, 5, 19))).isEqualTo(Points.of(20));  // 40
        assertThat(age.rule().evaluate(born, LocalDate.of(2021, 5, 20))).isEqualTo(Points.of(19));  // 41
        assertThat(age.rule().evaluate(born, LocalDate.of(1998, 5, 19))).isEqualTo(Points.ZERO);    // 17
        assertThat(age.rule().evaluate(born, LocalDate.of(1998, 5, 20))).isEqualTo(Points.of(20));  // 18
    }

    @Test
    void age_bornOn29February_turns41On1MarchOfACommonYear() {
        Facts born = new Facts.BirthDate(LocalDate.of(1980, 2, 29));

        assertThat(age.rule().evaluate(born, LocalDate.of(2021, 2, 28))).isEqualTo(Points.of(20));  // still 40
        assertThat(age.rule().evaluate(born, LocalDate.of(2021, 3, 1))).isEqualTo(Points.of(19));   // 41
        assertThat(age.rule().evaluate(born, LocalDate.of(2020, 2, 29))).isEqualTo(Points.of(20));  // 40 on the day
    }

    @Test
    void age_bornOn29February_turns18On1MarchOfACommonYear() {
        Facts born = new Facts.BirthDate(LocalDate.of(2004, 2, 29));

        assertThat(age.rule().evaluate(born, LocalDate.of(2022, 2, 28))).isEqualTo(Points.ZERO);
        assertThat(age.rule().evaluate(born, LocalDate.of(2022, 3, 1))).isEqualTo(Points.of(20));
    }

    @Test
    void age_bandsAreBuiltFromFromToPointsAndStep() {
        AgeBand band = new AgeBand(41, 54, Points.of(19), Points.of(-1));

        assertThat(band.covers(40)).isFalse();
        assertThat(band.covers(41)).isTrue();
        assertThat(band.covers(54)).isTrue();
        assertThat(band.covers(55)).isFalse();
        assertThat(band.pointsAt(41)).isEqualTo(Points.of(19));
        assertThat(band.pointsAt(54)).isEqualTo(Points.of(6));
        assertThatThrownBy(() -> new AgeBand(40, 39, Points.of(1), Points.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void age_describesItselfForTheValidator() {
        Rule rule = age.rule();

        assertThat(rule.kind()).isEqualTo(RuleKind.AGE);
        assertThat(rule.largestMagnitude()).contains(Points.of(20));
        assertThat(rule.smallestStep()).isEqualTo(Points.of(5));
        assertThat(rule.values()).containsExactly(Points.of(20), Points.of(20), Points.of(19), Points.of(6),
                Points.of(5), Points.of(5));
        assertThat(rule.fits(ScoringMethod.AUTO)).isTrue();
        assertThat(rule.fits(ScoringMethod.EVIDENCE)).isFalse();
        assertThat(rule.fits(ScoringMethod.MANUAL)).isFalse();
        assertThat(rule.problems()).isEmpty();
    }

    @Test
    void age_overlappingOrMissingBandsAreProblems() {
        AgeRule overlapping = new AgeRule(List.of(
                new AgeBand(18, 40, Points.of(20), Points.ZERO),
                new AgeBand(40, 54, Points.of(19), Points.of(-1))));

        assertThat(overlapping.problems()).extracting(RuleProblem::code).containsExactly("OVERLAPPING_BANDS");
        assertThat(new AgeRule(List.of()).problems()).extracting(RuleProblem::code).containsExactly("EMPTY_TABLE");
    }
}
