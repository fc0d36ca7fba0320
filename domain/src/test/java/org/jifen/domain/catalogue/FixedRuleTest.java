package org.jifen.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jifen.domain.shared.Points;
import org.junit.jupiter.api.Test;

class FixedRuleTest {

    private static final LocalDate ON = LocalDate.of(2023, 3, 1);
    private final FixedRule veteran = new FixedRule(Points.of(5));

    @Test
    void fixed_heldScoresItsPoints() {
        assertThat(veteran.evaluate(new Facts.Holding(true), ON)).isEqualTo(Points.of(5));
    }

    @Test
    void fixed_notHeldScoresNothing() {
        assertThat(veteran.evaluate(new Facts.Holding(false), ON)).isEqualTo(Points.ZERO);
    }

    @Test
    void fixed_systemDataQuantityOneIsHeld_zeroIsNot() {
        assertThat(veteran.evaluate(Facts.Quantity.of(1), ON)).isEqualTo(Points.of(5));
        assertThat(veteran.evaluate(new Facts.Quantity(new BigDecimal("1.00")), ON)).isEqualTo(Points.of(5));
        assertThat(veteran.evaluate(Facts.Quantity.of(0), ON)).isEqualTo(Points.ZERO);
    }

    @Test
    void fixed_quantityTwoIsRefusedWithInvalidFacts() {
        assertThatThrownBy(() -> veteran.evaluate(Facts.Quantity.of(2), ON))
                .isInstanceOf(InvalidFactsException.class)
                .hasFieldOrPropertyWithValue("code", "INVALID_FACTS")
                .hasMessageContaining("got 2");
        assertThatThrownBy(() -> veteran.evaluate(new Facts.Quantity(new BigDecimal("0.5")), ON))
                .isInstanceOf(InvalidFactsException.class)
                .hasFieldOrPropertyWithValue("code", "INVALID_FACTS");
    }

    @Test
    void fixed_describesItselfForTheValidator() {
        assertThat(veteran.kind()).isEqualTo(RuleKind.FIXED);
        assertThat(veteran.largestMagnitude()).contains(Points.of(5));
        assertThat(veteran.smallestStep()).isEqualTo(Points.of(5));
        assertThat(veteran.values()).containsExactly(Points.of(5));
        assertThat(veteran.fits(ScoringMethod.AUTO)).isTrue();
        assertThat(veteran.fits(ScoringMethod.EVIDENCE)).isTrue();
        assertThat(veteran.fits(ScoringMethod.MANUAL)).isTrue();
    }
}
