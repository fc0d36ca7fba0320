package org.jifen.application.service.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jifen.application.TestData;
import org.jifen.application.memory.InMemoryAdapters;
import org.jifen.application.memory.SettableClock;
import org.jifen.application.port.in.person.LookUpPersonsUseCase;
import org.jifen.application.port.in.person.PersonLookup;
import org.jifen.application.port.in.person.PersonLookupQuery;
import org.jifen.domain.access.Caller;
import org.jifen.domain.access.Role;
import org.jifen.domain.catalogue.Department;
import org.jifen.domain.person.IdNumber;
import org.jifen.domain.person.Person;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.person.TestIdNumbers;
import org.jifen.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

class LookUpPersonsServiceTest {

    static final IdNumber IN_HAISHU = TestIdNumbers.idNumber("510102", LocalDate.of(1990, 3, 7), 123);
    static final IdNumber IN_YINZHOU = TestIdNumbers.idNumber("420102", LocalDate.of(1985, 11, 30), 468);
    static final IdNumber NOT_REGISTERED = TestIdNumbers.idNumber("330203", LocalDate.of(1991, 6, 15), 248);

    private final InMemoryAdapters adapters = new InMemoryAdapters(SettableClock.at(LocalDate.of(2025, 9, 30)));
    private final LookUpPersonsUseCase lookUp = new LookUpPersonsService(adapters.persons(), adapters.transactions());

    LookUpPersonsServiceTest() {
        adapters.persons().add(new Person(new PersonId("PER-000001"), IN_HAISHU, "张伟", TestData.HAISHU));
        adapters.persons().add(new Person(new PersonId("PER-000002"), IN_YINZHOU, "王强", TestData.YINZHOU));
    }

    @Test
    void registeredNumbers_areFoundWithTheirPersonIds_andUnregisteredOnesAreAbsent() {
        Caller admin = Caller.of("admin-zj", Role.ADMIN, TestData.ZHEJIANG);

        PersonLookup lookup = lookUp.lookUp(PersonLookupQuery.of(admin, List.of(IN_HAISHU, IN_YINZHOU, NOT_REGISTERED)));

        assertThat(lookup.found()).isEqualTo(Map.of(IN_HAISHU, new PersonId("PER-000001"), IN_YINZHOU,
                new PersonId("PER-000002")));
        assertThat(lookup.personOf(NOT_REGISTERED)).isEmpty();
    }

    @Test
    void staffOfTheDistrictAndSystems_mayLookUp() {
        for (Caller caller : List.of(Caller.of("clerk-hs", Role.CLERK, TestData.HAISHU),
                Caller.reviewer("reviewer-hs", TestData.HAISHU, Department.HRSS),
                Caller.of("supervisor-nb", Role.SUPERVISOR, TestData.NINGBO),
                Caller.of("system-zj", Role.SYSTEM, TestData.ZHEJIANG))) {
            assertThat(lookUp.lookUp(PersonLookupQuery.of(caller, List.of(IN_HAISHU))).personOf(IN_HAISHU))
                    .as(caller.subject()).contains(new PersonId("PER-000001"));
        }
    }

    @Test
    void aPersonLivingOutsideTheCallersJurisdiction_refusesTheLookupWithTheNumberMasked() {
        Caller clerkOfHaishu = Caller.of("clerk-hs", Role.CLERK, TestData.HAISHU);

        DomainException refused = catchThrowableOfType(DomainException.class,
                () -> lookUp.lookUp(PersonLookupQuery.of(clerkOfHaishu, List.of(IN_HAISHU, IN_YINZHOU))));

        assertThat(refused.code()).isEqualTo("OUT_OF_JURISDICTION");
        assertThat(refused.getMessage()).contains(IN_YINZHOU.masked()).doesNotContain(IN_YINZHOU.value());
    }

    @Test
    void applicantsAndAuditors_areForbidden() {
        for (Caller caller : List.of(Caller.applicant("applicant", TestData.HAISHU, new PersonId("PER-000001")),
                Caller.of("auditor-nb", Role.AUDITOR, TestData.NINGBO))) {
            DomainException refused = catchThrowableOfType(DomainException.class,
                    () -> lookUp.lookUp(PersonLookupQuery.of(caller, List.of(IN_HAISHU))));
            assertThat(refused.code()).as(caller.subject()).isEqualTo("FORBIDDEN");
        }
    }

    @Test
    void anEmptyQuery_findsNothing() {
        assertThat(lookUp.lookUp(PersonLookupQuery.of(Caller.of("admin-zj", Role.ADMIN, TestData.ZHEJIANG),
                List.of())).found()).isEmpty();
    }
}
