package org.jifen.application.service.systemdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jifen.application.InMemoryJifen;
import org.jifen.application.JifenUseCases;
import org.jifen.application.PersonBuilder;
import org.jifen.application.TestCallers;
import org.jifen.application.port.in.systemdata.RecordSystemDataByIdNumberCommand;
import org.jifen.application.port.in.systemdata.SystemDataLine;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.person.IdNumber;
import org.jifen.domain.person.Person;
import org.jifen.domain.person.TestIdNumbers;
import org.jifen.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

class RecordSystemDataByIdNumberServiceTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 4, 30);

    private final InMemoryJifen jifen = new InMemoryJifen().withDefaultCatalogues();
    private final JifenUseCases useCases = JifenUseCases.wire(jifen.adapters().ports());

    private static SystemDataLine line(IdNumber idNumber, String indicator, String quantity) {
        return new SystemDataLine(idNumber, IndicatorCode.of(indicator), new BigDecimal(quantity), AS_OF);
    }

    @Test
    void recordsNamingPersonsByIdNumber_areStoredForThosePersons() {
        Person person = jifen.given(PersonBuilder.aPerson());

        int stored = useCases.recordSystemDataByIdNumber().record(new RecordSystemDataByIdNumberCommand(
                TestCallers.SYSTEM, List.of(line(person.idNumber(), "P04", "61"), line(person.idNumber(), "HS06", "1"))));

        assertThat(stored).isEqualTo(2);
        assertThat(jifen.adapters().systemData().latest(person.id(), IndicatorCode.of("P04"), AS_OF))
                .hasValueSatisfying(r -> assertThat(r.quantity()).isEqualByComparingTo("61"));
    }

    @Test
    void anUnknownIdNumber_isRefusedNamingTheRecordMasked_andNothingIsStored() {
        Person person = jifen.given(PersonBuilder.aPerson());
        IdNumber stranger = IdNumber.parse(TestIdNumbers.number("330203", LocalDate.of(1985, 6, 1), 77));

        DomainException refused = catchThrowableOfType(() -> useCases.recordSystemDataByIdNumber().record(
                new RecordSystemDataByIdNumberCommand(TestCallers.SYSTEM,
                        List.of(line(person.idNumber(), "P04", "61"), line(stranger, "P04", "12")))),
                DomainException.class);

        assertThat(refused.code()).isEqualTo("PERSON_NOT_FOUND");
        assertThat(refused.getMessage()).contains("records[1]", stranger.masked()).doesNotContain(stranger.value());
        assertThat(jifen.adapters().systemData().latest(person.id(), IndicatorCode.of("P04"), AS_OF)).isEmpty();
    }

    @Test
    void aClerk_isRefusedBeforeAnyPersonIsLookedUp() {
        IdNumber stranger = IdNumber.parse(TestIdNumbers.number("330203", LocalDate.of(1985, 6, 1), 77));

        DomainException refused = catchThrowableOfType(() -> useCases.recordSystemDataByIdNumber().record(
                new RecordSystemDataByIdNumberCommand(TestCallers.HAISHU_CLERK, List.of(line(stranger, "P04", "1")))),
                DomainException.class);

        assertThat(refused.code()).isEqualTo("FORBIDDEN");
    }
}
