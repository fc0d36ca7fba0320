package org.jifen.application.port.out.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.jifen.domain.catalogue.Catalogue;
import org.jifen.domain.catalogue.CatalogueProblem;
import org.jifen.domain.catalogue.CatalogueVersionId;
import org.jifen.domain.catalogue.Department;
import org.jifen.domain.catalogue.FixedRule;
import org.jifen.domain.catalogue.Indicator;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.catalogue.IndicatorKind;
import org.jifen.domain.catalogue.InvalidCatalogueException;
import org.jifen.domain.catalogue.ScoringMethod;
import org.jifen.domain.catalogue.TestCatalogues;
import org.jifen.domain.catalogue.Tier;
import org.jifen.domain.shared.Points;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CatalogueRepository} adapter must do. An adapter's test extends this class and
 * returns its repository from {@link #catalogueRepository()}: the same store for every call within one
 * test, and an empty store for each test.
 *
 * <p>Catalogues are compared with {@code equals}: every field of every version, indicator and rule
 * (names, tier, jurisdiction, kind, method, department, cap, rule parameters and tables, dates) must come
 * back exactly as added.
 */
public abstract class CatalogueRepositoryContract {

    private static final LocalDate ON = LocalDate.of(2024, 5, 1);

    /** The repository under test, empty at the start of each test. */
    protected abstract CatalogueRepository catalogueRepository();

    /** The 2017 interim provincial version, ending (exclusive) when the 2022 one takes effect. */
    private static Catalogue interimProvincial() {
        return TestCatalogues.endingOn(TestCatalogues.provincial("330000-2017", LocalDate.of(2017, 3, 1)),
                TestCatalogues.EFFECTIVE_FROM);
    }

    /** Yinzhou's minimal district catalogue with one indicator without an English name. */
    private static Catalogue yinzhou() {
        Catalogue district = TestCatalogues.district(TestCatalogues.YINZHOU, "330212-2023", LocalDate.of(2023, 1, 15));
        Indicator first = district.indicators().get(0);
        return TestCatalogues.replacing(district, new Indicator(first.code(), "区级荣誉（鄞州）", null, Tier.DISTRICT,
                TestCatalogues.YINZHOU, IndicatorKind.BONUS, ScoringMethod.EVIDENCE, Department.DISTRICT_OFFICE,
                Points.of(25), new FixedRule(Points.of(25))));
    }

    @Test
    void anEmptyRepository_findsNothing() {
        assertThat(catalogueRepository().findAll()).isEmpty();
        assertThat(catalogueRepository().find(CatalogueVersionId.of(TestCatalogues.PROVINCIAL_VERSION))).isEmpty();
        assertThat(catalogueRepository().catalogueSet().versions()).isEmpty();
    }

    @Test
    void addedVersions_comeBackEqualInEveryFieldOfEveryIndicatorAndRule() {
        List<Catalogue> added = List.of(TestCatalogues.provincial(), TestCatalogues.municipal(),
                TestCatalogues.haishu(), interimProvincial(), yinzhou());
        added.forEach(catalogueRepository()::add);

        for (Catalogue catalogue : added) {
            Catalogue found = catalogueRepository().find(catalogue.version()).orElseThrow();
            assertThat(found).isEqualTo(catalogue);
            assertThat(found.indicators()).containsExactlyElementsOf(catalogue.indicators());
        }
        assertThat(catalogueRepository().findAll()).containsExactlyInAnyOrderElementsOf(added);
    }

    @Test
    void findAVersionNotAdded_isEmpty() {
        catalogueRepository().add(TestCatalogues.haishu());

        assertThat(catalogueRepository().find(CatalogueVersionId.of("330203-2017"))).isEmpty();
    }

    @Test
    void theDefaultCataloguesKeepTheirExactRuleValues() {
        catalogueRepository().add(TestCatalogues.provincial());
        catalogueRepository().add(TestCatalogues.municipal());

        Catalogue provincial = catalogueRepository().find(CatalogueVersionId.of("330000-2022")).orElseThrow();
        assertThat(provincial.effectiveFrom()).isEqualTo(LocalDate.of(2022, 7, 1));
        assertThat(provincial.effectiveTo()).isEmpty();
        assertThat(provincial.indicator(IndicatorCode.of("P05")).orElseThrow().rule())
                .isEqualTo(TestCatalogues.perUnit("0.25", 1, org.jifen.domain.catalogue.Unit.MONTH));
        assertThat(provincial.indicator(IndicatorCode.of("P01")).orElseThrow().rule())
                .isEqualTo(TestCatalogues.p01AgeRule());
        Catalogue municipal = catalogueRepository().find(CatalogueVersionId.of("330200-2022")).orElseThrow();
        Indicator m91 = municipal.indicator(IndicatorCode.of("M91")).orElseThrow();
        assertThat(m91.kind()).isEqualTo(IndicatorKind.DEDUCTION);
        assertThat(m91.cap()).isEqualTo(Points.of(50));
        assertThat(m91.rule().values()).containsExactlyInAnyOrder(Points.of(-10), Points.of(-30));
    }

    @Test
    void addingAVersionIdAgain_isRefusedWithDuplicateVersionAndKeepsTheFirst() {
        Catalogue first = TestCatalogues.haishu();
        catalogueRepository().add(first);
        Catalogue sameIdOtherTitle = new Catalogue(first.version(), first.jurisdiction(), first.tier(), "另一个标题",
                first.publishedOn(), first.effectiveTo(), first.indicators());

        for (Catalogue again : List.of(first, sameIdOtherTitle)) {
            assertThatThrownBy(() -> catalogueRepository().add(again))
                    .isInstanceOfSatisfying(InvalidCatalogueException.class, e -> {
                        assertThat(e.code()).isEqualTo("INVALID_CATALOGUE");
                        assertThat(e.problems())
                                .extracting(CatalogueProblem::version, CatalogueProblem::indicator,
                                        CatalogueProblem::code)
                                .containsExactly(tuple("330203-2022", "", "DUPLICATE_VERSION"));
                        assertThat(e.problems().get(0).message()).contains("330203-2022");
                    });
        }
        assertThat(catalogueRepository().findAll()).containsExactly(first);
        assertThat(catalogueRepository().find(first.version())).contains(first);
    }

    @Test
    void catalogueSet_answersWhichVersionsApplyInADistrict() {
        List.of(interimProvincial(), TestCatalogues.provincial(), TestCatalogues.municipal(), TestCatalogues.haishu())
                .forEach(catalogueRepository()::add);

        assertThat(catalogueRepository().catalogueSet().applicableIn(TestCatalogues.HAISHU, ON))
                .containsExactly(TestCatalogues.provincial(), TestCatalogues.municipal(), TestCatalogues.haishu());
        assertThat(catalogueRepository().catalogueSet().applicableIn(TestCatalogues.HAISHU, LocalDate.of(2022, 6, 30)))
                .containsExactly(interimProvincial());
    }
}
