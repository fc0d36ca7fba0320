package org.jifen.domain.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jifen.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class DivisionRegistryTest {

    private final DivisionRegistry registry = DivisionRegistry.standard();

    @Test
    void standard_knowsHaishuByName() {
        Division haishu = registry.require(DivisionCode.of("330203"));

        assertThat(haishu.chineseName()).isEqualTo("海曙区");
        assertThat(haishu.englishName()).isEqualTo("Haishu");
        assertThat(haishu.level()).isEqualTo(DivisionLevel.DISTRICT);
        assertThat(registry.chineseName(DivisionCode.of("330203"))).isEqualTo("海曙区");
    }

    @Test
    void standard_knowsTheProvinceTheCitiesAndTheOtherDistrictsOfDomainMd() {
        assertThat(registry.require("330000").chineseName()).isEqualTo("浙江省");
        assertThat(registry.require("330200").chineseName()).isEqualTo("宁波市");
        assertThat(registry.require("330100").chineseName()).isEqualTo("杭州市");
        assertThat(registry.require("330205").chineseName()).isEqualTo("江北区");
        assertThat(registry.require("330206").chineseName()).isEqualTo("北仑区");
        assertThat(registry.require("330211").chineseName()).isEqualTo("镇海区");
        assertThat(registry.require("330212").chineseName()).isEqualTo("鄞州区");
        assertThat(registry.require("330213").chineseName()).isEqualTo("奉化区");
        assertThat(registry.require("330106").chineseName()).isEqualTo("西湖区");
    }

    @Test
    void unknownWellFormedCode_isRefusedWithUnknownDivision() {
        assertThat(registry.isKnown(DivisionCode.of("330299"))).isFalse();
        assertThat(registry.find(DivisionCode.of("330299"))).isEmpty();
        assertThatThrownBy(() -> registry.require(DivisionCode.of("330299")))
                .isInstanceOf(UnknownDivisionException.class)
                .hasFieldOrPropertyWithValue("code", "UNKNOWN_DIVISION")
                .hasMessageContaining("330299");
        assertThatThrownBy(() -> registry.require("330299"))
                .isInstanceOf(UnknownDivisionException.class)
                .hasFieldOrPropertyWithValue("code", "UNKNOWN_DIVISION");
    }

    @Test
    void malformedText_isRefusedBeforeTheLookUp() {
        assertThatThrownBy(() -> registry.require("33020"))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "INVALID_DIVISION_CODE");
    }

    @Test
    void chineseNameOfAnUnknownCode_isTheBareCode() {
        assertThat(registry.chineseName(DivisionCode.of("330299"))).isEqualTo("330299");
    }

    @Test
    void with_addsDivisions_andKeepsTheStandardOnes() {
        DivisionRegistry more = registry.with(List.of(
                new Division(DivisionCode.of("330299"), "测试区", "Test district")));

        assertThat(more.require("330299").chineseName()).isEqualTo("测试区");
        assertThat(more.require("330203").chineseName()).isEqualTo("海曙区");
        assertThat(more.all()).hasSize(registry.all().size() + 1);
        assertThat(registry.isKnown(DivisionCode.of("330299"))).isFalse();
    }

    @Test
    void all_listsTheDivisionsInTheOrderGiven_sameOnEveryRun() {
        List<Division> all = registry.all();

        assertThat(all).hasSize(34 + 11 + 10 + 13);
        assertThat(all.get(0).code().value()).isEqualTo("110000");
        assertThat(all).extracting(d -> d.code().value())
                .containsSubsequence("330000", "330100", "330200", "330203", "330212", "330106");
    }

    @Test
    void of_refusesADivisionWhoseProvinceIsMissing() {
        assertThatThrownBy(() -> DivisionRegistry.of(List.of(
                new Division(DivisionCode.of("330203"), "海曙区", "Haishu"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("330203");
    }

    @Test
    void of_acceptsTheProvinceListedAfterItsDistricts() {
        DivisionRegistry small = DivisionRegistry.of(List.of(
                new Division(DivisionCode.of("330203"), "海曙区", "Haishu"),
                new Division(DivisionCode.of("330000"), "浙江省", "Zhejiang")));

        assertThat(small.all()).extracting(d -> d.code().value()).containsExactlyInAnyOrder("330203", "330000");
    }
}
