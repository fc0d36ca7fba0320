package org.jifen.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.jifen.domain.shared.Points;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Facts of the wrong shape for a rule kind are refused with {@code INVALID_FACTS}, never scored. */
class RuleFactsMismatchTest {

    private static final LocalDate ON = LocalDate.of(2023, 3, 1);

    private static final Facts QUANTITY = Facts.Quantity.of(1);
    private static final Facts SPAN = new Facts.Span(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1));
    private static final Facts LEVEL = new Facts.LevelHeld("BACHELOR");
    private static final Facts EVENTS = new Facts.Events(List.of(new Facts.Event("INVENTION", "ZL1")));
    private static final Facts HOLDING = new Facts.Holding(true);
    private static final Facts SET_POINTS = new Facts.SetPoints(Points.of(1));
    private static final Facts BIRTH_DATE = new Facts.BirthDate(LocalDate.of(1990, 1, 1));

    static Stream<Arguments> wrongFacts() {
        Rule fixed = TestCatalogues.indicator("HS05").rule();
        Rule perUnitMonths = TestCatalogues.indicator("P04").rule();
        Rule perUnitYuan = TestCatalogues.indicator("M03").rule();
        Rule level = TestCatalogues.indicator("P02").rule();
        Rule perEvent = TestCatalogues.indicator("M04").rule();
        Rule range = TestCatalogues.indicator("M10").rule();
        Rule age = TestCatalogues.indicator("P01").rule();
        return Stream.of(
                Arguments.of(fixed, SPAN), Arguments.of(fixed, LEVEL), Arguments.of(fixed, EVENTS),
                Arguments.of(fixed, SET_POINTS), Arguments.of(fixed, BIRTH_DATE),
                Arguments.of(perUnitMonths, LEVEL), Arguments.of(perUnitMonths, EVENTS),
                Arguments.of(perUnitMonths, HOLDING), Arguments.of(perUnitMonths, SET_POINTS),
                Arguments.of(perUnitMonths, BIRTH_DATE), Arguments.of(perUnitYuan, SPAN),
                Arguments.of(level, QUANTITY), Arguments.of(level, SPAN), Arguments.of(level, EVENTS),
                Arguments.of(level, HOLDING), Arguments.of(level, SET_POINTS), Arguments.of(level, BIRTH_DATE),
                Arguments.of(perEvent, QUANTITY), Arguments.of(perEvent, SPAN), Arguments.of(perEvent, LEVEL),
                Arguments.of(perEvent, HOLDING), Arguments.of(perEvent, SET_POINTS), Arguments.of(perEvent, BIRTH_DATE),
                Arguments.of(range, QUANTITY), Arguments.of(range, SPAN), Arguments.of(range, LEVEL),
                Arguments.of(range, EVENTS), Arguments.of(range, HOLDING), Arguments.of(range, BIRTH_DATE),
                Arguments.of(age, QUANTITY), Arguments.of(age, SPAN), Arguments.of(age, LEVEL),
                Arguments.of(age, EVENTS), Arguments.of(age, HOLDING), Arguments.of(age, SET_POINTS));
    }

    @ParameterizedTest(name = "{index}: {0} refuses {1}")
    @MethodSource("wrongFacts")
    void wrongFactsType_isRefusedWithInvalidFacts(Rule rule, Facts facts) {
        assertThatThrownBy(() -> rule.evaluate(facts, ON))
                .isInstanceOf(InvalidFactsException.class)
                .hasFieldOrPropertyWithValue("code", "INVALID_FACTS")
                .hasMessageContaining(rule.kind().name());
    }
}
