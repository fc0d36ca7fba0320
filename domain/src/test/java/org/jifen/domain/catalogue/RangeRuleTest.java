package org.jifen.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.jifen.domain.shared.Points;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RangeRuleTest {

    private static final LocalDate ON = LocalDate.of(2023, 3, 1);
    private final Rule governance = TestCatalogues.indicator("M10").rule();  // RANGE 0–10

    @ParameterizedTest(name = "{0} is kept")
    @ValueSource(strings = {"0", "0.01", "7.5", "10"})
    void range_valueWithinBoundsIsTheScore(String points) {
        assertThat(governance.evaluate(new Facts.SetPoints(Points.parse(points)), ON)).isEqualTo(Points.parse(points));
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {"-0.01", "10.01", "11", "-5"})
    void range_valueOutOfBoundsIsRefusedWithInvalidFacts(String points) {
        assertThatThrownBy(() -> governance.evaluate(new Facts.SetPoints(Points.parse(points)), ON))
                .isInstanceOf(InvalidFactsException.class)
                .hasFieldOrPropertyWithValue("code", "INVALID_FACTS")
                .hasMessageContaining("0.00..10.00");
    }

    @Test
    void range_emptyRangeCannotBeBuilt() {
        assertThatThrownBy(() -> new RangeRule(Points.of(5), Points.of(4))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void range_describesItselfForTheValidator() {
        assertThat(governance.kind()).isEqualTo(RuleKind.RANGE);
        assertThat(governance.largestMagnitude()).contains(Points.of(10));
        assertThat(governance.smallestStep()).isEqualTo(Points.parse("0.01"));
        assertThat(governance.fits(ScoringMethod.MANUAL)).isTrue();
        assertThat(governance.fits(ScoringMethod.EVIDENCE)).isFalse();
        assertThat(governance.fits(ScoringMethod.AUTO)).isFalse();
    }
}
