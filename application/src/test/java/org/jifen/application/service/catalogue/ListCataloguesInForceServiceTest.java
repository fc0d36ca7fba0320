package org.jifen.application.service.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.jifen.application.TestData;
import org.jifen.application.memory.InMemoryAdapters;
import org.jifen.application.memory.SettableClock;
import org.jifen.application.port.in.catalogue.CataloguesInForceQuery;
import org.jifen.application.port.in.catalogue.ListCataloguesInForceUseCase;
import org.jifen.domain.access.Caller;
import org.jifen.domain.access.Role;
import org.jifen.domain.catalogue.Catalogue;
import org.jifen.domain.catalogue.TestCatalogues;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.jurisdiction.DivisionRegistry;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

class ListCataloguesInForceServiceTest {

    private final InMemoryAdapters adapters = new InMemoryAdapters(SettableClock.at(LocalDate.of(2025, 9, 30)));
    private final ListCataloguesInForceUseCase list = new ListCataloguesInForceService(adapters.catalogues(),
            DivisionRegistry.standard());
    private final Caller applicant = Caller.applicant("applicant", TestData.HAISHU, new PersonId("PER-000001"));

    ListCataloguesInForceServiceTest() {
        TestData.defaultCatalogues().forEach(adapters.catalogues()::add);
    }

    @Test
    void inHaishu_theProvincialMunicipalAndHaishuCataloguesApply_inTierOrder() {
        assertThat(list.list(new CataloguesInForceQuery(applicant, TestData.HAISHU, LocalDate.of(2025, 9, 30))))
                .extracting(c -> c.version().value())
                .containsExactly(TestCatalogues.PROVINCIAL_VERSION, TestCatalogues.MUNICIPAL_VERSION,
                        TestCatalogues.HAISHU_VERSION);
    }

    @Test
    void inYinzhou_withNoDistrictCatalogueLoaded_onlyTheCommonTiersApply() {
        assertThat(list.list(new CataloguesInForceQuery(applicant, TestData.YINZHOU, LocalDate.of(2025, 9, 30))))
                .extracting(Catalogue::jurisdiction).containsExactly(TestData.ZHEJIANG, TestData.NINGBO);
    }

    @Test
    void beforeTheCataloguesTookEffect_nothingApplies() {
        assertThat(list.list(new CataloguesInForceQuery(applicant, TestData.HAISHU,
                TestCatalogues.EFFECTIVE_FROM.minusDays(1)))).isEmpty();
    }

    @Test
    void aCityOrAnUnknownCode_isRefusedWithItsCode() {
        Caller admin = Caller.of("admin", Role.ADMIN, TestData.ZHEJIANG);
        assertThat(catchThrowableOfType(DomainException.class, () -> list.list(new CataloguesInForceQuery(admin,
                TestData.NINGBO, LocalDate.of(2025, 9, 30)))).code()).isEqualTo("NOT_A_DISTRICT");
        assertThat(catchThrowableOfType(DomainException.class, () -> list.list(new CataloguesInForceQuery(admin,
                DivisionCode.of("339999"), LocalDate.of(2025, 9, 30)))).code()).isEqualTo("UNKNOWN_DIVISION");
    }
}
