package org.jifen.application.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jifen.application.audit.AuditTrail;
import org.jifen.domain.person.IdNumber;
import org.jifen.domain.person.PhoneNumber;
import org.jifen.domain.person.TestIdNumbers;
import org.junit.jupiter.api.Test;

/**
 * Text typed by people (a clearing reason) may name someone by ID number or phone; what reaches the audit
 * log and the views is masked exactly as {@link IdNumber#masked()} and {@link PhoneNumber#masked()} show
 * them, and nothing else in the text changes.
 */
class FreeTextMaskingTest {

    static final String ID = TestIdNumbers.number("510102", LocalDate.of(1990, 3, 7), 123);
    static final String ID_WITH_X = TestIdNumbers.withCheck("410304", LocalDate.of(1999, 12, 31), 0, 'X')
            .orElseThrow();

    @Test
    void anIdNumberInText_isMaskedAsTheIdNumberIs() {
        assertThat(AuditTrail.maskPersonalNumbers("持证人" + ID + "提交伪造学历"))
                .isEqualTo("持证人" + IdNumber.parse(ID).masked() + "提交伪造学历");
    }

    @Test
    void anIdNumberEndingInX_upperOrLowerCase_isMasked() {
        String masked = IdNumber.parse(ID_WITH_X).masked();
        assertThat(AuditTrail.maskPersonalNumbers("ID " + ID_WITH_X + ".")).isEqualTo("ID " + masked + ".");
        assertThat(AuditTrail.maskPersonalNumbers("ID " + ID_WITH_X.toLowerCase(java.util.Locale.ROOT)))
                .isEqualTo("ID " + masked.substring(0, 17) + "x");
    }

    @Test
    void aMobileNumberInText_isMaskedAsThePhoneIs() {
        assertThat(AuditTrail.maskPersonalNumbers("电话13912345678，已核实"))
                .isEqualTo("电话" + PhoneNumber.parse("13912345678").masked() + "，已核实");
    }

    @Test
    void textWithoutWholeNumbers_isLeftAsItIs() {
        String text = "case HS-GA-2025-0173, application APP-000004, 22.50 points on 2025-09-30, ref 1234567890,"
                + " 123456789012345678901 (21 digits), 510102********1234, 139****5678";
        assertThat(AuditTrail.maskPersonalNumbers(text)).isEqualTo(text);
    }
}
