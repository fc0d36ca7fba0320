package org.jifen.application.service.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jifen.application.InMemoryJifen;
import org.jifen.application.TestCallers;
import org.jifen.domain.access.AccessDeniedException;
import org.jifen.domain.audit.AuditAction;
import org.jifen.domain.audit.AuditEvent;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.application.TestData;
import org.jifen.application.port.in.catalogue.ImportCatalogueCommand;
import org.jifen.application.port.in.catalogue.ImportCatalogueResult;
import org.jifen.domain.catalogue.Catalogue;
import org.jifen.domain.catalogue.CatalogueProblem;
import org.jifen.domain.catalogue.CatalogueVersionId;
import org.jifen.domain.catalogue.Indicator;
import org.jifen.domain.catalogue.InvalidCatalogueException;
import org.jifen.domain.catalogue.ScoringMethod;
import org.jifen.domain.catalogue.TestCatalogues;
import org.jifen.domain.shared.Points;
import org.junit.jupiter.api.Test;

class ImportCatalogueServiceTest {

    private static final CatalogueVersionId PROVINCIAL = CatalogueVersionId.of("330000-2022");
    private static final CatalogueVersionId MUNICIPAL = CatalogueVersionId.of("330200-2022");
    private static final CatalogueVersionId HAISHU = CatalogueVersionId.of("330203-2022");

    private final InMemoryJifen jifen = new InMemoryJifen();

    private ImportCatalogueResult importing(Catalogue... catalogues) {
        return jifen.importCatalogue().importCatalogue(new ImportCatalogueCommand(TestCallers.ADMIN, List.of(catalogues)));
    }

    private List<Catalogue> loaded() {
        return jifen.adapters().catalogues().findAll();
    }

    /** The provincial catalogue with P02's cap raised to 12 and P04 scored MANUAL: three problems. */
    private static Catalogue badProvincial() {
        List<Indicator> indicators = new ArrayList<>();
        for (Indicator i : TestCatalogues.provincialIndicators()) {
            switch (i.code().value()) {
                case "P02" -> indicators.add(new Indicator(i.code(), i.chineseName(), i.englishName(), i.tier(),
                        i.jurisdiction(), i.kind(), i.method(), i.department(), Points.of(12), i.rule()));
                case "P04" -> indicators.add(new Indicator(i.code(), i.chineseName(), i.englishName(), i.tier(),
                        i.jurisdiction(), i.kind(), ScoringMethod.MANUAL, i.department(), i.cap(), i.rule()));
                default -> indicators.add(i);
            }
        }
        return TestCatalogues.withIndicators(TestCatalogues.provincial(), indicators);
    }

    @Test
    void importsTheThreeDefaultCatalogues() {
        ImportCatalogueResult result = importing(TestCatalogues.provincial(), TestCatalogues.municipal(),
                TestCatalogues.haishu());

        assertThat(result.imported()).containsExactly(PROVINCIAL, MUNICIPAL, HAISHU);
        assertThat(result.alreadyLoaded()).isEmpty();
        assertThat(loaded()).containsExactlyInAnyOrderElementsOf(TestData.defaultCatalogues());
        assertThat(jifen.adapters().catalogues().catalogueSet()
                .applicableIn(TestData.HAISHU, TestData.SCORING_DAY)).containsExactly(
                        TestCatalogues.provincial(), TestCatalogues.municipal(), TestCatalogues.haishu());
    }

    @Test
    void importingThemAgain_reportsAlreadyLoadedAndChangesNothing() {
        jifen.withDefaultCatalogues();

        ImportCatalogueResult again = importing(TestCatalogues.provincial(), TestCatalogues.municipal(),
                TestCatalogues.haishu());

        assertThat(again.imported()).isEmpty();
        assertThat(again.alreadyLoaded()).containsExactly(PROVINCIAL, MUNICIPAL, HAISHU);
        assertThat(loaded()).containsExactlyInAnyOrderElementsOf(TestData.defaultCatalogues());
    }

    @Test
    void aLoadedVersionTogetherWithANewOne_loadsOnlyTheNewOne() {
        importing(TestCatalogues.provincial());

        ImportCatalogueResult result = importing(TestCatalogues.provincial(), TestCatalogues.municipal());

        assertThat(result.imported()).containsExactly(MUNICIPAL);
        assertThat(result.alreadyLoaded()).containsExactly(PROVINCIAL);
        assertThat(loaded()).containsExactlyInAnyOrder(TestCatalogues.provincial(), TestCatalogues.municipal());
    }

    @Test
    void aBadCatalogueTogetherWithAGoodOne_importsNeitherAndReportsEveryProblem() {
        assertThatThrownBy(() -> importing(TestCatalogues.haishu(), badProvincial()))
                .isInstanceOfSatisfying(InvalidCatalogueException.class, e -> {
                    assertThat(e.code()).isEqualTo("INVALID_CATALOGUE");
                    assertThat(e.problems())
                            .extracting(CatalogueProblem::version, CatalogueProblem::indicator, CatalogueProblem::code)
                            .containsExactly(
                                    tuple("330000-2022", "P02", "CAP_UNREACHABLE"),
                                    tuple("330000-2022", "P04", "METHOD_DOES_NOT_FIT_RULE"),
                                    tuple("330000-2022", "", "TIER_TOTAL"));
                    assertThat(e.problems().get(2).message()).isEqualTo(
                            "the bonus caps of the PROVINCIAL tier add up to 102.00; the tier's maximum is 100.00");
                });

        assertThat(loaded()).isEmpty();
    }

    @Test
    void aChangedCatalogueUnderALoadedVersionId_isRefusedWithDuplicateVersion() {
        jifen.withDefaultCatalogues();
        Catalogue retitled = new Catalogue(HAISHU, TestData.HAISHU, TestCatalogues.haishu().tier(), "海曙区（修订）",
                TestCatalogues.PUBLISHED_ON, java.util.Optional.empty(), TestCatalogues.haishuIndicators());

        assertThatThrownBy(() -> importing(retitled))
                .isInstanceOfSatisfying(InvalidCatalogueException.class, e -> assertThat(e.problems())
                        .extracting(CatalogueProblem::version, CatalogueProblem::code)
                        .containsExactly(tuple("330203-2022", "DUPLICATE_VERSION")));

        assertThat(loaded()).containsExactlyInAnyOrderElementsOf(TestData.defaultCatalogues());
    }

    @Test
    void aSecondHaishuVersionOverlappingTheFirst_isRefusedWithOverlappingVersions() {
        Catalogue first = TestCatalogues.endingOn(TestCatalogues.haishu(), LocalDate.of(2025, 1, 1));
        importing(TestCatalogues.provincial(), TestCatalogues.municipal(), first);
        Catalogue second = TestCatalogues.haishu("330203-2024", LocalDate.of(2024, 6, 1)); // in force from 2024-07-01

        assertThatThrownBy(() -> importing(second))
                .isInstanceOfSatisfying(InvalidCatalogueException.class, e -> {
                    assertThat(e.problems())
                            .extracting(CatalogueProblem::version, CatalogueProblem::indicator, CatalogueProblem::code)
                            .containsExactly(tuple("330203-2024", "", "OVERLAPPING_VERSIONS"));
                    assertThat(e.problems().get(0).message()).isEqualTo("version 330203-2024 (from 2024-07-01) "
                            + "overlaps version 330203-2022 (from 2022-07-01 to 2025-01-01) of the same tier and jurisdiction");
                });

        assertThat(loaded()).containsExactlyInAnyOrder(TestCatalogues.provincial(), TestCatalogues.municipal(), first);
    }

    @Test
    void aLaterHaishuVersionAfterAnOpenEndedOne_isImportedAndTakesOverOnItsEffectiveDate() {
        jifen.withDefaultCatalogues();
        Catalogue successor = TestCatalogues.haishu("330203-2024", LocalDate.of(2024, 6, 1));

        ImportCatalogueResult result = importing(successor);

        assertThat(result.imported()).containsExactly(CatalogueVersionId.of("330203-2024"));
        var set = jifen.adapters().catalogues().catalogueSet();
        assertThat(set.inForce(TestData.HAISHU, TestCatalogues.haishu().tier(), LocalDate.of(2024, 6, 30)))
                .contains(TestCatalogues.haishu());
        assertThat(set.inForce(TestData.HAISHU, TestCatalogues.haishu().tier(), LocalDate.of(2024, 7, 1)))
                .contains(successor);
    }

    @Test
    void importByAClerk_isRefusedWithForbidden_andLoadsNothing() {
        assertThatThrownBy(() -> jifen.importCatalogue().importCatalogue(new ImportCatalogueCommand(
                TestCallers.HAISHU_CLERK, List.of(TestCatalogues.provincial()))))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.code()).isEqualTo("FORBIDDEN"));
        assertThat(loaded()).isEmpty();
        assertThat(jifen.adapters().auditLog().all()).isEmpty();
    }

    @Test
    void eachImportedVersion_isAudited() {
        importing(TestCatalogues.provincial(), TestCatalogues.municipal());

        assertThat(jifen.adapters().auditLog().all())
                .extracting(AuditEvent::sequence, AuditEvent::actor, AuditEvent::action, AuditEvent::subject)
                .containsExactly(tuple(1L, "admin-zj", AuditAction.CATALOGUE_IMPORTED, "330000-2022"),
                        tuple(2L, "admin-zj", AuditAction.CATALOGUE_IMPORTED, "330200-2022"));
    }

    @Test
    void aDistrictCatalogueOfAnUnknownDivision_isRefusedWithUnknownDivision() {
        Catalogue unknown = TestCatalogues.district(DivisionCode.of("330299"), "330299-2022",
                LocalDate.of(2022, 6, 1));

        assertThatThrownBy(() -> importing(TestCatalogues.provincial(), unknown))
                .isInstanceOfSatisfying(InvalidCatalogueException.class, e -> assertThat(e.problems())
                        .extracting(CatalogueProblem::version, CatalogueProblem::code)
                        .containsExactly(tuple("330299-2022", "UNKNOWN_DIVISION")));
        assertThat(loaded()).isEmpty();
    }
}
