package org.jifen.application.service.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jifen.application.TestData;
import org.jifen.application.audit.AuditTrail;
import org.jifen.application.memory.InMemoryAdapters;
import org.jifen.application.memory.SettableClock;
import org.jifen.application.port.in.person.AddHouseholdMemberUseCase;
import org.jifen.application.port.in.person.GetPersonUseCase;
import org.jifen.application.port.in.person.RegisterPersonCommand;
import org.jifen.application.port.in.person.RegisterPersonUseCase;
import org.jifen.domain.access.Caller;
import org.jifen.domain.access.Role;
import org.jifen.domain.audit.AuditEvent;
import org.jifen.domain.catalogue.Department;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.jurisdiction.DivisionRegistry;
import org.jifen.domain.person.IdNumber;
import org.jifen.domain.person.PhoneNumber;
import org.jifen.domain.person.ResidencePermit;
import org.jifen.domain.person.TestIdNumbers;

/** The three person use cases on one set of in-memory adapters, the clock at 2025-09-30 10:00 China time. */
final class PersonFixture {

    static final DivisionCode HAISHU = TestData.HAISHU;
    static final DivisionCode YINZHOU = TestData.YINZHOU;

    static final Caller CLERK_OF_HAISHU = Caller.of("clerk-haishu", Role.CLERK, HAISHU);
    static final Caller CLERK_OF_YINZHOU = Caller.of("clerk-yinzhou", Role.CLERK, YINZHOU);
    static final Caller ADMIN_OF_ZHEJIANG = Caller.of("admin-zhejiang", Role.ADMIN, TestData.ZHEJIANG);
    static final Caller SUPERVISOR_OF_HAISHU = Caller.of("supervisor-haishu", Role.SUPERVISOR, HAISHU);
    static final Caller REVIEWER_OF_HAISHU = Caller.reviewer("reviewer-haishu", HAISHU, Department.HRSS);
    static final Caller AUDITOR_OF_NINGBO = Caller.of("auditor-ningbo", Role.AUDITOR, TestData.NINGBO);
    static final Caller SYSTEM = Caller.of("system", Role.SYSTEM, TestData.ZHEJIANG);

    /** 330203199003071232: the policy's example, a synthetic Haishu number born 1990-03-07. */
    static final IdNumber ZHANG_WEI = TestIdNumbers.idNumber("330203", LocalDate.of(1990, 3, 7), 123);
    static final IdNumber LI_NA = TestIdNumbers.idNumber("330203", LocalDate.of(1991, 6, 15), 248);
    static final IdNumber CHILD = TestIdNumbers.idNumber("330203", LocalDate.of(2018, 9, 1), 37);
    static final ResidencePermit PERMIT = new ResidencePermit("ZJ-330203-0001", HAISHU, LocalDate.of(2023, 1, 1),
            LocalDate.of(2026, 12, 31));

    private final SettableClock clock = SettableClock.at(LocalDate.of(2025, 9, 30));
    private final InMemoryAdapters adapters = new InMemoryAdapters(clock);
    private final AuditTrail audit = new AuditTrail(adapters.auditLog(), clock);

    private final RegisterPersonUseCase register = new RegisterPersonService(adapters.persons(), adapters.ids(),
            DivisionRegistry.standard(), audit, adapters.transactions());
    private final AddHouseholdMemberUseCase addMember = new AddHouseholdMemberService(adapters.persons(), audit,
            adapters.transactions());
    private final GetPersonUseCase get = new GetPersonService(adapters.persons(), audit, adapters.transactions());

    RegisterPersonUseCase register() {
        return register;
    }

    AddHouseholdMemberUseCase addMember() {
        return addMember;
    }

    GetPersonUseCase get() {
        return get;
    }

    InMemoryAdapters adapters() {
        return adapters;
    }

    static RegisterPersonCommand registration(Caller caller, IdNumber idNumber, String name, DivisionCode district) {
        return new RegisterPersonCommand(caller, idNumber, name, Optional.of(PhoneNumber.parse("13812345678")),
                Optional.of(new ResidencePermit("ZJ-" + district + "-0001", district, LocalDate.of(2023, 1, 1),
                        LocalDate.of(2026, 12, 31))), district);
    }

    List<AuditEvent> auditEvents() {
        return adapters.auditLog().all();
    }

    List<Object> everyStore() {
        return List.of(adapters.persons().snapshot(), adapters.auditLog().snapshot(),
                adapters.applications().snapshot(), adapters.ledgers().snapshot());
    }

    void assertUnchangedSince(List<Object> before) {
        List<Object> after = everyStore();
        for (int i = 0; i < before.size(); i++) {
            assertThat(after.get(i)).as("store %d", i).isSameAs(before.get(i));
        }
    }
}
