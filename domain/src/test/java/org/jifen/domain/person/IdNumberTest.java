package org.jifen.domain.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.jifen.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

class IdNumberTest {

    @Test
    void checkCharacter_isIso7064Mod11_2() {
        assertThat(IdNumber.checkCharacter("33020319900307123")).isEqualTo('2');
        assertThat(IdNumber.checkCharacter("51010219851112456")).isEqualTo('1');
        assertThat(IdNumber.checkCharacter("33020319900307124")).isEqualTo('0');
        assertThat(IdNumber.checkCharacter("33020319900307007")).isEqualTo('X');
    }

    @Test
    void checkCharacter_refusesAnythingButSeventeenDigits() {
        assertThatThrownBy(() -> IdNumber.checkCharacter("3302031990030712"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IdNumber.checkCharacter("3302031990030712X"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IdNumber.checkCharacter(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parse_acceptsAValidNumber_andReadsBirthDateAndRegion() {
        IdNumber id = IdNumber.parse("330203199003071232");

        assertThat(id.value()).isEqualTo("330203199003071232");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1990, 3, 7));
        assertThat(id.regionCode()).isEqualTo("330203");
    }

    @Test
    void parse_acceptsCheckCharacterX_inEitherCase() {
        IdNumber upper = IdNumber.parse("33020319900307007X");
        IdNumber lower = IdNumber.parse("33020319900307007x");

        assertThat(upper.value()).isEqualTo("33020319900307007X");
        assertThat(lower).isEqualTo(upper);
        assertThat(lower.value()).endsWith("X");
    }

    @Test
    void testIdNumbers_computeValidNumbers() {
        String number = TestIdNumbers.number("510102", LocalDate.of(1985, 11, 12), 456);

        assertThat(number).isEqualTo("510102198511124561");
        assertThat(IdNumber.parse(number).birthDate()).isEqualTo(LocalDate.of(1985, 11, 12));
        assertThat(TestIdNumbers.withCheck("330203", LocalDate.of(1990, 3, 7), 0, 'X'))
                .contains("33020319900307007X");
    }

    @Test
    void parse_refusesAWrongCheckCharacter_withInvalidIdNumber() {
        assertThatThrownBy(() -> IdNumber.parse("330203199003071233"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo("INVALID_ID_NUMBER");
                    assertThat(e.field()).isEqualTo("idNumber");
                    assertThat(e.getMessage()).contains("check character");
                });
        String valid = TestIdNumbers.number("330212", LocalDate.of(2001, 1, 31), 7);
        assertThatThrownBy(() -> IdNumber.parse(TestIdNumbers.withWrongCheck(valid)))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void parse_refusesAnImpossibleBirthDate_evenWithAMatchingCheckCharacter() {
        String feb30 = TestIdNumbers.numberWithRawDate("330203", "19990230", 123);

        assertThatThrownBy(() -> IdNumber.parse(feb30))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo("INVALID_ID_NUMBER");
                    assertThat(e.getMessage()).contains("19990230");
                });
    }

    @Test
    void parse_refusesAnUnknownProvinceRegion_evenWithAMatchingCheckCharacter() {
        String region99 = TestIdNumbers.numberWithRawDate("990203", "19900307", 123);

        assertThatThrownBy(() -> IdNumber.parse(region99))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo("INVALID_ID_NUMBER");
                    assertThat(e.getMessage()).contains("region");
                });
    }

    @Test
    void parse_refusesMalformedText() {
        for (String bad : new String[] {"", "33020319900307123", "3302031990030712322", "33020319900307123A",
                "X30203199003071232", null}) {
            assertThatThrownBy(() -> IdNumber.parse(bad))
                    .as("'%s'", bad)
                    .isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.code()).isEqualTo("INVALID_ID_NUMBER"));
        }
    }

    @Test
    void masked_showsRegionAndLastFourOnly_andToStringIsMasked() {
        IdNumber id = IdNumber.parse("330203199003071232");

        assertThat(id.masked()).isEqualTo("330203********1232");
        assertThat(id.toString()).isEqualTo("330203********1232");
        assertThat(IdNumber.parse("33020319900307007X").masked()).isEqualTo("330203********007X");
        assertThat(String.valueOf(id)).doesNotContain("19900307");
    }

    @Test
    void equality_isByValue() {
        IdNumber a = TestIdNumbers.haishu(LocalDate.of(1990, 3, 7));
        IdNumber b = IdNumber.parse(" 330203199003071232 ");

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(TestIdNumbers.idNumber("330203", LocalDate.of(1990, 3, 7), 124));
    }
}
