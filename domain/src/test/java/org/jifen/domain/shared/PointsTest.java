package org.jifen.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PointsTest {

    @ParameterizedTest(name = "\"{0}\" is {1} hundredths, printed {2}")
    @CsvSource({
            "12.50, 1250, 12.50",
            "12.5, 1250, 12.50",
            "-3, -300, -3.00",
            "-3.00, -300, -3.00",
            "0.25, 25, 0.25",
            "0.5, 50, 0.50",
            "0.50, 50, 0.50",
            "+7.05, 705, 7.05",
            "0, 0, 0.00",
            "-0.01, -1, -0.01"})
    void parse_readsExactHundredths_andToStringPrintsTwoPlaces(String text, long hundredths, String printed) {
        Points points = Points.parse(text);

        assertThat(points.hundredths()).isEqualTo(hundredths);
        assertThat(points).hasToString(printed);
    }

    @Test
    void parse_toleratesSurroundingBlanks() {
        assertThat(Points.parse(" 1.25 ")).isEqualTo(new Points(125));
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"", " ", "abc", "1.234", "0.125", "1,5", "1.", ".5", "1e3", "--1", "12.5.0", "NaN"})
    void parse_refusesAnythingButADecimalWithAtMostTwoPlaces(String text) {
        assertThatThrownBy(() -> Points.parse(text))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "INVALID_POINTS")
                .hasFieldOrPropertyWithValue("field", "points");
    }

    @Test
    void parse_refusesNull() {
        assertThatThrownBy(() -> Points.parse(null))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "INVALID_POINTS");
    }

    @Test
    void parse_readsBackTheLargestAndSmallestValues() {
        assertThat(Points.parse("92233720368547758.07")).isEqualTo(new Points(Long.MAX_VALUE));
        assertThat(Points.parse("-92233720368547758.08")).isEqualTo(new Points(Long.MIN_VALUE));
    }

    @Test
    void parse_refusesValuesBeyondTheRange() {
        assertThatThrownBy(() -> Points.parse("92233720368547758.08"))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "INVALID_POINTS")
                .hasMessageContaining("out of range");
        assertThatThrownBy(() -> Points.parse("123456789012345678"))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "INVALID_POINTS");
    }

    @Test
    void ofWhole_isThatManyPoints() {
        assertThat(Points.of(20)).isEqualTo(new Points(2000)).hasToString("20.00");
        assertThat(Points.of(-50)).isEqualTo(new Points(-5000)).hasToString("-50.00");
    }

    @Test
    void ofBigDecimal_isExact() {
        assertThat(Points.of(new BigDecimal("0.25"))).isEqualTo(new Points(25));
        assertThat(Points.of(new BigDecimal("-19.9"))).isEqualTo(new Points(-1990));
        assertThat(Points.of(new BigDecimal("1E+2"))).isEqualTo(new Points(10_000));
    }

    @Test
    void ofBigDecimal_refusesThreeDecimalsInsteadOfRounding() {
        assertThatThrownBy(() -> Points.of(new BigDecimal("0.125")))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "INVALID_POINTS")
                .hasMessageContaining("0.125");
        assertThatThrownBy(() -> Points.of(new BigDecimal("12.501")))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "INVALID_POINTS");
    }

    @Test
    void ofBigDecimal_refusesNullAndValuesBeyondTheRange() {
        assertThatThrownBy(() -> Points.of((BigDecimal) null))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "INVALID_POINTS");
        assertThatThrownBy(() -> Points.of(new BigDecimal("100000000000000000000")))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "INVALID_POINTS");
    }

    @Test
    void toBigDecimal_hasScaleTwo() {
        assertThat(Points.parse("7.5").toBigDecimal()).isEqualTo(new BigDecimal("7.50"));
        assertThat(Points.parse("7.5").toBigDecimal().scale()).isEqualTo(2);
    }

    @Test
    void plusMinusTimesNegate_areExactDecimalArithmetic() {
        Points half = Points.parse("0.5");
        Points quarter = Points.parse("0.25");

        assertThat(half.plus(quarter)).hasToString("0.75");
        assertThat(quarter.minus(half)).hasToString("-0.25");
        assertThat(half.times(11)).hasToString("5.50");
        assertThat(quarter.times(-3)).hasToString("-0.75");
        assertThat(Points.parse("12.50").negate()).hasToString("-12.50");
        assertThat(Points.parse("-3").negate()).hasToString("3.00");
        assertThat(Points.parse("-3").abs()).hasToString("3.00");
        assertThat(Points.parse("3").abs()).hasToString("3.00");
    }

    @Test
    void plusOverflow_throwsArithmeticExceptionInsteadOfWrapping() {
        Points largest = new Points(Long.MAX_VALUE);

        assertThatThrownBy(() -> largest.plus(new Points(1))).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void minusTimesNegateOfWhole_overflowThrowsArithmeticException() {
        Points smallest = new Points(Long.MIN_VALUE);

        assertThatThrownBy(() -> smallest.minus(new Points(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> smallest.negate()).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Points.of(300).times(Long.MAX_VALUE / 100)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Points.of(Long.MAX_VALUE / 10)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void clamp_limitsToTheClosedRange() {
        Points low = Points.ZERO;
        Points high = Points.of(30);

        assertThat(Points.of(31).clamp(low, high)).isEqualTo(Points.of(30));
        assertThat(Points.parse("-0.01").clamp(low, high)).isEqualTo(Points.ZERO);
        assertThat(Points.parse("12.25").clamp(low, high)).isEqualTo(Points.parse("12.25"));
        assertThat(Points.of(30).clamp(low, high)).isEqualTo(Points.of(30));
        assertThat(Points.of(-90).clamp(Points.of(-50), Points.ZERO)).isEqualTo(Points.of(-50));
    }

    @Test
    void clamp_refusesAnEmptyRange() {
        assertThatThrownBy(() -> Points.of(5).clamp(Points.of(10), Points.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("10.00..0.00");
    }

    @Test
    void minAndMax_pickTheSmallerAndTheLarger() {
        Points a = Points.parse("2.50");
        Points b = Points.parse("2.25");

        assertThat(a.min(b)).isEqualTo(b);
        assertThat(b.min(a)).isEqualTo(b);
        assertThat(a.max(b)).isEqualTo(a);
        assertThat(b.max(a)).isEqualTo(a);
    }

    @Test
    void compareTo_ordersByValue_andIsConsistentWithEquals() {
        List<Points> points = new ArrayList<>(List.of(
                Points.parse("0.5"), Points.parse("-3"), Points.parse("0.25"), Points.parse("12.5")));
        Collections.sort(points);

        assertThat(points).extracting(Points::toString).containsExactly("-3.00", "0.25", "0.50", "12.50");
        assertThat(Points.parse("0.5").compareTo(Points.parse("0.50"))).isZero();
        assertThat(Points.parse("0.5")).isEqualTo(Points.parse("0.50"));
        assertThat(Points.parse("0.5").compareTo(Points.parse("0.51"))).isNegative();
        assertThat(Points.parse("0.51").compareTo(Points.parse("0.5"))).isPositive();
    }

    @Test
    void signPredicates_tellZeroNegativeAndPositive() {
        assertThat(Points.ZERO.isZero()).isTrue();
        assertThat(Points.ZERO.isPositive()).isFalse();
        assertThat(Points.ZERO.isNegative()).isFalse();
        assertThat(Points.parse("0.01").isPositive()).isTrue();
        assertThat(Points.parse("-0.01").isNegative()).isTrue();
        assertThat(Points.parse("-0.01").isZero()).isFalse();
    }
}
