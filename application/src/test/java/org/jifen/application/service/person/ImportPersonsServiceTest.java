package org.jifen.application.service.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.jifen.application.service.person.PersonFixture.ADMIN_OF_ZHEJIANG;
import static org.jifen.application.service.person.PersonFixture.AUDITOR_OF_NINGBO;
import static org.jifen.application.service.person.PersonFixture.CLERK_OF_HAISHU;
import static org.jifen.application.service.person.PersonFixture.CLERK_OF_YINZHOU;
import static org.jifen.application.service.person.PersonFixture.HAISHU;
import static org.jifen.application.service.person.PersonFixture.LI_NA;
import static org.jifen.application.service.person.PersonFixture.REVIEWER_OF_HAISHU;
import static org.jifen.application.service.person.PersonFixture.SYSTEM;
import static org.jifen.application.service.person.PersonFixture.YINZHOU;
import static org.jifen.application.service.person.PersonFixture.ZHANG_WEI;
import static org.jifen.application.service.person.PersonFixture.registration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jifen.application.audit.AuditTrail;
import org.jifen.application.port.in.person.ImportPersonsCommand;
import org.jifen.application.port.in.person.ImportPersonsResult;
import org.jifen.application.port.in.person.ImportPersonsUseCase;
import org.jifen.application.port.in.person.PersonRegistration;
import org.jifen.domain.access.Caller;
import org.jifen.domain.audit.AuditAction;
import org.jifen.domain.audit.AuditEvent;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.jurisdiction.DivisionRegistry;
import org.jifen.domain.person.IdNumber;
import org.jifen.domain.person.Person;
import org.jifen.domain.person.PersonExistsException;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.person.PhoneNumber;
import org.jifen.domain.person.ResidencePermit;
import org.jifen.domain.person.TestIdNumbers;
import org.jifen.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

class ImportPersonsServiceTest {

    private static final IdNumber WANG_FANG = TestIdNumbers.idNumber("330212", LocalDate.of(1988, 11, 30), 468);

    private final PersonFixture jifen = new PersonFixture();
    private final ImportPersonsUseCase importPersons = new ImportPersonsService(jifen.adapters().persons(),
            jifen.adapters().ids(), DivisionRegistry.standard(),
            new AuditTrail(jifen.adapters().auditLog(), jifen.adapters().clock()), jifen.adapters().transactions());

    private static PersonRegistration entry(IdNumber idNumber, String name, DivisionCode district) {
        return new PersonRegistration(idNumber, name, Optional.of(PhoneNumber.parse("13812345678")),
                Optional.of(new ResidencePermit("ZJ-" + district + "-0002", district, LocalDate.of(2024, 1, 1),
                        LocalDate.of(2027, 12, 31))), district);
    }

    private ImportPersonsResult importing(Caller caller, PersonRegistration... entries) {
        return importPersons.importPersons(new ImportPersonsCommand(caller, List.of(entries)));
    }

    private DomainException refusal(Caller caller, PersonRegistration... entries) {
        List<Object> before = jifen.everyStore();
        Throwable thrown = catchThrowable(() -> importing(caller, entries));
        assertThat(thrown).isInstanceOf(DomainException.class);
        jifen.assertUnchangedSince(before);
        return (DomainException) thrown;
    }

    @Test
    void anAdministratorOfTheProvince_importsPersonsOfSeveralDistricts_underNewIdsInEntryOrder() {
        ImportPersonsResult result = importing(ADMIN_OF_ZHEJIANG, entry(ZHANG_WEI, "张伟", HAISHU),
                entry(WANG_FANG, "王芳", YINZHOU), entry(LI_NA, "李娜", HAISHU));

        assertThat(result.imported()).isEqualTo(3);
        assertThat(result.personIds()).containsExactly(PersonId.of("PER-000001"), PersonId.of("PER-000002"),
                PersonId.of("PER-000003"));
        Person wang = jifen.adapters().persons().find(PersonId.of("PER-000002")).orElseThrow();
        assertThat(wang).isEqualTo(new Person(PersonId.of("PER-000002"), WANG_FANG, "王芳",
                Optional.of(PhoneNumber.parse("13812345678")), Optional.of(new ResidencePermit("ZJ-330212-0002",
                        YINZHOU, LocalDate.of(2024, 1, 1), LocalDate.of(2027, 12, 31))), YINZHOU, List.of()));
        assertThat(jifen.adapters().persons().findByDistrict(HAISHU)).extracting(Person::name)
                .containsExactly("张伟", "李娜");
    }

    @Test
    void theImport_isAuditedOnceWithTheCountAndNoPersonalNumber() {
        importing(CLERK_OF_HAISHU, entry(ZHANG_WEI, "张伟", HAISHU), entry(LI_NA, "李娜", HAISHU));

        assertThat(jifen.auditEvents()).hasSize(1);
        AuditEvent event = jifen.auditEvents().get(0);
        assertThat(event.action()).isEqualTo(AuditAction.PERSONS_IMPORTED);
        assertThat(event.actor()).isEqualTo("clerk-haishu");
        assertThat(event.subject()).isEqualTo("PER-000001..PER-000002");
        assertThat(event.details()).isEqualTo("2 persons imported, residence 330203 ×2");
    }

    @Test
    void aThousandPersons_areImportedInOneCall() {
        List<PersonRegistration> entries = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            entries.add(entry(TestIdNumbers.idNumber("330203", LocalDate.of(1970, 1, 1).plusDays(i), 100 + i % 900),
                    "批量" + i, HAISHU));
        }

        ImportPersonsResult result = importPersons.importPersons(new ImportPersonsCommand(CLERK_OF_HAISHU, entries));

        assertThat(result.imported()).isEqualTo(1_000);
        assertThat(result.personIds().get(999)).isEqualTo(PersonId.of("PER-001000"));
        assertThat(jifen.adapters().persons().findByDistrict(HAISHU)).hasSize(1_000);
        assertThat(jifen.auditEvents()).singleElement().extracting(AuditEvent::details)
                .isEqualTo("1000 persons imported, residence 330203 ×1000");
    }

    @Test
    void anIdNumberAlreadyRegistered_isRefusedNamingTheEntryAndThePerson_andNothingIsImported() {
        jifen.register().register(registration(CLERK_OF_HAISHU, LI_NA, "李娜", HAISHU));

        DomainException refused = refusal(CLERK_OF_HAISHU, entry(ZHANG_WEI, "张伟", HAISHU),
                entry(LI_NA, "李娜", HAISHU));

        assertThat(refused).isInstanceOfSatisfying(PersonExistsException.class,
                e -> assertThat(e.existing()).isEqualTo(PersonId.of("PER-000001")));
        assertThat(refused.code()).isEqualTo("PERSON_EXISTS");
        assertThat(LI_NA.masked()).matches("330203\\*{8}248[0-9X]");
        assertThat(refused.getMessage()).isEqualTo("persons[1]: ID number " + LI_NA.masked()
                + " is already registered as PER-000001");
        assertThat(jifen.adapters().persons().findByIdNumber(ZHANG_WEI)).isEmpty();
    }

    @Test
    void anIdNumberGivenTwice_isRefusedNamingBothEntries_andNothingIsImported() {
        DomainException refused = refusal(CLERK_OF_HAISHU, entry(ZHANG_WEI, "张伟", HAISHU),
                entry(LI_NA, "李娜", HAISHU), entry(ZHANG_WEI, "张卫", HAISHU));

        assertThat(refused.code()).isEqualTo("DUPLICATE_ID_NUMBER");
        assertThat(refused.getMessage()).isEqualTo("persons[2].idNumber: ID number 330203********1232 is also given in"
                + " persons[0]");
    }

    @Test
    void anEntryOutsideTheClerksDistrict_isRefusedWithOutOfJurisdiction() {
        DomainException refused = refusal(CLERK_OF_HAISHU, entry(ZHANG_WEI, "张伟", HAISHU),
                entry(WANG_FANG, "王芳", YINZHOU));

        assertThat(refused.code()).isEqualTo("OUT_OF_JURISDICTION");
    }

    @Test
    void aClerkOfYinzhou_cannotImportHaishuResidents() {
        assertThat(refusal(CLERK_OF_YINZHOU, entry(ZHANG_WEI, "张伟", HAISHU)).code())
                .isEqualTo("OUT_OF_JURISDICTION");
    }

    @Test
    void aResidenceInACity_isRefusedWithNotADistrictNamingTheEntry() {
        DomainException refused = refusal(ADMIN_OF_ZHEJIANG, entry(ZHANG_WEI, "张伟", HAISHU),
                entry(LI_NA, "李娜", DivisionCode.of("330200")));

        assertThat(refused.code()).isEqualTo("NOT_A_DISTRICT");
        assertThat(refused.getMessage()).startsWith("persons[1].residenceDistrict: 330200 (宁波市)");
    }

    @Test
    void anUnknownDistrict_isRefusedWithUnknownDivisionNamingTheEntry() {
        DomainException refused = refusal(ADMIN_OF_ZHEJIANG, entry(ZHANG_WEI, "张伟", DivisionCode.of("330299")));

        assertThat(refused.code()).isEqualTo("UNKNOWN_DIVISION");
        assertThat(refused.getMessage()).startsWith("persons[0].residenceDistrict: 330299");
    }

    @Test
    void reviewersAuditorsAndSystems_areRefusedWithForbidden() {
        for (Caller caller : List.of(REVIEWER_OF_HAISHU, AUDITOR_OF_NINGBO, SYSTEM)) {
            assertThat(refusal(caller, entry(ZHANG_WEI, "张伟", HAISHU)).code()).as(caller.subject())
                    .isEqualTo("FORBIDDEN");
        }
    }
}
