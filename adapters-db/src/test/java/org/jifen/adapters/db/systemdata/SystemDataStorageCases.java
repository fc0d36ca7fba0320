package org.jifen.adapters.db.systemdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jifen.application.TestData.systemData;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jifen.adapters.db.TestDatabase;
import org.jifen.application.port.out.systemdata.SystemDataRecord;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

/** System data beyond the contract: exactness of the column and a bulk import. H2 and PostgreSQL. */
abstract class SystemDataStorageCases {

    private static final LocalDate DAY = LocalDate.of(2024, 5, 1);

    protected abstract TestDatabase db();

    private JdbiSystemDataRepository repository() {
        return db().get(JdbiSystemDataRepository.class, JdbiSystemDataRepository::new);
    }

    @Test
    void aQuantityTheColumnCannotHoldExactly_isRefusedNotRoundedAndNothingOfTheBatchIsStored() {
        PersonId anna = PersonId.of("person-0001");
        List<SystemDataRecord> batch = List.of(systemData(anna, "P04", "61", DAY),
                systemData(anna, "M05", "45.1234567", DAY));

        assertThatThrownBy(() -> repository().record(batch))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo("INVALID_QUANTITY");
                    assertThat(e.field()).isEqualTo("quantity");
                });

        assertThat(repository().latest(anna, IndicatorCode.of("P04"), DAY)).isEmpty();
    }

    @Test
    void sixDecimalPlacesAndEighteenIntegerDigits_areKeptExactly() {
        PersonId anna = PersonId.of("person-0001");
        repository().record(List.of(systemData(anna, "M05", "0.000001", DAY),
                systemData(anna, "M06", "999999999999999999.999999", DAY)));

        assertThat(repository().latest(anna, IndicatorCode.of("M05"), DAY).orElseThrow().quantity())
                .isEqualByComparingTo("0.000001");
        assertThat(repository().latest(anna, IndicatorCode.of("M06"), DAY).orElseThrow().quantity())
                .isEqualByComparingTo("999999999999999999.999999");
    }

    @Test
    void anImportOfTenThousandRecords_isStoredInOneCall() {
        List<SystemDataRecord> records = new ArrayList<>();
        for (int person = 0; person < 5_000; person++) {
            PersonId id = PersonId.of(String.format("person-%05d", person));
            records.add(systemData(id, "P04", Integer.toString(person % 120), DAY));
            records.add(systemData(id, "HS07", "1", DAY.minusDays(1)));
        }

        repository().record(records);

        assertThat(repository().latest(PersonId.of("person-04321"), IndicatorCode.of("P04"), DAY).orElseThrow()
                .quantity()).isEqualByComparingTo(Integer.toString(4321 % 120));
        assertThat(repository().latest(PersonId.of("person-00000"), IndicatorCode.of("HS07"), DAY)).isPresent();
    }
}
