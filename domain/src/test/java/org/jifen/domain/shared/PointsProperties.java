package org.jifen.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class PointsProperties {

    @Property
    void parseOfToString_roundTrips(@ForAll long hundredths) {
        Points points = new Points(hundredths);

        assertThat(Points.parse(points.toString())).isEqualTo(points);
    }

    @Property
    void toString_alwaysHasExactlyTwoDecimals(@ForAll long hundredths) {
        assertThat(new Points(hundredths).toString()).matches("-?\\d+\\.\\d{2}");
    }

    @Property
    void toString_isThePlainStringOfTheDecimal(@ForAll long hundredths) {
        Points points = new Points(hundredths);

        assertThat(points.toString()).isEqualTo(points.toBigDecimal().toPlainString());
    }

    @Property
    void ofToBigDecimal_roundTrips(@ForAll long hundredths) {
        Points points = new Points(hundredths);

        assertThat(Points.of(points.toBigDecimal())).isEqualTo(points);
    }

    @Property
    void plusThenMinus_givesBackTheStart(
            @ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long a,
            @ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long b) {
        Points x = new Points(a);
        Points y = new Points(b);

        assertThat(x.plus(y).minus(y)).isEqualTo(x);
        assertThat(x.plus(y)).isEqualTo(y.plus(x));
        assertThat(x.minus(y)).isEqualTo(x.plus(y.negate()));
    }

    @Property
    void clamp_staysWithinBounds_andKeepsValuesInside(
            @ForAll @LongRange(min = -100_000, max = 100_000) long value,
            @ForAll @LongRange(min = -100_000, max = 0) long low,
            @ForAll @LongRange(min = 0, max = 100_000) long high) {
        Points clamped = new Points(value).clamp(new Points(low), new Points(high));

        assertThat(clamped.hundredths()).isBetween(low, high);
        if (value >= low && value <= high) {
            assertThat(clamped.hundredths()).isEqualTo(value);
        }
    }
}
