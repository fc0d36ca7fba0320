package org.jifen.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.jifen.domain.catalogue.TestCatalogues.HAISHU;
import static org.jifen.domain.catalogue.TestCatalogues.NINGBO;
import static org.jifen.domain.catalogue.TestCatalogues.bonus;
import static org.jifen.domain.catalogue.TestCatalogues.perUnit;
import static org.jifen.domain.catalogue.TestCatalogues.replacing;
import static org.jifen.domain.catalogue.TestCatalogues.table;
import static org.jifen.domain.catalogue.TestCatalogues.withIndicators;

import java.util.ArrayList;
import java.util.List;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.shared.Points;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CatalogueValidatorTest {

    private static List<String> codes(Catalogue catalogue) {
        return CatalogueValidator.problems(catalogue).stream().map(CatalogueProblem::code).toList();
    }

    /** A Haishu catalogue holding {@code indicator} and a filler bringing the bonus caps to exactly 50. */
    private static Catalogue haishuWith(Indicator indicator) {
        long used = indicator.kind() == IndicatorKind.BONUS ? indicator.cap().hundredths() / 100 : 0;
        Indicator filler = bonus("HS99", "居住登记", "Filler", Tier.DISTRICT, HAISHU, ScoringMethod.AUTO,
                Department.PUBLIC_SECURITY, 50 - used, perUnit("1", 12, Unit.MONTH));
        return withIndicators(TestCatalogues.haishu(), List.of(indicator, filler));
    }

    private static Indicator haishuBonus(String code, ScoringMethod method, long cap, Rule rule) {
        return bonus(code, "测试指标", "Test indicator", Tier.DISTRICT, HAISHU, method, Department.DISTRICT_OFFICE, cap,
                rule);
    }

    private static Indicator moved(Indicator i, Tier tier, DivisionCode jurisdiction) {
        return new Indicator(i.code(), i.chineseName(), i.englishName(), tier, jurisdiction, i.kind(), i.method(),
                i.department(), i.cap(), i.rule());
    }

    private static Indicator withMethod(Indicator i, ScoringMethod method) {
        return new Indicator(i.code(), i.chineseName(), i.englishName(), i.tier(), i.jurisdiction(), i.kind(), method,
                i.department(), i.cap(), i.rule());
    }

    private static Indicator withRule(Indicator i, Rule rule) {
        return new Indicator(i.code(), i.chineseName(), i.englishName(), i.tier(), i.jurisdiction(), i.kind(),
                i.method(), i.department(), i.cap(), rule);
    }

    private static Indicator withCap(Indicator i, long cap) {
        return new Indicator(i.code(), i.chineseName(), i.englishName(), i.tier(), i.jurisdiction(), i.kind(),
                i.method(), i.department(), Points.of(cap), i.rule());
    }

    @Test
    void defaultCatalogues_haveNoProblems() {
        assertThat(CatalogueValidator.problems(TestCatalogues.provincial())).isEmpty();
        assertThat(CatalogueValidator.problems(TestCatalogues.municipal())).isEmpty();
        assertThat(CatalogueValidator.problems(TestCatalogues.haishu())).isEmpty();
        Catalogue haishu = TestCatalogues.haishu();
        assertThat(CatalogueValidator.requireValid(haishu)).isSameAs(haishu);
    }

    @Test
    void tierTotal_capsAddingTo99InsteadOf100_isReported() {
        Catalogue provincial = replacing(TestCatalogues.provincial(), withCap(TestCatalogues.indicator("P04"), 29));

        List<CatalogueProblem> problems = CatalogueValidator.problems(provincial);

        assertThat(problems).extracting(CatalogueProblem::code).containsExactly("TIER_TOTAL");
        assertThat(problems.get(0).version()).isEqualTo("330000-2022");
        assertThat(problems.get(0).indicator()).isEmpty();
        assertThat(problems.get(0).message()).contains("99.00").contains("100.00");
    }

    @Test
    void tierTotal_deductionCapsDoNotCountTowardsTheMunicipal150() {
        Catalogue withoutDeductions = withIndicators(TestCatalogues.municipal(),
                TestCatalogues.municipal().indicators().subList(0, 10));

        assertThat(codes(withoutDeductions)).isEmpty();
        assertThat(codes(replacing(TestCatalogues.municipal(), withCap(TestCatalogues.indicator("M91"), 40)))).isEmpty();
    }

    @Test
    void duplicateCode_withinOneCatalogue_isReported() {
        Indicator hs05CodedHs04 = new Indicator(IndicatorCode.of("HS04"), "退役军人", "Veteran", Tier.DISTRICT, HAISHU,
                IndicatorKind.BONUS, ScoringMethod.EVIDENCE, Department.VETERANS_AFFAIRS, Points.of(5),
                new FixedRule(Points.of(5)));
        List<Indicator> indicators = new ArrayList<>(TestCatalogues.haishu().indicators());
        indicators.set(4, hs05CodedHs04);

        List<CatalogueProblem> problems = CatalogueValidator.problems(withIndicators(TestCatalogues.haishu(), indicators));

        assertThat(problems).extracting(CatalogueProblem::code).containsExactly("DUPLICATE_CODE");
        assertThat(problems.get(0).indicator()).isEqualTo("HS04");
    }

    @Test
    void capUnreachable_fixed5WithCap10_isReported() {
        Catalogue catalogue = haishuWith(haishuBonus("HS04", ScoringMethod.EVIDENCE, 10, new FixedRule(Points.of(5))));

        List<CatalogueProblem> problems = CatalogueValidator.problems(catalogue);

        assertThat(problems).extracting(CatalogueProblem::code).containsExactly("CAP_UNREACHABLE");
        assertThat(problems.get(0).indicator()).isEqualTo("HS04");
    }

    @Test
    void capUnreachable_range0To5WithCap10_isReported() {
        Catalogue catalogue = haishuWith(haishuBonus("HS10", ScoringMethod.MANUAL, 10,
                new RangeRule(Points.ZERO, Points.of(5))));

        assertThat(codes(catalogue)).containsExactly("CAP_UNREACHABLE");
    }

    @Test
    void capUnreachable_levelTableTopBelowTheCap_isReported() {
        Indicator education = withCap(TestCatalogues.indicator("P02"), 12);
        Catalogue provincial = replacing(TestCatalogues.provincial(), education);
        provincial = replacing(provincial, withCap(TestCatalogues.indicator("P03"), 8));

        assertThat(codes(provincial)).containsExactly("CAP_UNREACHABLE");
    }

    @Test
    void capAlwaysExceeded_fixed20WithCap10_isReported() {
        Catalogue catalogue = haishuWith(haishuBonus("HS04", ScoringMethod.EVIDENCE, 10, new FixedRule(Points.of(20))));

        assertThat(codes(catalogue)).containsExactly("CAP_ALWAYS_EXCEEDED");
    }

    @Test
    void capAlwaysExceeded_perUnit15WithCap10_isReported() {
        Catalogue catalogue = haishuWith(haishuBonus("HS07", ScoringMethod.AUTO, 10, perUnit("15", 1, Unit.LOAN)));

        List<CatalogueProblem> problems = CatalogueValidator.problems(catalogue);

        assertThat(problems).extracting(CatalogueProblem::code).containsExactly("CAP_ALWAYS_EXCEEDED");
        assertThat(problems.get(0).message()).contains("15.00").contains("10.00");
    }

    @Test
    void capAtTheRulesExactMaximum_isFine() {
        assertThat(codes(haishuWith(haishuBonus("HS04", ScoringMethod.EVIDENCE, 10, new FixedRule(Points.of(10))))))
                .isEmpty();
        assertThat(codes(haishuWith(haishuBonus("HS07", ScoringMethod.AUTO, 10, perUnit("10", 1, Unit.LOAN)))))
                .isEmpty();
    }

    @Test
    void invalidCap_zeroCapIsReported() {
        Catalogue catalogue = haishuWith(haishuBonus("HS04", ScoringMethod.EVIDENCE, 0, new FixedRule(Points.of(5))));

        assertThat(codes(catalogue)).containsExactly("INVALID_CAP");
    }

    @Test
    void levelMissing_educationTableWithoutDoctorate_isReported() {
        Indicator p02 = withRule(TestCatalogues.indicator("P02"), new LevelRule(LevelFamily.EDUCATION, table(
                "JUNIOR_HIGH", "5", "SENIOR_HIGH", "5", "ASSOCIATE", "8", "BACHELOR", "10", "MASTER", "10")));

        List<CatalogueProblem> problems = CatalogueValidator.problems(replacing(TestCatalogues.provincial(), p02));

        assertThat(problems).extracting(CatalogueProblem::code).containsExactly("LEVEL_MISSING");
        assertThat(problems.get(0).indicator()).isEqualTo("P02");
        assertThat(problems.get(0).message()).contains("DOCTORATE");
    }

    @Test
    void unknownLevel_inALevelTable_isReported() {
        Indicator p02 = withRule(TestCatalogues.indicator("P02"), new LevelRule(LevelFamily.EDUCATION, table(
                "PRIMARY", "2", "JUNIOR_HIGH", "5", "SENIOR_HIGH", "5", "ASSOCIATE", "8", "BACHELOR", "10",
                "MASTER", "10", "DOCTORATE", "10")));

        List<CatalogueProblem> problems = CatalogueValidator.problems(replacing(TestCatalogues.provincial(), p02));

        assertThat(problems).extracting(CatalogueProblem::code).containsExactly("UNKNOWN_LEVEL");
        assertThat(problems.get(0).message()).contains("PRIMARY");
    }

    @Test
    void unknownLevel_inAnEventTable_isReported() {
        Indicator m04 = withRule(TestCatalogues.indicator("M04"), new PerEventRule(LevelFamily.PATENT, table(
                "INVENTION", "10", "UTILITY_MODEL", "3", "DESIGN", "2")));

        assertThat(codes(replacing(TestCatalogues.municipal(), m04))).containsExactly("UNKNOWN_LEVEL");
    }

    @Test
    void methodDoesNotFitRule_rangeScoredOnEvidence_isReported() {
        Indicator m10 = withMethod(TestCatalogues.indicator("M10"), ScoringMethod.EVIDENCE);

        List<CatalogueProblem> problems = CatalogueValidator.problems(replacing(TestCatalogues.municipal(), m10));

        assertThat(problems).extracting(CatalogueProblem::code).containsExactly("METHOD_DOES_NOT_FIT_RULE");
        assertThat(problems.get(0).indicator()).isEqualTo("M10");
        assertThat(problems.get(0).message()).contains("allowed: MANUAL");
    }

    @Test
    void methodDoesNotFitRule_ageScoredOnEvidence_isReported() {
        Indicator p01 = withMethod(TestCatalogues.indicator("P01"), ScoringMethod.EVIDENCE);

        assertThat(codes(replacing(TestCatalogues.provincial(), p01))).containsExactly("METHOD_DOES_NOT_FIT_RULE");
    }

    @Test
    void methodDoesNotFitRule_levelScoredAutomatically_isReported() {
        Indicator p02 = withMethod(TestCatalogues.indicator("P02"), ScoringMethod.AUTO);

        assertThat(codes(replacing(TestCatalogues.provincial(), p02))).containsExactly("METHOD_DOES_NOT_FIT_RULE");
    }

    @Test
    void methodDoesNotFitRule_perUnitAndPerEventMisfits_areReported() {
        Indicator p04 = withMethod(TestCatalogues.indicator("P04"), ScoringMethod.MANUAL);
        Indicator m04 = withMethod(TestCatalogues.indicator("M04"), ScoringMethod.AUTO);

        assertThat(codes(replacing(TestCatalogues.provincial(), p04))).containsExactly("METHOD_DOES_NOT_FIT_RULE");
        assertThat(codes(replacing(TestCatalogues.municipal(), m04))).containsExactly("METHOD_DOES_NOT_FIT_RULE");
    }

    @Test
    void wrongSign_bonusWithNegativePoints_isReported() {
        Catalogue catalogue = haishuWith(haishuBonus("HS05", ScoringMethod.EVIDENCE, 5, new FixedRule(Points.of(-5))));

        assertThat(codes(catalogue)).containsExactly("WRONG_SIGN");
    }

    @Test
    void wrongSign_deductionWithPositivePoints_isReported() {
        Indicator m92 = withRule(TestCatalogues.indicator("M92"),
                new PerEventRule(LevelFamily.CREDIT, table("DISHONEST", "20")));

        List<CatalogueProblem> problems = CatalogueValidator.problems(replacing(TestCatalogues.municipal(), m92));

        assertThat(problems).extracting(CatalogueProblem::code).containsExactly("WRONG_SIGN");
        assertThat(problems.get(0).indicator()).isEqualTo("M92");
    }

    @Test
    void deductionNotPerEvent_rangeDeduction_isReported() {
        Indicator m92 = withRule(TestCatalogues.indicator("M92"), new RangeRule(Points.of(-50), Points.ZERO));

        assertThat(codes(replacing(TestCatalogues.municipal(), m92))).containsExactly("DEDUCTION_NOT_PER_EVENT");
    }

    @Test
    void wrongJurisdictionLevel_provincialTierDefinedByACity_isReported() {
        List<Indicator> indicators = TestCatalogues.provincialIndicators().stream()
                .map(i -> moved(i, Tier.PROVINCIAL, NINGBO)).toList();
        Catalogue catalogue = TestCatalogues.catalogue("330200-p-2022", NINGBO, Tier.PROVINCIAL, "",
                TestCatalogues.PUBLISHED_ON, indicators);

        List<CatalogueProblem> problems = CatalogueValidator.problems(catalogue);

        assertThat(problems).extracting(CatalogueProblem::code).containsExactly("WRONG_JURISDICTION_LEVEL");
        assertThat(problems.get(0).message()).contains("330200");
    }

    @Test
    void wrongTier_indicatorOfAnotherCatalogue_isReported() {
        List<Indicator> indicators = new ArrayList<>(TestCatalogues.provincialIndicators());
        indicators.set(3, moved(indicators.get(3), Tier.MUNICIPAL, NINGBO));

        List<CatalogueProblem> problems = CatalogueValidator.problems(
                withIndicators(TestCatalogues.provincial(), indicators));

        assertThat(problems).extracting(CatalogueProblem::code).containsExactly("WRONG_TIER");
        assertThat(problems.get(0).indicator()).isEqualTo("P04");
    }

    @ParameterizedTest(name = "effectiveTo {0} days after effectiveFrom")
    @ValueSource(ints = {0, -1, -60})
    void emptyValidity_effectiveToNotAfterEffectiveFrom_isReported(int days) {
        Catalogue haishu = TestCatalogues.haishu();
        Catalogue ending = TestCatalogues.endingOn(haishu, haishu.effectiveFrom().plusDays(days));

        assertThat(codes(ending)).containsExactly("EMPTY_VALIDITY");
    }

    @Test
    void validity_ofOneDay_isFine() {
        Catalogue haishu = TestCatalogues.haishu();

        assertThat(codes(TestCatalogues.endingOn(haishu, haishu.effectiveFrom().plusDays(1)))).isEmpty();
    }

    @Test
    void emptyCatalogue_isReportedAlone() {
        assertThat(codes(withIndicators(TestCatalogues.haishu(), List.of()))).containsExactly("EMPTY_CATALOGUE");
    }

    @Test
    void severalProblems_areAllReportedInOneCall() {
        List<Indicator> indicators = new ArrayList<>(TestCatalogues.haishuIndicators());
        indicators.set(3, withCap(indicators.get(3), 10));                          // HS04 FIXED 5, cap 10
        indicators.set(5, withMethod(indicators.get(5), ScoringMethod.MANUAL));     // HS06 fine: FIXED fits all
        indicators.set(6, withMethod(indicators.get(6), ScoringMethod.MANUAL));     // HS07 PER_UNIT scored MANUAL
        indicators.add(indicators.get(0));                                          // HS01 twice
        Catalogue catalogue = TestCatalogues.endingOn(withIndicators(TestCatalogues.haishu(), indicators),
                TestCatalogues.EFFECTIVE_FROM);

        List<CatalogueProblem> problems = CatalogueValidator.problems(catalogue);

        assertThat(problems).extracting(CatalogueProblem::code).containsExactlyInAnyOrder(
                "EMPTY_VALIDITY", "CAP_UNREACHABLE", "METHOD_DOES_NOT_FIT_RULE", "DUPLICATE_CODE", "TIER_TOTAL");
        assertThat(problems).filteredOn(p -> p.code().equals("CAP_UNREACHABLE"))
                .extracting(CatalogueProblem::indicator).containsExactly("HS04");
        assertThat(problems).filteredOn(p -> p.code().equals("METHOD_DOES_NOT_FIT_RULE"))
                .extracting(CatalogueProblem::indicator).containsExactly("HS07");
        assertThat(problems).filteredOn(p -> p.code().equals("TIER_TOTAL"))
                .extracting(CatalogueProblem::message).singleElement().asString().contains("65.00");
    }

    @Test
    void requireValid_throwsOneInvalidCatalogueExceptionWithAllThreeProblems() {
        Catalogue municipal = TestCatalogues.municipal();
        municipal = replacing(municipal, withMethod(TestCatalogues.indicator("M10"), ScoringMethod.EVIDENCE));
        municipal = replacing(municipal, withRule(TestCatalogues.indicator("M92"),
                new PerEventRule(LevelFamily.CREDIT, table("DISHONEST", "20"))));
        Catalogue invalid = TestCatalogues.endingOn(municipal, TestCatalogues.PUBLISHED_ON);

        InvalidCatalogueException refused = catchThrowableOfType(InvalidCatalogueException.class,
                () -> CatalogueValidator.requireValid(invalid));

        assertThat(refused.code()).isEqualTo("INVALID_CATALOGUE");
        assertThat(refused.problems()).extracting(CatalogueProblem::code)
                .containsExactlyInAnyOrder("EMPTY_VALIDITY", "METHOD_DOES_NOT_FIT_RULE", "WRONG_SIGN");
        assertThat(refused.problems()).extracting(CatalogueProblem::indicator)
                .containsExactlyInAnyOrder("", "M10", "M92");
        assertThat(refused.getMessage()).startsWith("3 problem(s): ")
                .contains("330200-2022: EMPTY_VALIDITY")
                .contains("330200-2022/M10: METHOD_DOES_NOT_FIT_RULE")
                .contains("330200-2022/M92: WRONG_SIGN");
    }
}
