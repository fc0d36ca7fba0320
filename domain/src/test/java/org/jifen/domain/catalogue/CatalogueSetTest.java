package org.jifen.domain.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.jifen.domain.catalogue.TestCatalogues.EFFECTIVE_FROM;
import static org.jifen.domain.catalogue.TestCatalogues.HAISHU;
import static org.jifen.domain.catalogue.TestCatalogues.NINGBO;
import static org.jifen.domain.catalogue.TestCatalogues.XIHU;
import static org.jifen.domain.catalogue.TestCatalogues.YINZHOU;
import static org.jifen.domain.catalogue.TestCatalogues.ZHEJIANG;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jifen.domain.shared.Points;
import org.junit.jupiter.api.Test;

class CatalogueSetTest {

    private static final LocalDate PUBLISHED_2017 = LocalDate.of(2017, 3, 1);   // in force from 2017-03-31
    private static final LocalDate DAY_BEFORE_2022 = LocalDate.of(2022, 6, 30);

    private static List<String> versions(List<Catalogue> catalogues) {
        return catalogues.stream().map(c -> c.version().value()).toList();
    }

    private static List<String> codes(List<CatalogueProblem> problems) {
        return problems.stream().map(CatalogueProblem::code).toList();
    }

    // ------------------------------------------------------------------ in force

    @Test
    void inForce_startsThirtyDaysAfterPublication() {
        CatalogueSet set = TestCatalogues.defaultSet();

        assertThat(TestCatalogues.provincial().effectiveFrom()).isEqualTo(LocalDate.of(2022, 7, 1));
        assertThat(set.inForce(ZHEJIANG, Tier.PROVINCIAL, DAY_BEFORE_2022)).isEmpty();
        assertThat(set.inForce(ZHEJIANG, Tier.PROVINCIAL, EFFECTIVE_FROM)).map(c -> c.version().value())
                .contains("330000-2022");
        assertThat(set.inForce(ZHEJIANG, Tier.PROVINCIAL, LocalDate.of(2035, 1, 1))).map(c -> c.version().value())
                .contains("330000-2022");
    }

    @Test
    void inForce_answersOnlyForTheTierAndJurisdictionAsked() {
        CatalogueSet set = TestCatalogues.defaultSet();

        assertThat(set.inForce(NINGBO, Tier.MUNICIPAL, EFFECTIVE_FROM)).map(c -> c.version().value())
                .contains("330200-2022");
        assertThat(set.inForce(HAISHU, Tier.DISTRICT, EFFECTIVE_FROM)).map(c -> c.version().value())
                .contains("330203-2022");
        assertThat(set.inForce(ZHEJIANG, Tier.MUNICIPAL, EFFECTIVE_FROM)).isEmpty();
        assertThat(set.inForce(YINZHOU, Tier.DISTRICT, EFFECTIVE_FROM)).isEmpty();
    }

    @Test
    void explicitEffectiveTo_isExclusive() {
        Catalogue haishu = TestCatalogues.endingOn(TestCatalogues.haishu(), LocalDate.of(2023, 1, 1));
        CatalogueSet set = CatalogueSet.of(List.of(haishu));

        assertThat(set.isInForce(haishu, LocalDate.of(2022, 12, 31))).isTrue();
        assertThat(set.isInForce(haishu, LocalDate.of(2023, 1, 1))).isFalse();
        assertThat(set.effectiveEnd(haishu)).contains(LocalDate.of(2023, 1, 1));
    }

    @Test
    void replacedVersion_stopsOnTheNewVersionsEffectiveDate() {
        Catalogue old = TestCatalogues.haishu("330203-2017", PUBLISHED_2017);
        Catalogue current = TestCatalogues.haishu();
        CatalogueSet set = CatalogueSet.of(List.of(old, current));

        assertThat(set.inForce(HAISHU, Tier.DISTRICT, LocalDate.of(2017, 3, 30))).isEmpty();
        assertThat(set.inForce(HAISHU, Tier.DISTRICT, LocalDate.of(2017, 3, 31))).map(c -> c.version().value())
                .contains("330203-2017");
        assertThat(set.inForce(HAISHU, Tier.DISTRICT, DAY_BEFORE_2022)).map(c -> c.version().value())
                .contains("330203-2017");
        assertThat(set.inForce(HAISHU, Tier.DISTRICT, EFFECTIVE_FROM)).map(c -> c.version().value())
                .contains("330203-2022");
        assertThat(set.isInForce(old, DAY_BEFORE_2022)).isTrue();
        assertThat(set.isInForce(old, EFFECTIVE_FROM)).isFalse();
        assertThat(set.isInForce(current, DAY_BEFORE_2022)).isFalse();
        assertThat(set.isInForce(current, EFFECTIVE_FROM)).isTrue();
        assertThat(set.effectiveEnd(old)).contains(EFFECTIVE_FROM);
        assertThat(set.effectiveEnd(current)).isEmpty();
    }

    @Test
    void replacedVersion_stopsOnTheSameDayWhicheverOrderTheyAreLoadedIn() {
        CatalogueSet set = TestCatalogues.defaultSet().with(TestCatalogues.haishu("330203-2017", PUBLISHED_2017));

        assertThat(set.inForce(HAISHU, Tier.DISTRICT, DAY_BEFORE_2022)).map(c -> c.version().value())
                .contains("330203-2017");
        assertThat(set.inForce(HAISHU, Tier.DISTRICT, EFFECTIVE_FROM)).map(c -> c.version().value())
                .contains("330203-2022");
        assertThat(versions(set.versions())).containsExactly("330000-2022", "330200-2022", "330203-2017",
                "330203-2022");
    }

    @Test
    void explicitEffectiveToOnTheNextVersionsStart_isNoOverlap() {
        Catalogue old = TestCatalogues.endingOn(TestCatalogues.haishu("330203-2017", PUBLISHED_2017), EFFECTIVE_FROM);

        CatalogueSet set = CatalogueSet.of(List.of(old, TestCatalogues.haishu()));

        assertThat(set.inForce(HAISHU, Tier.DISTRICT, DAY_BEFORE_2022)).map(c -> c.version().value())
                .contains("330203-2017");
        assertThat(set.inForce(HAISHU, Tier.DISTRICT, EFFECTIVE_FROM)).map(c -> c.version().value())
                .contains("330203-2022");
    }

    @Test
    void explicitEffectiveToBeforeTheNextVersion_leavesAGapWithNoDistrictTier() {
        Catalogue old = TestCatalogues.endingOn(TestCatalogues.haishu("330203-2017", PUBLISHED_2017),
                LocalDate.of(2022, 1, 1));
        CatalogueSet set = CatalogueSet.of(List.of(old, TestCatalogues.haishu()));

        assertThat(set.inForce(HAISHU, Tier.DISTRICT, LocalDate.of(2021, 12, 31))).isPresent();
        assertThat(set.inForce(HAISHU, Tier.DISTRICT, LocalDate.of(2022, 1, 1))).isEmpty();
        assertThat(set.inForce(HAISHU, Tier.DISTRICT, DAY_BEFORE_2022)).isEmpty();
        assertThat(set.inForce(HAISHU, Tier.DISTRICT, EFFECTIVE_FROM)).isPresent();
    }

    // ------------------------------------------------------------------ refusals

    @Test
    void overlappingVersions_sameEffectiveFrom_areRefused() {
        Catalogue other = TestCatalogues.haishu("330203-2022b", TestCatalogues.PUBLISHED_ON);

        List<CatalogueProblem> problems = TestCatalogues.defaultSet().problemsAdding(other);

        assertThat(codes(problems)).containsExactly("OVERLAPPING_VERSIONS");
        assertThat(problems.get(0).version()).isEqualTo("330203-2022b");
        assertThat(problems.get(0).message()).contains("330203-2022");
    }

    @Test
    void overlappingVersions_effectiveToPastTheNextVersionsStart_areRefused() {
        Catalogue old = TestCatalogues.endingOn(TestCatalogues.haishu("330203-2017", PUBLISHED_2017),
                LocalDate.of(2022, 7, 2));

        InvalidCatalogueException refused = catchThrowableOfType(InvalidCatalogueException.class,
                () -> CatalogueSet.of(List.of(TestCatalogues.haishu(), old)));

        assertThat(refused.code()).isEqualTo("INVALID_CATALOGUE");
        assertThat(codes(refused.problems())).containsExactly("OVERLAPPING_VERSIONS");
        assertThat(codes(CatalogueSet.of(List.of(old)).problemsAdding(TestCatalogues.haishu())))
                .containsExactly("OVERLAPPING_VERSIONS");
    }

    @Test
    void duplicateVersion_isRefused() {
        CatalogueSet set = TestCatalogues.defaultSet();

        InvalidCatalogueException refused = catchThrowableOfType(InvalidCatalogueException.class,
                () -> set.with(TestCatalogues.haishu()));

        assertThat(codes(refused.problems())).containsExactly("DUPLICATE_VERSION");
        assertThat(refused.problems().get(0).version()).isEqualTo("330203-2022");
        assertThat(set.versions()).hasSize(3);
    }

    @Test
    void duplicateCode_betweenProvincialAndMunicipalInForceTogether_isRefused() {
        List<Indicator> municipal = new ArrayList<>(TestCatalogues.municipalIndicators());
        Indicator m06 = municipal.get(5);
        municipal.set(5, new Indicator(IndicatorCode.of("P04"), m06.chineseName(), m06.englishName(), m06.tier(),
                m06.jurisdiction(), m06.kind(), m06.method(), m06.department(), m06.cap(), m06.rule()));
        Catalogue clashing = TestCatalogues.withIndicators(TestCatalogues.municipal(), municipal);
        assertThat(CatalogueValidator.problems(clashing)).isEmpty();

        InvalidCatalogueException refused = catchThrowableOfType(InvalidCatalogueException.class,
                () -> CatalogueSet.of(List.of(TestCatalogues.provincial(), clashing)));

        assertThat(refused.problems()).extracting(CatalogueProblem::code, CatalogueProblem::indicator)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("DUPLICATE_CODE", "P04"));
        assertThat(refused.problems().get(0).message()).contains("330000-2022");
    }

    @Test
    void duplicateCode_betweenTiersNeverInForceTogether_isAccepted() {
        List<Indicator> municipal = new ArrayList<>(TestCatalogues.municipalIndicators());
        Indicator m06 = municipal.get(5);
        municipal.set(5, new Indicator(IndicatorCode.of("P04"), m06.chineseName(), m06.englishName(), m06.tier(),
                m06.jurisdiction(), m06.kind(), m06.method(), m06.department(), m06.cap(), m06.rule()));
        Catalogue clashing = TestCatalogues.withIndicators(TestCatalogues.municipal(), municipal);
        Catalogue provincialEndingBefore = TestCatalogues.endingOn(
                TestCatalogues.provincial("330000-2017", PUBLISHED_2017), EFFECTIVE_FROM);

        CatalogueSet set = CatalogueSet.of(List.of(provincialEndingBefore, clashing));

        assertThat(set.versions()).hasSize(2);
    }

    @Test
    void sameCodes_inSiblingDistricts_areAccepted() {
        List<Indicator> yinzhouCopy = TestCatalogues.haishuIndicators().stream()
                .map(i -> new Indicator(i.code(), i.chineseName(), i.englishName(), Tier.DISTRICT, YINZHOU, i.kind(),
                        i.method(), i.department(), i.cap(), i.rule()))
                .toList();
        Catalogue yinzhou = TestCatalogues.catalogue("330212-2022", YINZHOU, Tier.DISTRICT, "鄞州区",
                TestCatalogues.PUBLISHED_ON, yinzhouCopy);

        assertThat(TestCatalogues.defaultSet().problemsAdding(yinzhou)).isEmpty();
    }

    @Test
    void of_reportsEveryCataloguesOwnProblemsAtOnce() {
        Catalogue badProvincial = TestCatalogues.replacing(TestCatalogues.provincial(),
                new Indicator(IndicatorCode.of("P04"), "缴纳社保", "", Tier.PROVINCIAL, ZHEJIANG, IndicatorKind.BONUS,
                        ScoringMethod.AUTO, Department.HRSS, Points.of(29),
                        TestCatalogues.perUnit("0.5", 1, Unit.MONTH)));
        Catalogue badHaishu = TestCatalogues.withIndicators(TestCatalogues.haishu(), List.of());

        InvalidCatalogueException refused = catchThrowableOfType(InvalidCatalogueException.class,
                () -> CatalogueSet.of(List.of(badProvincial, TestCatalogues.municipal(), badHaishu)));

        assertThat(refused.problems()).extracting(CatalogueProblem::version, CatalogueProblem::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("330000-2022", "TIER_TOTAL"),
                        org.assertj.core.groups.Tuple.tuple("330203-2022", "EMPTY_CATALOGUE"));
    }

    // ------------------------------------------------------------------ where the tiers apply

    @Test
    void applicableInHaishu_isProvincialMunicipalAndHaishu() {
        CatalogueSet set = TestCatalogues.defaultSet();

        assertThat(versions(set.applicableIn(HAISHU, EFFECTIVE_FROM)))
                .containsExactly("330000-2022", "330200-2022", "330203-2022");
    }

    @Test
    void applicableInYinzhou_withoutAYinzhouCatalogue_isProvincialAndMunicipalOnly() {
        CatalogueSet set = TestCatalogues.defaultSet();

        assertThat(versions(set.applicableIn(YINZHOU, EFFECTIVE_FROM))).containsExactly("330000-2022", "330200-2022");
    }

    @Test
    void applicableInYinzhou_onceItsCatalogueIsInForce_addsItsOwnTierButNeverHaishus() {
        CatalogueSet set = TestCatalogues.defaultSet()
                .with(TestCatalogues.district(YINZHOU, "330212-2023", LocalDate.of(2023, 1, 1)));

        assertThat(versions(set.applicableIn(YINZHOU, LocalDate.of(2023, 1, 30))))
                .containsExactly("330000-2022", "330200-2022");
        assertThat(versions(set.applicableIn(YINZHOU, LocalDate.of(2023, 1, 31))))
                .containsExactly("330000-2022", "330200-2022", "330212-2023");
        assertThat(versions(set.applicableIn(HAISHU, LocalDate.of(2023, 1, 31))))
                .containsExactly("330000-2022", "330200-2022", "330203-2022");
    }

    @Test
    void applicableInHangzhouXihu_isProvincialOnly() {
        CatalogueSet set = TestCatalogues.defaultSet();

        assertThat(versions(set.applicableIn(XIHU, EFFECTIVE_FROM))).containsExactly("330000-2022");
    }

    @Test
    void applicableInACity_isProvincialAndMunicipal() {
        assertThat(versions(TestCatalogues.defaultSet().applicableIn(NINGBO, EFFECTIVE_FROM)))
                .containsExactly("330000-2022", "330200-2022");
    }

    @Test
    void applicableBeforeTheCataloguesTakeEffect_isNothing() {
        assertThat(TestCatalogues.defaultSet().applicableIn(HAISHU, DAY_BEFORE_2022)).isEmpty();
    }

    @Test
    void indicatorIn_findsHaishusIndicatorInHaishuButNotInYinzhou() {
        CatalogueSet set = TestCatalogues.defaultSet();
        IndicatorCode hs03 = IndicatorCode.of("HS03");

        Optional<CatalogueIndicator> inHaishu = set.indicatorIn(HAISHU, hs03, EFFECTIVE_FROM);

        assertThat(inHaishu).isPresent();
        assertThat(inHaishu.get().version().value()).isEqualTo("330203-2022");
        assertThat(inHaishu.get().indicator().cap()).isEqualTo(Points.of(8));
        assertThat(set.indicatorIn(YINZHOU, hs03, EFFECTIVE_FROM)).isEmpty();
        assertThat(set.indicatorIn(HAISHU, hs03, DAY_BEFORE_2022)).isEmpty();
    }

    @Test
    void indicatorIn_findsCommonIndicatorsWhereTheirTierIsRecognised() {
        CatalogueSet set = TestCatalogues.defaultSet();

        assertThat(set.indicatorIn(YINZHOU, IndicatorCode.of("P04"), EFFECTIVE_FROM))
                .map(ci -> ci.version().value()).contains("330000-2022");
        assertThat(set.indicatorIn(YINZHOU, IndicatorCode.of("M91"), EFFECTIVE_FROM))
                .map(ci -> ci.version().value()).contains("330200-2022");
        assertThat(set.indicatorIn(XIHU, IndicatorCode.of("P04"), EFFECTIVE_FROM)).isPresent();
        assertThat(set.indicatorIn(XIHU, IndicatorCode.of("M01"), EFFECTIVE_FROM)).isEmpty();
    }

    @Test
    void indicatorIn_givesTheVersionInForceOnTheDate() {
        CatalogueSet set = TestCatalogues.defaultSet().with(TestCatalogues.haishu("330203-2017", PUBLISHED_2017));

        assertThat(set.indicatorIn(HAISHU, IndicatorCode.of("HS03"), DAY_BEFORE_2022))
                .map(ci -> ci.version().value()).contains("330203-2017");
        assertThat(set.indicatorIn(HAISHU, IndicatorCode.of("HS03"), EFFECTIVE_FROM))
                .map(ci -> ci.version().value()).contains("330203-2022");
    }

    @Test
    void find_andEmpty() {
        assertThat(TestCatalogues.defaultSet().find(CatalogueVersionId.of("330200-2022"))).isPresent();
        assertThat(TestCatalogues.defaultSet().find(CatalogueVersionId.of("330200-2017"))).isEmpty();
        assertThat(CatalogueSet.empty().versions()).isEmpty();
        assertThat(CatalogueSet.empty().applicableIn(HAISHU, EFFECTIVE_FROM)).isEmpty();
    }
}
