package org.jifen.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.jifen.domain.shared.InvalidValueException;
import org.jifen.domain.shared.Points;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LevelRuleTest {

    private static final LocalDate ON = LocalDate.of(2023, 3, 1);
    private final Rule education = TestCatalogues.indicator("P02").rule();
    private final Rule skill = TestCatalogues.indicator("P03").rule();
    private final Rule residence = TestCatalogues.indicator("M01").rule();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"JUNIOR_HIGH, 5", "SENIOR_HIGH, 5", "ASSOCIATE, 8", "BACHELOR, 10", "MASTER, 10", "DOCTORATE, 10"})
    void level_educationScoresItsTableValue(String level, long points) {
        assertThat(education.evaluate(new Facts.LevelHeld(level), ON)).isEqualTo(Points.of(points));
    }

    @Test
    void level_isNotAdditive_bachelorIsTenNotFivePlusEightPlusTen() {
        assertThat(education.evaluate(new Facts.LevelHeld("BACHELOR"), ON)).isEqualTo(Points.of(10));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"SKILL_5, 3", "SKILL_4, 5", "SKILL_3, 8", "TITLE_JUNIOR, 8", "SKILL_2, 10", "SKILL_1, 10",
            "TITLE_INTERMEDIATE, 10", "TITLE_SENIOR, 10"})
    void level_skillScoresItsTableValue(String level, long points) {
        assertThat(skill.evaluate(new Facts.LevelHeld(level), ON)).isEqualTo(Points.of(points));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"EMPLOYER_DORMITORY, 10", "PUBLIC_RENTAL, 10", "REGISTERED_RENTAL, 10", "OWN_HOME, 20"})
    void level_residenceScoresItsTableValue(String level, long points) {
        assertThat(residence.evaluate(new Facts.LevelHeld(level), ON)).isEqualTo(Points.of(points));
    }

    @Test
    void level_unknownLevelIsRefusedWithInvalidFacts() {
        assertThatThrownBy(() -> education.evaluate(new Facts.LevelHeld("KINDERGARTEN"), ON))
                .isInstanceOf(InvalidFactsException.class)
                .hasFieldOrPropertyWithValue("code", "INVALID_FACTS")
                .hasMessageContaining("KINDERGARTEN");
    }

    @Test
    void level_levelOfAnotherFamilyIsRefusedWithInvalidFacts() {
        assertThatThrownBy(() -> education.evaluate(new Facts.LevelHeld("SKILL_1"), ON))
                .isInstanceOf(InvalidFactsException.class)
                .hasFieldOrPropertyWithValue("code", "INVALID_FACTS");
    }

    @Test
    void level_blankLevelIsRefusedWithInvalidFacts() {
        assertThatThrownBy(() -> new Facts.LevelHeld(" "))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "INVALID_FACTS");
    }

    @Test
    void level_describesItselfForTheValidator() {
        assertThat(education.kind()).isEqualTo(RuleKind.LEVEL);
        assertThat(education.largestMagnitude()).contains(Points.of(10));
        assertThat(education.smallestStep()).isEqualTo(Points.of(5));
        assertThat(education.fits(ScoringMethod.AUTO)).isFalse();
        assertThat(education.fits(ScoringMethod.EVIDENCE)).isTrue();
        assertThat(education.problems()).isEmpty();
    }

    @Test
    void level_tableMissingALevelOfItsFamilyIsAProblem() {
        LevelRule noDoctorate = new LevelRule(LevelFamily.EDUCATION, TestCatalogues.table(
                "JUNIOR_HIGH", "5", "SENIOR_HIGH", "5", "ASSOCIATE", "8", "BACHELOR", "10", "MASTER", "10"));

        assertThat(noDoctorate.problems()).extracting(RuleProblem::code).containsExactly("LEVEL_MISSING");
        assertThat(noDoctorate.problems().get(0).message()).contains("DOCTORATE");
    }
}
