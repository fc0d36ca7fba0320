package org.jifen.adapters.db.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jifen.adapters.db.StorageException;
import org.jifen.domain.catalogue.Facts;
import org.jifen.domain.shared.Points;
import org.junit.jupiter.api.Test;

class JsonColumnsTest {

    @Test
    void everyKindOfFacts_comesBackEqual_quantitiesWithTheirScale() {
        List<Facts> all = List.of(new Facts.Quantity(new BigDecimal("61")), new Facts.Quantity(new BigDecimal("61.0")),
                new Facts.Quantity(new BigDecimal("1E+3")), new Facts.Quantity(new BigDecimal("0.000001")),
                new Facts.Span(LocalDate.of(2023, 3, 31), LocalDate.of(2024, 5, 6)), new Facts.LevelHeld("BACHELOR"),
                new Facts.Events(List.of(new Facts.Event("INVENTION", "ZL202110001234.5"),
                        new Facts.Event("省级", "引号\"与\\反斜杠"))),
                new Facts.Events(List.of()), new Facts.Holding(true), new Facts.Holding(false),
                new Facts.SetPoints(Points.parse("-8.50")), new Facts.BirthDate(LocalDate.of(1990, 3, 7)));

        for (Facts facts : all) {
            Facts back = JsonColumns.facts(JsonColumns.facts(facts), "t.c");
            assertThat(back).as(facts.toString()).isEqualTo(facts);
            if (facts instanceof Facts.Quantity q) {
                assertThat(((Facts.Quantity) back).amount().scale()).isEqualTo(q.amount().scale());
            }
        }
    }

    @Test
    void quantitiesAreStoredAsText_notAsJsonNumbers() {
        assertThat(JsonColumns.facts(new Facts.Quantity(new BigDecimal("13.5"))))
                .isEqualTo("{\"kind\":\"QUANTITY\",\"amount\":\"13.5\"}");
    }

    @Test
    void stringLists_comeBackInOrder() {
        List<String> evidence = List.of("evidence/diploma-2012.pdf", "学信网-验证报告-2024.pdf", "", "a,b\"c");

        assertThat(JsonColumns.strings(JsonColumns.strings(evidence), "t.c")).containsExactlyElementsOf(evidence);
        assertThat(JsonColumns.strings(JsonColumns.strings(List.of()), "t.c")).isEmpty();
    }

    @Test
    void unreadableText_isAStorageFailureNamingTheColumnWithoutTheText() {
        for (String broken : List.of("{", "[]", "{\"kind\":\"NOPE\"}", "{\"kind\":\"QUANTITY\"}",
                "{\"kind\":\"QUANTITY\",\"amount\":\"x1\"}", "{\"kind\":\"HOLDING\",\"held\":\"yes\"}")) {
            assertThatThrownBy(() -> JsonColumns.facts(broken, "application_claim.declared_facts")).as(broken)
                    .isInstanceOfSatisfying(StorageException.class, e -> {
                        assertThat(e.code()).isEqualTo("STORAGE_FAILURE");
                        assertThat(e.getMessage()).contains("application_claim.declared_facts").doesNotContain(broken);
                    });
        }
        assertThatThrownBy(() -> JsonColumns.strings("[1,", "appeal.indicators"))
                .isInstanceOfSatisfying(StorageException.class, e -> assertThat(e.code()).isEqualTo("STORAGE_FAILURE"));
    }
}
