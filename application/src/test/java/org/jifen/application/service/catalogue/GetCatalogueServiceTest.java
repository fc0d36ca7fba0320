package org.jifen.application.service.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jifen.application.InMemoryJifen;
import org.jifen.application.TestCallers;
import org.jifen.application.port.in.catalogue.CatalogueQuery;
import org.jifen.application.port.in.catalogue.CatalogueView;
import org.jifen.application.service.catalogue.GetCatalogueService;
import org.jifen.domain.access.Caller;
import org.jifen.domain.access.Role;
import org.jifen.domain.catalogue.CatalogueVersionId;
import org.jifen.domain.catalogue.Indicator;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.catalogue.Tier;
import org.jifen.domain.catalogue.TestCatalogues;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.shared.DomainException;
import org.jifen.domain.shared.Points;
import org.junit.jupiter.api.Test;

class GetCatalogueServiceTest {

    private static final LocalDate ON = LocalDate.of(2024, 5, 1);
    private static final Caller APPLICANT = new Caller("applicant-1", Role.APPLICANT, TestCatalogues.HAISHU,
            Optional.empty(), Optional.of(PersonId.of("person-0001")));

    private final InMemoryJifen jifen = new InMemoryJifen().withDefaultCatalogues();
    private final GetCatalogueService service = new GetCatalogueService(jifen.adapters().catalogues(),
            org.jifen.domain.jurisdiction.DivisionRegistry.standard());

    @Test
    void haishu_showsTheThreeTiersInForce_withCapsRulesDepartmentsAndMaxima() {
        CatalogueView view = service.catalogue(new CatalogueQuery(APPLICANT, TestCatalogues.HAISHU, ON));

        assertThat(view.districtName()).isEqualTo("海曙区");
        assertThat(view.maxTotal()).isEqualTo(Points.of(300));
        assertThat(view.tiers()).extracting(CatalogueView.TierCatalogue::tier)
                .containsExactly(Tier.PROVINCIAL, Tier.MUNICIPAL, Tier.DISTRICT);
        assertThat(view.tiers()).extracting(t -> t.jurisdiction().value()).containsExactly("330000", "330200", "330203");
        assertThat(view.tiers()).extracting(t -> t.max().toString()).containsExactly("100.00", "150.00", "50.00");
        assertThat(view.tiers()).extracting(t -> t.indicators().size()).containsExactly(5, 12, 7);
        assertThat(view.tiers()).extracting(t -> t.version().map(CatalogueVersionId::value).orElse(""))
                .containsExactly("330000-2022", "330200-2022", "330203-2022");
        assertThat(view.tiers().get(2).effectiveFrom()).contains(LocalDate.of(2022, 7, 1));
        Indicator p04 = view.tiers().get(0).indicators().stream()
                .filter(i -> i.code().equals(IndicatorCode.of("P04"))).findFirst().orElseThrow();
        assertThat(p04.cap()).isEqualTo(Points.of(30));
        assertThat(p04.department().name()).isEqualTo("HRSS");
        assertThat(view.tiers()).allMatch(t -> t.reason().isEmpty());
    }

    @Test
    void yinzhouWithoutItsDistrictCatalogue_showsTheTierEmptyWithTheReason() {
        CatalogueView view = service.catalogue(new CatalogueQuery(TestCallers.YINZHOU_CLERK, TestCatalogues.YINZHOU, ON));

        CatalogueView.TierCatalogue district = view.tiers().get(2);
        assertThat(district.inForce()).isFalse();
        assertThat(district.indicators()).isEmpty();
        assertThat(district.max()).isEqualTo(Points.of(50));
        assertThat(district.reason()).isEqualTo("鄞州区在2024-05-01无生效的区个性指标体系，该层级不计分");
        assertThat(view.tiers().get(0).inForce()).isTrue();
    }

    @Test
    void beforeTheCataloguesTookEffect_noTierIsInForce() {
        CatalogueView view = service.catalogue(new CatalogueQuery(APPLICANT, TestCatalogues.HAISHU,
                LocalDate.of(2022, 6, 30)));

        assertThat(view.tiers()).noneMatch(CatalogueView.TierCatalogue::inForce);
    }

    @Test
    void aCityOrAnUnknownDivision_isRefused() {
        assertThatThrownBy(() -> service.catalogue(new CatalogueQuery(APPLICANT, TestCatalogues.NINGBO, ON)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("NOT_A_DISTRICT"));
        assertThatThrownBy(() -> service.catalogue(new CatalogueQuery(APPLICANT,
                org.jifen.domain.jurisdiction.DivisionCode.of("330299"), ON)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("UNKNOWN_DIVISION"));
    }

    @Test
    void theWiredUseCase_isTheService() {
        assertThat(org.jifen.application.JifenUseCases.wire(jifen.adapters().ports()).getCatalogue()
                .catalogue(new CatalogueQuery(TestCallers.AUDITOR, TestCatalogues.HAISHU, ON)).tiers()).hasSize(3);
    }
}
