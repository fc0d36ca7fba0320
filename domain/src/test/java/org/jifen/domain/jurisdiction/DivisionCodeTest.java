package org.jifen.domain.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jifen.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DivisionCodeTest {

    private static final DivisionCode ZHEJIANG = DivisionCode.of("330000");
    private static final DivisionCode NINGBO = DivisionCode.of("330200");
    private static final DivisionCode HAISHU = DivisionCode.of("330203");
    private static final DivisionCode YINZHOU = DivisionCode.of("330212");
    private static final DivisionCode HANGZHOU = DivisionCode.of("330100");

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"33020", "3302031", "33O203", "abcdef", "", " 330203", "330203 ", "000000", "003300",
            "330003", "330099"})
    void malformedCode_isRefusedWithInvalidDivisionCode(String value) {
        assertThatThrownBy(() -> DivisionCode.of(value))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "INVALID_DIVISION_CODE")
                .hasFieldOrPropertyWithValue("field", "division");
    }

    @Test
    void nullCode_isRefusedWithInvalidDivisionCode() {
        assertThatThrownBy(() -> DivisionCode.of(null))
                .isInstanceOf(InvalidValueException.class)
                .hasFieldOrPropertyWithValue("code", "INVALID_DIVISION_CODE");
    }

    @ParameterizedTest(name = "{0} is a {1}")
    @CsvSource({
            "330000, PROVINCE",
            "110000, PROVINCE",
            "330200, CITY",
            "330100, CITY",
            "330203, DISTRICT",
            "330212, DISTRICT",
            "330282, DISTRICT"})
    void level_followsTheCode(String code, DivisionLevel level) {
        assertThat(DivisionCode.of(code).level()).isEqualTo(level);
    }

    @Test
    void provinceAndCity_areReadFromTheCode() {
        assertThat(HAISHU.province()).isEqualTo(ZHEJIANG);
        assertThat(HAISHU.city()).isEqualTo(NINGBO);
        assertThat(NINGBO.province()).isEqualTo(ZHEJIANG);
        assertThat(NINGBO.city()).isEqualTo(NINGBO);
        assertThat(ZHEJIANG.province()).isEqualTo(ZHEJIANG);
    }

    @Test
    void cityOfAProvince_isRefused() {
        assertThatThrownBy(ZHEJIANG::city).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void containment_districtInCityInProvince() {
        assertThat(NINGBO.contains(HAISHU)).isTrue();
        assertThat(ZHEJIANG.contains(NINGBO)).isTrue();
        assertThat(ZHEJIANG.contains(HAISHU)).isTrue();
    }

    @Test
    void containment_isReflexive() {
        assertThat(HAISHU.contains(HAISHU)).isTrue();
        assertThat(NINGBO.contains(NINGBO)).isTrue();
        assertThat(ZHEJIANG.contains(ZHEJIANG)).isTrue();
    }

    @Test
    void containment_doesNotHoldTheOtherWayRound() {
        assertThat(HAISHU.contains(NINGBO)).isFalse();
        assertThat(NINGBO.contains(ZHEJIANG)).isFalse();
        assertThat(HAISHU.contains(ZHEJIANG)).isFalse();
    }

    @Test
    void containment_siblingsAndOtherCitiesAreOutside() {
        assertThat(HAISHU.contains(YINZHOU)).isFalse();
        assertThat(YINZHOU.contains(HAISHU)).isFalse();
        assertThat(HANGZHOU.contains(HAISHU)).isFalse();
        assertThat(HANGZHOU.contains(NINGBO)).isFalse();
        assertThat(NINGBO.contains(DivisionCode.of("330106"))).isFalse();
        assertThat(ZHEJIANG.contains(DivisionCode.of("320100"))).isFalse();
    }

    @Test
    void codesWithTheSameValue_areEqual_andPrintAsTheBareCode() {
        assertThat(DivisionCode.of("330203")).isEqualTo(HAISHU).hasToString("330203");
    }
}
