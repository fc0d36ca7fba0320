package org.jifen.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.shared.Points;

/** Whatever cumulative facts arrive, an indicator's target stays within its bounds. */
class IndicatorProperties {

    private static final DivisionCode HAISHU = TestCatalogues.HAISHU;

    // ------------------------------------------------------------------ generators

    private static Arbitrary<LocalDate> dates(LocalDate from, LocalDate to) {
        return Arbitraries.longs().between(from.toEpochDay(), to.toEpochDay()).map(LocalDate::ofEpochDay);
    }

    private static Arbitrary<LocalDate> scoringDates() {
        return dates(LocalDate.of(2022, 7, 1), LocalDate.of(2060, 12, 31));
    }

    /** Non-negative quantities with up to two decimals, from nothing to far beyond any cap. */
    private static Arbitrary<BigDecimal> quantities() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000000000")).ofScale(2);
    }

    private static Arbitrary<Facts.Events> events(List<String> levels) {
        return Arbitraries.of(levels).list().ofMaxSize(12).map(chosen -> {
            List<Facts.Event> events = new ArrayList<>();
            for (int i = 0; i < chosen.size(); i++) {
                events.add(new Facts.Event(chosen.get(i), "ref-" + i));
            }
            return new Facts.Events(events);
        });
    }

    /** Facts of the right shape for a rule, any value the rule accepts. */
    private static Arbitrary<? extends Facts> factsFor(Rule rule) {
        if (rule instanceof FixedRule) {
            return Arbitraries.oneOf(
                    Arbitraries.of(true, false).map(Facts.Holding::new),
                    Arbitraries.of(0L, 1L).map(Facts.Quantity::of));
        }
        if (rule instanceof PerUnitRule perUnit) {
            Arbitrary<Facts> quantity = quantities().map(Facts.Quantity::new);
            if (perUnit.unit() != Unit.MONTH) {
                return quantity;
            }
            Arbitrary<Facts> span = Combinators.combine(dates(LocalDate.of(1970, 1, 1), LocalDate.of(2060, 1, 1)),
                    Arbitraries.integers().between(0, 20_000))
                    .as((from, days) -> new Facts.Span(from, from.plusDays(days)));
            return Arbitraries.oneOf(quantity, span);
        }
        if (rule instanceof LevelRule level) {
            return Arbitraries.of(new ArrayList<>(level.table().keySet())).map(Facts.LevelHeld::new);
        }
        if (rule instanceof PerEventRule perEvent) {
            return events(new ArrayList<>(perEvent.table().keySet()));
        }
        if (rule instanceof RangeRule range) {
            return Arbitraries.longs().between(range.min().hundredths(), range.max().hundredths())
                    .map(h -> new Facts.SetPoints(new Points(h)));
        }
        if (rule instanceof AgeRule) {
            return dates(LocalDate.of(1900, 1, 1), LocalDate.of(2060, 12, 31)).map(Facts.BirthDate::new);
        }
        throw new IllegalStateException("no generator for " + rule);
    }

    @Provide
    Arbitrary<Tuple2<Indicator, Facts>> defaultIndicatorsWithFacts() {
        List<Indicator> all = new ArrayList<>();
        all.addAll(TestCatalogues.provincialIndicators());
        all.addAll(TestCatalogues.municipalIndicators());
        all.addAll(TestCatalogues.haishuIndicators());
        return Arbitraries.of(all).flatMap(i -> factsFor(i.rule()).map(f -> Tuple.of(i, (Facts) f)));
    }

    @Provide
    Arbitrary<LocalDate> anyScoringDate() {
        return scoringDates();
    }

    /** Any bonus PER_UNIT indicator: points per unit 0.01–50, unit 1–20,000, cap 1–300. */
    @Provide
    Arbitrary<Indicator> anyPerUnitBonus() {
        return Combinators.combine(
                Arbitraries.longs().between(1, 5_000),
                Arbitraries.longs().between(1, 20_000),
                Arbitraries.longs().between(1, 300))
                .as((perUnit, unitSize, cap) -> TestCatalogues.bonus("X01", "测试", "Test", Tier.DISTRICT, HAISHU,
                        ScoringMethod.AUTO, Department.HEALTH, cap,
                        new PerUnitRule(new Points(perUnit), BigDecimal.valueOf(unitSize), Unit.YUAN)));
    }

    /** Any deduction PER_EVENT indicator: −0.01…−100 per event, cap 1–300, with its events. */
    @Provide
    Arbitrary<Tuple2<Indicator, Facts>> anyDeductionWithEvents() {
        Arbitrary<Indicator> indicators = Combinators.combine(
                Arbitraries.longs().between(1, 10_000),
                Arbitraries.longs().between(1, 10_000),
                Arbitraries.longs().between(1, 300))
                .as((detention, criminal, cap) -> TestCatalogues.deduction("X91", "违法犯罪", "Offences", Tier.MUNICIPAL,
                        TestCatalogues.NINGBO, Department.PUBLIC_SECURITY, cap,
                        new PerEventRule(LevelFamily.OFFENCE, java.util.Map.of(
                                "DETENTION", new Points(-detention), "CRIMINAL", new Points(-criminal)))));
        return indicators.flatMap(i -> events(List.of("DETENTION", "CRIMINAL")).map(e -> Tuple.of(i, (Facts) e)));
    }

    // ------------------------------------------------------------------ properties

    @Property(tries = 2000)
    void defaultIndicator_targetStaysWithinItsBounds(
            @ForAll("defaultIndicatorsWithFacts") Tuple2<Indicator, Facts> indicatorAndFacts,
            @ForAll("anyScoringDate") LocalDate on) {
        Indicator indicator = indicatorAndFacts.get1();

        Points target = indicator.targetBalance(indicatorAndFacts.get2(), on);

        if (indicator.kind() == IndicatorKind.BONUS) {
            assertThat(target).isBetween(Points.ZERO, indicator.cap());
        } else {
            assertThat(target).isBetween(indicator.cap().negate(), Points.ZERO);
        }
    }

    @Property
    void anyPerUnitBonus_targetIsWithinZeroAndCap(@ForAll("anyPerUnitBonus") Indicator indicator,
            @ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long quantity) {
        Points target = indicator.targetBalance(Facts.Quantity.of(quantity), LocalDate.of(2023, 1, 1));

        assertThat(target).isBetween(Points.ZERO, indicator.cap());
    }

    @Property
    void anyDeduction_targetIsWithinMinusCapAndZero(
            @ForAll("anyDeductionWithEvents") Tuple2<Indicator, Facts> indicatorAndEvents) {
        Indicator indicator = indicatorAndEvents.get1();

        Points target = indicator.targetBalance(indicatorAndEvents.get2(), LocalDate.of(2023, 1, 1));

        assertThat(target).isBetween(indicator.cap().negate(), Points.ZERO);
        if (!((Facts.Events) indicatorAndEvents.get2()).events().isEmpty()) {
            assertThat(target.isNegative()).isTrue();
        }
    }

    @Property
    void perUnit_isMonotoneInQuantity(@ForAll("anyPerUnitBonus") Indicator indicator,
            @ForAll @LongRange(min = 0, max = 100_000_000) long smaller,
            @ForAll @LongRange(min = 0, max = 100_000_000) long extra) {
        Rule rule = indicator.rule();
        LocalDate on = LocalDate.of(2023, 1, 1);

        Points fewer = rule.evaluate(new Facts.Quantity(BigDecimal.valueOf(smaller, 2)), on);
        Points more = rule.evaluate(new Facts.Quantity(BigDecimal.valueOf(smaller + extra, 2)), on);

        assertThat(fewer).isLessThanOrEqualTo(more);
        assertThat(indicator.clamp(fewer)).isLessThanOrEqualTo(indicator.clamp(more));
    }

    @Property
    void perUnit_isExactlyPointsTimesFullUnits(@ForAll @IntRange(min = 0, max = 10_000) int months) {
        Rule socialInsurance = TestCatalogues.indicator("P04").rule();

        assertThat(socialInsurance.evaluate(Facts.Quantity.of(months), LocalDate.of(2023, 1, 1)))
                .isEqualTo(new Points(50L * months));
    }

    @Property
    void level_isNeverMoreThanTheTopOfItsTable(@ForAll("defaultIndicatorsWithFacts") Tuple2<Indicator, Facts> pair) {
        if (!(pair.get1().rule() instanceof LevelRule level)) {
            return;
        }
        Points top = level.table().values().stream().max(Points::compareTo).orElseThrow();

        assertThat(level.evaluate(pair.get2(), LocalDate.of(2023, 1, 1))).isLessThanOrEqualTo(top);
    }
}
