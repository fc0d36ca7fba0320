package org.jifen.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jifen.domain.shared.InvalidValueException;
import org.jifen.domain.shared.Points;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PerUnitRuleTest {

    private static final LocalDate ON = LocalDate.of(2023, 3, 1);
    private final Rule socialInsurance = TestCatalogues.indicator("P04").rule();   // 0.5 per full month
    private final Rule residenceTime = TestCatalogues.indicator("P05").rule();     // 0.25 per full month
    private final Rule tax = TestCatalogues.indicator("M03").rule();               // 2 per 10,000 yuan
    private final Rule residenceInHaishu = TestCatalogues.indicator("HS03").rule(); // 1 per 12 months

    @Test
    void perUnit_elevenMonthsOfSocialInsuranceAreFivePointFifty() {
        assertThat(socialInsurance.evaluate(Facts.Quantity.of(11), ON)).hasToString("5.50");
    }

    @Test
    void perUnit_quarterPointsPerMonthAreExact() {
        assertThat(residenceTime.evaluate(Facts.Quantity.of(7), ON)).hasToString("1.75");
    }

    @Test
    void perUnit_partialUnitsCountNothing() {
        assertThat(socialInsurance.evaluate(new Facts.Quantity(new BigDecimal("0.99")), ON)).isEqualTo(Points.ZERO);
        assertThat(socialInsurance.evaluate(new Facts.Quantity(new BigDecimal("11.99")), ON)).hasToString("5.50");
        assertThat(residenceInHaishu.evaluate(Facts.Quantity.of(23), ON)).isEqualTo(Points.of(1));
        assertThat(residenceInHaishu.evaluate(Facts.Quantity.of(24), ON)).isEqualTo(Points.of(2));
    }

    @ParameterizedTest(name = "{0} yuan of tax → {1}")
    @CsvSource({"0, 0.00", "9999, 0.00", "10000, 2.00", "19999, 2.00", "20000, 4.00", "99999.99, 18.00"})
    void perUnit_taxCountsOnlyFullTenThousands(String yuan, String points) {
        assertThat(tax.evaluate(new Facts.Quantity(new BigDecimal(yuan)), ON)).hasToString(points);
    }

    @Test
    void perUnit_aQuantityTooLargeToScore_isRefusedAsInvalidFacts_notAnArithmeticOverflow() {
        // found by HostileCsvFilesProperties: an 18-digit quantity in a system-data file stopped the import
        assertThatThrownBy(() -> socialInsurance.evaluate(new Facts.Quantity(new BigDecimal("510102199003071230")), ON))
                .isInstanceOf(InvalidFactsException.class)
                .hasMessage("a quantity of 510102199003071230 is too large to score (0.50 per 1 MONTH)")
                .extracting(e -> ((InvalidFactsException) e).code()).isEqualTo("INVALID_FACTS");
        assertThatThrownBy(() -> tax.evaluate(new Facts.Quantity(new BigDecimal("1e400")), ON))
                .isInstanceOf(InvalidFactsException.class).hasMessageStartingWith("a quantity of 1E+400 is too large");
        assertThat(socialInsurance.evaluate(new Facts.Quantity(new BigDecimal("18446744073709551")), ON).toString())
                .as("the largest quantities that fit are still scored exactly").isEqualTo("9223372036854775.50");
    }

    @Test
    void perUnit_ruleItselfIsUnclamped_theIndicatorCapsIt() {
        assertThat(socialInsurance.evaluate(Facts.Quantity.of(100), ON)).isEqualTo(Points.of(50));
        assertThat(TestCatalogues.indicator("P04").targetBalance(Facts.Quantity.of(100), ON)).isEqualTo(Points.of(30));
    }

    @Test
    void perUnit_spanIsCountedInFullMonths_withMonthEnds() {
        Facts span = new Facts.Span(LocalDate.of(2021, 1, 31), LocalDate.of(2021, 2, 28));

        assertThat(socialInsurance.evaluate(span, ON)).isEqualTo(Points.parse("0.50"));
    }

    @Test
    void perUnit_spanOneDayShortOfAMonthCountsNothing() {
        Facts span = new Facts.Span(LocalDate.of(2021, 1, 31), LocalDate.of(2021, 2, 27));

        assertThat(socialInsurance.evaluate(span, ON)).isEqualTo(Points.ZERO);
    }

    @Test
    void perUnit_spanCountsOnlyUpToTheScoringDate() {
        Facts span = new Facts.Span(LocalDate.of(2020, 1, 1), LocalDate.of(2030, 1, 1));

        assertThat(residenceInHaishu.evaluate(span, LocalDate.of(2022, 12, 31))).isEqualTo(Points.of(2));
        assertThat(residenceInHaishu.evaluate(span, LocalDate.of(2023, 1, 1))).isEqualTo(Points.of(3));
        assertThat(residenceInHaishu.evaluate(span, LocalDate.of(2019, 6, 1))).isEqualTo(Points.ZERO);
    }

    @Test
    void perUnit_spanIsRefusedForARuleNotCountedInMonths() {
        Facts span = new Facts.Span(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1));

        assertThatThrownBy(() -> tax.evaluate(span, ON))
                .isInstanceOf(InvalidFactsException.class)
                .hasFieldOrPropertyWithValue("code", "INVALID_FACTS");
    }

    @Test
    void perUnit_negativeQuantityIsRefusedWithInvalidFacts() {
        assertThatThrownBy(() -> Facts.Quantity.of(-1))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "INVALID_FACTS");
    }

    @Test
    void perUnit_spanEndingBeforeItStartsIsRefusedWithInvalidFacts() {
        assertThatThrownBy(() -> new Facts.Span(LocalDate.of(2021, 2, 1), LocalDate.of(2021, 1, 1)))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "INVALID_FACTS");
    }

    @Test
    void perUnit_unitSizeMustBePositive() {
        assertThatThrownBy(() -> new PerUnitRule(Points.of(1), BigDecimal.ZERO, Unit.MONTH))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void perUnit_describesItselfForTheValidator() {
        assertThat(socialInsurance.kind()).isEqualTo(RuleKind.PER_UNIT);
        assertThat(socialInsurance.largestMagnitude()).isEmpty();
        assertThat(socialInsurance.smallestStep()).hasToString("0.50");
        assertThat(socialInsurance.fits(ScoringMethod.AUTO)).isTrue();
        assertThat(socialInsurance.fits(ScoringMethod.EVIDENCE)).isTrue();
        assertThat(socialInsurance.fits(ScoringMethod.MANUAL)).isFalse();
    }
}
