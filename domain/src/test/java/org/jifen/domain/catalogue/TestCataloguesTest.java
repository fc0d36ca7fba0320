package org.jifen.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.shared.Points;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The test-data builder holds exactly DOMAIN.md §2; other modules' tests rely on it. */
class TestCataloguesTest {

    @Test
    void defaultCatalogues_haveTheVersionsDatesAndCodesOfDomainMd() {
        assertThat(TestCatalogues.provincial().version().value()).isEqualTo("330000-2022");
        assertThat(TestCatalogues.municipal().version().value()).isEqualTo("330200-2022");
        assertThat(TestCatalogues.haishu().version().value()).isEqualTo("330203-2022");
        assertThat(TestCatalogues.provincial().publishedOn()).isEqualTo(LocalDate.of(2022, 6, 1));
        assertThat(TestCatalogues.haishu().effectiveFrom()).isEqualTo(LocalDate.of(2022, 7, 1));
        assertThat(TestCatalogues.provincial().indicators()).extracting(i -> i.code().value())
                .containsExactly("P01", "P02", "P03", "P04", "P05");
        assertThat(TestCatalogues.municipal().indicators()).extracting(i -> i.code().value())
                .containsExactly("M01", "M02", "M03", "M04", "M05", "M06", "M07", "M08", "M09", "M10", "M91", "M92");
        assertThat(TestCatalogues.haishu().indicators()).extracting(i -> i.code().value())
                .containsExactly("HS01", "HS02", "HS03", "HS04", "HS05", "HS06", "HS07");
    }

    @ParameterizedTest(name = "{0}: {1} {2} {3} cap {4}")
    @CsvSource({
            "P01, AUTO, PUBLIC_SECURITY, AGE, 20, BONUS",
            "P02, EVIDENCE, EDUCATION, LEVEL, 10, BONUS",
            "P03, EVIDENCE, HRSS, LEVEL, 10, BONUS",
            "P04, AUTO, HRSS, PER_UNIT, 30, BONUS",
            "P05, AUTO, PUBLIC_SECURITY, PER_UNIT, 30, BONUS",
            "M01, EVIDENCE, HOUSING, LEVEL, 20, BONUS",
            "M02, AUTO, HRSS, FIXED, 10, BONUS",
            "M03, EVIDENCE, TAX, PER_UNIT, 20, BONUS",
            "M04, EVIDENCE, MARKET_REGULATION, PER_EVENT, 20, BONUS",
            "M05, AUTO, CIVIL_AFFAIRS, PER_UNIT, 10, BONUS",
            "M06, AUTO, HEALTH, PER_UNIT, 10, BONUS",
            "M07, EVIDENCE, CIVIL_AFFAIRS, PER_UNIT, 10, BONUS",
            "M08, EVIDENCE, PUBLIC_SECURITY, PER_EVENT, 20, BONUS",
            "M09, EVIDENCE, HRSS, FIXED, 20, BONUS",
            "M10, MANUAL, PUBLIC_SECURITY, RANGE, 10, BONUS",
            "M91, MANUAL, PUBLIC_SECURITY, PER_EVENT, 50, DEDUCTION",
            "M92, MANUAL, CREDIT, PER_EVENT, 50, DEDUCTION",
            "HS01, EVIDENCE, DISTRICT_OFFICE, PER_EVENT, 10, BONUS",
            "HS02, EVIDENCE, HRSS, PER_UNIT, 10, BONUS",
            "HS03, AUTO, PUBLIC_SECURITY, PER_UNIT, 8, BONUS",
            "HS04, EVIDENCE, PARTY_ORGANISATION, FIXED, 5, BONUS",
            "HS05, EVIDENCE, VETERANS_AFFAIRS, FIXED, 5, BONUS",
            "HS06, AUTO, HEALTH, FIXED, 4, BONUS",
            "HS07, AUTO, CULTURE, PER_UNIT, 8, BONUS"})
    void defaultIndicator_hasTheMethodDepartmentRuleAndCapOfDomainMd(String code, ScoringMethod method,
            Department department, RuleKind rule, long cap, IndicatorKind kind) {
        Indicator indicator = TestCatalogues.indicator(code);

        assertThat(indicator.method()).isEqualTo(method);
        assertThat(indicator.department()).isEqualTo(department);
        assertThat(indicator.rule().kind()).isEqualTo(rule);
        assertThat(indicator.cap()).isEqualTo(Points.of(cap));
        assertThat(indicator.kind()).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}: {1} per {2} {3}")
    @CsvSource({
            "P04, 0.50, 1, MONTH", "P05, 0.25, 1, MONTH", "M03, 2.00, 10000, YUAN", "M05, 1.00, 20, HOUR",
            "M06, 2.00, 1, DONATION", "M07, 1.00, 1000, YUAN", "HS02, 2.00, 12, MONTH", "HS03, 1.00, 12, MONTH",
            "HS07, 1.00, 10, LOAN"})
    void defaultPerUnitRule_hasTheValuesOfDomainMd(String code, String points, long unitSize, Unit unit) {
        PerUnitRule rule = (PerUnitRule) TestCatalogues.indicator(code).rule();

        assertThat(rule.pointsPerUnit()).hasToString(points);
        assertThat(rule.unitSize().longValueExact()).isEqualTo(unitSize);
        assertThat(rule.unit()).isEqualTo(unit);
    }

    @Test
    void defaultTables_holdTheValuesOfDomainMd() {
        assertThat(((PerEventRule) TestCatalogues.indicator("M04").rule()).table())
                .containsExactly(entry("INVENTION", 10), entry("UTILITY_MODEL", 3));
        assertThat(((PerEventRule) TestCatalogues.indicator("M08").rule()).table())
                .containsExactly(entry("CITY", 10), entry("PROVINCE", 15), entry("NATIONAL", 20));
        assertThat(((PerEventRule) TestCatalogues.indicator("M91").rule()).table())
                .containsExactly(entry("DETENTION", -10), entry("CRIMINAL", -30));
        assertThat(((PerEventRule) TestCatalogues.indicator("M92").rule()).table())
                .containsExactly(entry("DISHONEST", -20));
        assertThat(((PerEventRule) TestCatalogues.indicator("HS01").rule()).table())
                .containsExactly(entry("DISTRICT", 3), entry("CITY", 5), entry("PROVINCE", 8), entry("NATIONAL", 10));
        assertThat(((FixedRule) TestCatalogues.indicator("M02").rule()).points()).isEqualTo(Points.of(10));
        assertThat(((FixedRule) TestCatalogues.indicator("M09").rule()).points()).isEqualTo(Points.of(20));
        assertThat(((FixedRule) TestCatalogues.indicator("HS04").rule()).points()).isEqualTo(Points.of(5));
        assertThat(((FixedRule) TestCatalogues.indicator("HS05").rule()).points()).isEqualTo(Points.of(5));
        assertThat(((FixedRule) TestCatalogues.indicator("HS06").rule()).points()).isEqualTo(Points.of(4));
        assertThat(TestCatalogues.indicator("M10").rule()).isEqualTo(new RangeRule(Points.ZERO, Points.of(10)));
    }

    private static java.util.Map.Entry<String, Points> entry(String level, long points) {
        return java.util.Map.entry(level, Points.of(points));
    }

    @Test
    void bonusCaps_addUpTo100_150_50_and300() {
        Points provincial = bonusCaps(TestCatalogues.provincial());
        Points municipal = bonusCaps(TestCatalogues.municipal());
        Points haishu = bonusCaps(TestCatalogues.haishu());

        assertThat(provincial).isEqualTo(Points.of(100));
        assertThat(municipal).isEqualTo(Points.of(150));
        assertThat(haishu).isEqualTo(Points.of(50));
        assertThat(provincial.plus(municipal).plus(haishu)).isEqualTo(Tier.MAX_TOTAL);
    }

    @Test
    void district_buildsAValidCatalogueForAnotherDistrict() {
        DivisionCode yinzhou = DivisionCode.of("330212");
        Catalogue catalogue = TestCatalogues.district(yinzhou, "330212-2023", LocalDate.of(2023, 1, 1));

        assertThat(CatalogueValidator.problems(catalogue)).isEmpty();
        assertThat(catalogue.jurisdiction()).isEqualTo(yinzhou);
        assertThat(catalogue.tier()).isEqualTo(Tier.DISTRICT);
        assertThat(catalogue.effectiveFrom()).isEqualTo(LocalDate.of(2023, 1, 31));
        assertThat(bonusCaps(catalogue)).isEqualTo(Points.of(50));
    }

    private static Points bonusCaps(Catalogue catalogue) {
        return catalogue.indicators().stream()
                .filter(i -> i.kind() == IndicatorKind.BONUS)
                .map(Indicator::cap)
                .reduce(Points.ZERO, Points::plus);
    }
}
