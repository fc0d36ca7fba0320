package org.jifen.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.jifen.domain.shared.Points;
import org.junit.jupiter.api.Test;

class IndicatorTest {

    private static final LocalDate ON = LocalDate.of(2023, 3, 1);

    private static Facts.Events events(String... levels) {
        Facts.Event[] events = new Facts.Event[levels.length];
        for (int i = 0; i < levels.length; i++) {
            events[i] = new Facts.Event(levels[i], "case-" + i);
        }
        return new Facts.Events(List.of(events));
    }

    @Test
    void bonusCap_clampsTheTargetToTheCap() {
        Indicator socialInsurance = TestCatalogues.indicator("P04");  // 0.5 per month, cap 30

        assertThat(socialInsurance.targetBalance(Facts.Quantity.of(59), ON)).hasToString("29.50");
        assertThat(socialInsurance.targetBalance(Facts.Quantity.of(60), ON)).hasToString("30.00");
        assertThat(socialInsurance.targetBalance(Facts.Quantity.of(61), ON)).hasToString("30.00");
        assertThat(socialInsurance.targetBalance(Facts.Quantity.of(240), ON)).hasToString("30.00");
    }

    @Test
    void bonusCap_nothingHeldIsZero() {
        assertThat(TestCatalogues.indicator("HS06").targetBalance(new Facts.Holding(false), ON)).isEqualTo(Points.ZERO);
        assertThat(TestCatalogues.indicator("HS06").targetBalance(new Facts.Holding(true), ON)).isEqualTo(Points.of(4));
    }

    @Test
    void bonusBounds_areZeroAndTheCap() {
        Indicator awards = TestCatalogues.indicator("HS01");

        assertThat(awards.lowerBound()).isEqualTo(Points.ZERO);
        assertThat(awards.upperBound()).isEqualTo(Points.of(10));
        assertThat(awards.clamp(Points.of(-3))).isEqualTo(Points.ZERO);
        assertThat(awards.clamp(Points.of(13))).isEqualTo(Points.of(10));
        assertThat(awards.targetBalance(events("NATIONAL", "PROVINCE"), ON)).isEqualTo(Points.of(10));
    }

    @Test
    void deductionCap_threeCriminalConvictionsAreMinus90ClampedToMinus50() {
        Indicator offences = TestCatalogues.indicator("M91");
        Facts.Events three = events("CRIMINAL", "CRIMINAL", "CRIMINAL");

        assertThat(offences.rule().evaluate(three, ON)).isEqualTo(Points.of(-90));
        assertThat(offences.targetBalance(three, ON)).isEqualTo(Points.of(-50));
    }

    @Test
    void deductionWithinCap_isKeptWhole() {
        Indicator offences = TestCatalogues.indicator("M91");
        Indicator dishonest = TestCatalogues.indicator("M92");

        assertThat(offences.targetBalance(events("DETENTION"), ON)).isEqualTo(Points.of(-10));
        assertThat(offences.targetBalance(events("DETENTION", "CRIMINAL"), ON)).isEqualTo(Points.of(-40));
        assertThat(dishonest.targetBalance(events("DISHONEST", "DISHONEST"), ON)).isEqualTo(Points.of(-40));
        assertThat(dishonest.targetBalance(events("DISHONEST", "DISHONEST", "DISHONEST"), ON)).isEqualTo(Points.of(-50));
    }

    @Test
    void deductionBounds_areMinusCapAndZero() {
        Indicator offences = TestCatalogues.indicator("M91");

        assertThat(offences.lowerBound()).isEqualTo(Points.of(-50));
        assertThat(offences.upperBound()).isEqualTo(Points.ZERO);
        assertThat(offences.clamp(Points.of(5))).isEqualTo(Points.ZERO);
        assertThat(offences.clamp(Points.of(-51))).isEqualTo(Points.of(-50));
    }

    @Test
    void indicator_needsAChineseName() {
        assertThatThrownBy(() -> TestCatalogues.bonus("X01", " ", "x", Tier.DISTRICT, TestCatalogues.HAISHU,
                ScoringMethod.AUTO, Department.HEALTH, 4, new FixedRule(Points.of(4))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("X01");
    }
}
