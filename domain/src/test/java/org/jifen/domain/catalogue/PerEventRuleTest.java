package org.jifen.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.jifen.domain.shared.InvalidValueException;
import org.jifen.domain.shared.Points;
import org.junit.jupiter.api.Test;

class PerEventRuleTest {

    private static final LocalDate ON = LocalDate.of(2023, 3, 1);
    private final Indicator patents = TestCatalogues.indicator("M04");  // invention 10, utility model 3, cap 20
    private final Indicator awards = TestCatalogues.indicator("HS01");  // district 3, city 5, province 8, national 10

    private static Facts.Events events(Facts.Event... events) {
        return new Facts.Events(List.of(events));
    }

    @Test
    void perEvent_eventsAddUp_twoInventionsAndAUtilityModelAre23BeforeTheCap() {
        Facts.Events facts = events(
                new Facts.Event("INVENTION", "ZL2021100001"),
                new Facts.Event("INVENTION", "ZL2021100002"),
                new Facts.Event("UTILITY_MODEL", "ZL2021200003"));

        assertThat(patents.rule().evaluate(facts, ON)).isEqualTo(Points.of(23));
        assertThat(patents.targetBalance(facts, ON)).isEqualTo(Points.of(20));
    }

    @Test
    void perEvent_eachEventScoresByItsLevel() {
        assertThat(awards.rule().evaluate(events(new Facts.Event("DISTRICT", "a")), ON)).isEqualTo(Points.of(3));
        assertThat(awards.rule().evaluate(events(new Facts.Event("CITY", "a")), ON)).isEqualTo(Points.of(5));
        assertThat(awards.rule().evaluate(events(
                new Facts.Event("DISTRICT", "a"), new Facts.Event("CITY", "b")), ON)).isEqualTo(Points.of(8));
        assertThat(((PerEventRule) awards.rule()).pointsOf("PROVINCE")).isEqualTo(Points.of(8));
    }

    @Test
    void perEvent_noEventsScoreNothing() {
        assertThat(patents.rule().evaluate(events(), ON)).isEqualTo(Points.ZERO);
    }

    @Test
    void perEvent_duplicateEventReferencesAreRefusedWithInvalidFacts() {
        assertThatThrownBy(() -> events(
                new Facts.Event("INVENTION", "ZL2021100001"),
                new Facts.Event("UTILITY_MODEL", "ZL2021100001")))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "INVALID_FACTS")
                .hasMessageContaining("ZL2021100001");
    }

    @Test
    void perEvent_eventLevelNotInTheTableIsRefusedWithInvalidFacts() {
        // M08 (heroic deeds) grades CITY, PROVINCE and NATIONAL only
        Rule heroicDeeds = TestCatalogues.indicator("M08").rule();

        assertThatThrownBy(() -> heroicDeeds.evaluate(events(new Facts.Event("DISTRICT", "x")), ON))
                .isInstanceOf(InvalidFactsException.class)
                .hasFieldOrPropertyWithValue("code", "INVALID_FACTS")
                .hasMessageContaining("DISTRICT");
        assertThatThrownBy(() -> patents.rule().evaluate(events(new Facts.Event("DESIGN", "x")), ON))
                .isInstanceOf(InvalidFactsException.class)
                .hasFieldOrPropertyWithValue("code", "INVALID_FACTS");
    }

    @Test
    void perEvent_eventWithoutLevelOrReferenceIsRefused() {
        assertThatThrownBy(() -> new Facts.Event("", "x"))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "INVALID_FACTS");
        assertThatThrownBy(() -> new Facts.Event("INVENTION", " "))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "INVALID_FACTS");
    }

    @Test
    void perEvent_deductionEventsAddUpNegatively() {
        Rule offences = TestCatalogues.indicator("M91").rule();

        assertThat(offences.evaluate(events(new Facts.Event("DETENTION", "a"), new Facts.Event("CRIMINAL", "b")), ON))
                .isEqualTo(Points.of(-40));
    }

    @Test
    void perEvent_describesItselfForTheValidator() {
        Rule rule = patents.rule();

        assertThat(rule.kind()).isEqualTo(RuleKind.PER_EVENT);
        assertThat(rule.largestMagnitude()).isEmpty();
        assertThat(rule.smallestStep()).isEqualTo(Points.of(3));
        assertThat(rule.fits(ScoringMethod.AUTO)).isFalse();
        assertThat(rule.fits(ScoringMethod.EVIDENCE)).isTrue();
        assertThat(rule.fits(ScoringMethod.MANUAL)).isTrue();
        assertThat(new PerEventRule(LevelFamily.PATENT, TestCatalogues.table()).problems())
                .extracting(RuleProblem::code).containsExactly("EMPTY_TABLE");
    }
}
