package org.jifen.adapters.rest.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SensitiveTextTest {

    @Test
    void idNumbersPhonesAndBearerTokens_areMasked() {
        assertThat(SensitiveText.mask("id 33020319900101123X phone 13812345678 auth Bearer abc.def"))
                .isEqualTo("id 330203********123X phone 138****5678 auth Bearer ***");
    }

    @Test
    void otherNumbers_areLeftAlone() {
        assertThat(SensitiveText.mask("application A-1234 on 2024-05-02, 12.50 points"))
                .isEqualTo("application A-1234 on 2024-05-02, 12.50 points");
    }
}
