package org.jifen.application.service.systemdata;

import org.jifen.application.TestCallers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.jifen.application.PersonBuilder.aPerson;
import static org.jifen.application.TestData.HAISHU;
import static org.jifen.application.TestData.SCORING_DAY;
import static org.jifen.application.TestData.systemData;

import java.util.List;
import org.jifen.application.InMemoryJifen;
import org.jifen.application.port.in.ledger.AutoScoreLine;
import org.jifen.application.port.in.shared.NotFoundException;
import org.jifen.application.port.in.shared.RuleRefusedException;
import org.jifen.application.port.in.systemdata.RecordSystemDataCommand;
import org.jifen.application.port.out.systemdata.SystemDataRecord;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.person.Person;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.shared.DomainException;
import org.jifen.domain.shared.Points;
import org.junit.jupiter.api.Test;

class RecordSystemDataServiceTest {

    private final InMemoryJifen jifen = new InMemoryJifen().withDefaultCatalogues();
    private final Person person = jifen.given(aPerson());
    private final SystemDataRecord goodP04 = systemData(person.id(), "P04", "61", SCORING_DAY);

    private int recording(SystemDataRecord... records) {
        return jifen.recordSystemData().record(new RecordSystemDataCommand(TestCallers.SYSTEM, List.of(records)));
    }

    /** The indicators auto-scoring finds data for (P01 always: it reads the ID number). */
    private List<String> scoredIndicators() {
        return jifen.score(person.id(), HAISHU, SCORING_DAY).lines().stream()
                .map(AutoScoreLine::indicator).map(IndicatorCode::value).toList();
    }

    @Test
    void validRecords_areStoredAndCounted() {
        int stored = recording(goodP04, systemData(person.id(), "HS07", "17", SCORING_DAY));

        assertThat(stored).isEqualTo(2);
        assertThat(scoredIndicators()).containsExactly("P01", "P04", "HS07");
        assertThat(jifen.adapters().systemData().latest(person.id(), IndicatorCode.of("P04"), SCORING_DAY))
                .contains(goodP04);
    }

    @Test
    void aRecordForAnUnknownPerson_isRefusedWithPersonNotFoundNamingItAndStoresNothing() {
        SystemDataRecord stranger = systemData(PersonId.of("person-9999"), "P04", "12", SCORING_DAY);

        assertThatThrownBy(() -> recording(goodP04, stranger))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo("PERSON_NOT_FOUND"))
                .hasMessage("records[1]: no person person-9999");

        assertThat(scoredIndicators()).containsExactly("P01");
    }

    @Test
    void aRecordForAnIndicatorNoCatalogueHas_isRefusedWithUnknownIndicatorNamingItAndStoresNothing() {
        assertThatThrownBy(() -> recording(goodP04, systemData(person.id(), "X99", "1", SCORING_DAY)))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo("UNKNOWN_INDICATOR"))
                .hasMessage("records[1]: no loaded catalogue has indicator X99");

        assertThat(scoredIndicators()).containsExactly("P01");
    }

    @Test
    void aRecordForAnEvidenceIndicator_isRefusedWithNotAutoIndicatorNamingItAndStoresNothing() {
        assertThatThrownBy(() -> recording(goodP04, systemData(person.id(), "P02", "1", SCORING_DAY)))
                .isInstanceOfSatisfying(RuleRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("NOT_AUTO_INDICATOR"))
                .hasMessage("records[1]: indicator P02 is not scored from system data (EVIDENCE)");

        assertThat(scoredIndicators()).containsExactly("P01");
    }

    @Test
    void aRecordForP01_isRefusedWithNotAutoIndicatorBecauseAgeIsReadFromTheIdNumber() {
        assertThatThrownBy(() -> recording(systemData(person.id(), "P01", "34", SCORING_DAY), goodP04))
                .isInstanceOfSatisfying(RuleRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("NOT_AUTO_INDICATOR"))
                .hasMessage("records[0]: indicator P01 is not scored from system data (AUTO, read from the ID number)");

        assertThat(scoredIndicators()).containsExactly("P01");
        assertThat(jifen.score(person.id(), HAISHU, SCORING_DAY).lines().get(0).target()).isEqualTo(Points.of(20));
    }

    @Test
    void beforeAnyCatalogueIsLoaded_everyIndicatorIsUnknown() {
        InMemoryJifen empty = new InMemoryJifen();
        Person someone = empty.given(aPerson());

        assertThatThrownBy(() -> empty.recordSystemData().record(new RecordSystemDataCommand(TestCallers.SYSTEM,
                List.of(systemData(someone.id(), "P04", "61", SCORING_DAY)))))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo("UNKNOWN_INDICATOR"))
                .hasMessage("records[0]: no loaded catalogue has indicator P04");
    }

    @Test
    void aQuantityOtherThan0Or1ForAFixedIndicator_isRefusedWithInvalidFactsNamingItAndStoresNothing() {
        assertThatThrownBy(() -> recording(goodP04, systemData(person.id(), "HS06", "2", SCORING_DAY)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("INVALID_FACTS"))
                .hasMessage("records[1]: a FIXED rule takes quantity 1 (held) or 0 (not held), got 2");

        assertThat(scoredIndicators()).containsExactly("P01");
    }

    @Test
    void aFixedIndicatorNotHeld_isStoredAndScoresZero() {
        recording(systemData(person.id(), "HS06", "0", SCORING_DAY));

        List<AutoScoreLine> lines = jifen.score(person.id(), HAISHU, SCORING_DAY).lines();

        assertThat(lines).extracting(l -> l.indicator().value(), AutoScoreLine::target, l -> l.posted().isPresent())
                .containsExactly(tuple("P01", Points.of(20), true), tuple("HS06", Points.ZERO, false));
    }
}
