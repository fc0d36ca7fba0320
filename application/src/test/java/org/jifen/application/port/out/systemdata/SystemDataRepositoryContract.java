package org.jifen.application.port.out.systemdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.application.TestData.systemData;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.person.PersonId;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SystemDataRepository} adapter must do. An adapter's test extends this class and
 * returns the same repository for every call within one test, empty at the start of each test.
 *
 * <p>Quantities are compared by value ({@code compareTo}): 61 and 61.00 months are the same fact, so an
 * adapter may store them in a fixed-scale column.
 */
public abstract class SystemDataRepositoryContract {

    private static final PersonId ANNA = PersonId.of("person-0001");
    private static final PersonId BORIS = PersonId.of("person-0002");
    private static final IndicatorCode P04 = IndicatorCode.of("P04");

    /** The repository under test. */
    protected abstract SystemDataRepository systemDataRepository();

    private static void assertSameRecord(Optional<SystemDataRecord> actual, SystemDataRecord expected) {
        assertThat(actual).as("a record for " + expected.indicator() + " as of " + expected.asOf()).isPresent();
        SystemDataRecord record = actual.get();
        assertThat(record.person()).isEqualTo(expected.person());
        assertThat(record.indicator()).isEqualTo(expected.indicator());
        assertThat(record.asOf()).isEqualTo(expected.asOf());
        assertThat(record.quantity()).isEqualByComparingTo(expected.quantity());
    }

    private Optional<SystemDataRecord> latest(PersonId person, String indicator, LocalDate on) {
        return systemDataRepository().latest(person, IndicatorCode.of(indicator), on);
    }

    @Test
    void anEmptyRepository_hasNoRecord() {
        assertThat(systemDataRepository().latest(ANNA, P04, LocalDate.of(2024, 5, 1))).isEmpty();
    }

    @Test
    void latest_isTheRecordWithTheLatestDateOnOrBeforeTheDayAsked() {
        SystemDataRecord may2023 = systemData(ANNA, "P04", "49", LocalDate.of(2023, 5, 1));
        SystemDataRecord may2024 = systemData(ANNA, "P04", "61", LocalDate.of(2024, 5, 1));
        SystemDataRecord aug2024 = systemData(ANNA, "P04", "64", LocalDate.of(2024, 8, 1));
        systemDataRepository().record(List.of(may2024, aug2024));
        systemDataRepository().record(List.of(may2023));

        assertThat(latest(ANNA, "P04", LocalDate.of(2023, 4, 30))).isEmpty();
        assertSameRecord(latest(ANNA, "P04", LocalDate.of(2023, 5, 1)), may2023);
        assertSameRecord(latest(ANNA, "P04", LocalDate.of(2024, 4, 30)), may2023);
        assertSameRecord(latest(ANNA, "P04", LocalDate.of(2024, 5, 1)), may2024);
        assertSameRecord(latest(ANNA, "P04", LocalDate.of(2024, 7, 31)), may2024);
        assertSameRecord(latest(ANNA, "P04", LocalDate.of(2024, 8, 1)), aug2024);
        assertSameRecord(latest(ANNA, "P04", LocalDate.of(2030, 1, 1)), aug2024);
    }

    @Test
    void recordsOfOtherPersonsAndIndicators_doNotMix() {
        SystemDataRecord annaP04 = systemData(ANNA, "P04", "61", LocalDate.of(2024, 5, 1));
        systemDataRepository().record(List.of(annaP04,
                systemData(ANNA, "P05", "13", LocalDate.of(2024, 5, 2)),
                systemData(BORIS, "P04", "12", LocalDate.of(2024, 5, 3))));

        assertSameRecord(latest(ANNA, "P04", LocalDate.of(2024, 6, 1)), annaP04);
        assertSameRecord(latest(BORIS, "P04", LocalDate.of(2024, 6, 1)),
                systemData(BORIS, "P04", "12", LocalDate.of(2024, 5, 3)));
        assertThat(latest(BORIS, "P05", LocalDate.of(2024, 6, 1))).isEmpty();
        assertThat(latest(ANNA, "HS07", LocalDate.of(2024, 6, 1))).isEmpty();
    }

    @Test
    void aRecordForTheSamePersonIndicatorAndDate_replacesTheEarlierOne() {
        SystemDataRecord earlierDate = systemData(ANNA, "P04", "49", LocalDate.of(2023, 5, 1));
        systemDataRepository().record(List.of(earlierDate, systemData(ANNA, "P04", "61", LocalDate.of(2024, 5, 1))));
        SystemDataRecord corrected = systemData(ANNA, "P04", "58", LocalDate.of(2024, 5, 1));

        systemDataRepository().record(List.of(corrected));

        assertSameRecord(latest(ANNA, "P04", LocalDate.of(2024, 5, 1)), corrected);
        assertSameRecord(latest(ANNA, "P04", LocalDate.of(2024, 4, 30)), earlierDate);
    }

    @Test
    void withinOneBatch_theLaterRecordForTheSameKeyWins() {
        SystemDataRecord last = systemData(ANNA, "HS07", "17", LocalDate.of(2024, 5, 1));
        systemDataRepository().record(List.of(systemData(ANNA, "HS07", "15", LocalDate.of(2024, 5, 1)), last));

        assertSameRecord(latest(ANNA, "HS07", LocalDate.of(2024, 5, 1)), last);
    }

    @Test
    void fractionalAndZeroQuantities_areKeptExactly() {
        SystemDataRecord hours = systemData(ANNA, "M05", "45.5", LocalDate.of(2024, 5, 1));
        SystemDataRecord notHeld = systemData(ANNA, "HS06", "0", LocalDate.of(2024, 5, 1));
        systemDataRepository().record(List.of(hours, notHeld));

        assertSameRecord(latest(ANNA, "M05", LocalDate.of(2024, 5, 1)), hours);
        assertSameRecord(latest(ANNA, "HS06", LocalDate.of(2024, 5, 1)), notHeld);
    }
    // ---------------------------------------------------------------- latestFor: many persons at once

    private static final PersonId CHEN = PersonId.of("person-0003");

    private static String describe(SystemDataRecord record) {
        return record.person() + " " + record.indicator() + " " + record.asOf() + " "
                + record.quantity().stripTrailingZeros().toPlainString();
    }

    private List<String> latestFor(List<PersonId> persons, LocalDate on) {
        return systemDataRepository().latestFor(persons, on).stream()
                .sorted(Comparator.comparing((SystemDataRecord r) -> r.person().value())
                        .thenComparing(r -> r.indicator().value()))
                .map(SystemDataRepositoryContract::describe).toList();
    }

    @Test
    void latestFor_givesEachPersonsLatestRecordOfEachIndicatorOnOrBeforeTheDay() {
        systemDataRepository().record(List.of(
                systemData(ANNA, "P04", "49", LocalDate.of(2023, 5, 1)),
                systemData(ANNA, "P04", "61", LocalDate.of(2024, 5, 1)),
                systemData(ANNA, "P04", "64", LocalDate.of(2024, 8, 1)),
                systemData(ANNA, "HS07", "17.5", LocalDate.of(2024, 1, 31)),
                systemData(BORIS, "P04", "12", LocalDate.of(2024, 5, 3)),
                systemData(BORIS, "P05", "30", LocalDate.of(2024, 6, 1)),
                systemData(CHEN, "P04", "99", LocalDate.of(2024, 5, 1))));

        assertThat(latestFor(List.of(ANNA, BORIS), LocalDate.of(2024, 5, 31))).containsExactly(
                "person-0001 HS07 2024-01-31 17.5",
                "person-0001 P04 2024-05-01 61",
                "person-0002 P04 2024-05-03 12");
        assertThat(latestFor(List.of(ANNA, BORIS), LocalDate.of(2024, 4, 30))).containsExactly(
                "person-0001 HS07 2024-01-31 17.5",
                "person-0001 P04 2023-05-01 49");
        assertThat(latestFor(List.of(BORIS, PersonId.of("nobody-0001")), LocalDate.of(2030, 1, 1))).containsExactly(
                "person-0002 P04 2024-05-03 12",
                "person-0002 P05 2024-06-01 30");
        assertThat(systemDataRepository().latestFor(List.of(), LocalDate.of(2030, 1, 1))).isEmpty();
    }

    @Test
    void latestFor_ofMorePersonsThanOneQueryTakes_answersForEveryOne() {
        List<SystemDataRecord> records = new ArrayList<>();
        List<PersonId> persons = new ArrayList<>();
        for (int i = 0; i < 2_100; i++) {
            PersonId person = PersonId.of(String.format("person-%05d", i));
            persons.add(person);
            records.add(systemData(person, "P04", Integer.toString(i % 97), LocalDate.of(2024, 1, 1)));
            records.add(systemData(person, "P04", Integer.toString(i % 89), LocalDate.of(2024, 3, 1)));
        }
        systemDataRepository().record(records);

        List<SystemDataRecord> latest = systemDataRepository().latestFor(persons, LocalDate.of(2024, 2, 1));

        assertThat(latest).hasSize(2_100).allSatisfy(record -> {
            int i = Integer.parseInt(record.person().value().substring("person-".length()));
            assertThat(record.asOf()).isEqualTo(LocalDate.of(2024, 1, 1));
            assertThat(record.quantity()).isEqualByComparingTo(BigDecimal.valueOf(i % 97));
        });
    }
}
