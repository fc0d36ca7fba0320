package org.jifen.application.service.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.jifen.application.service.person.PersonFixture.ADMIN_OF_ZHEJIANG;
import static org.jifen.application.service.person.PersonFixture.CLERK_OF_HAISHU;
import static org.jifen.application.service.person.PersonFixture.CLERK_OF_YINZHOU;
import static org.jifen.application.service.person.PersonFixture.HAISHU;
import static org.jifen.application.service.person.PersonFixture.LI_NA;
import static org.jifen.application.service.person.PersonFixture.PERMIT;
import static org.jifen.application.service.person.PersonFixture.REVIEWER_OF_HAISHU;
import static org.jifen.application.service.person.PersonFixture.SUPERVISOR_OF_HAISHU;
import static org.jifen.application.service.person.PersonFixture.ZHANG_WEI;
import static org.jifen.application.service.person.PersonFixture.registration;

import java.util.List;
import java.util.Optional;
import org.jifen.application.memory.SettableClock;
import org.jifen.application.port.in.person.PersonView;
import org.jifen.application.port.in.person.RegisterPersonCommand;
import org.jifen.domain.access.Caller;
import org.jifen.domain.audit.AuditAction;
import org.jifen.domain.audit.AuditEvent;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.person.Person;
import org.jifen.domain.person.PersonExistsException;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.person.PhoneNumber;
import org.jifen.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

class RegisterPersonServiceTest {

    private final PersonFixture jifen = new PersonFixture();

    private DomainException refusal(RegisterPersonCommand command) {
        List<Object> before = jifen.everyStore();
        Throwable thrown = catchThrowable(() -> jifen.register().register(command));
        assertThat(thrown).isInstanceOf(DomainException.class);
        jifen.assertUnchangedSince(before);
        return (DomainException) thrown;
    }

    @Test
    void aClerkOfHaishu_registersAPersonUnderANewId_andSeesThemMasked() {
        PersonView view = jifen.register().register(registration(CLERK_OF_HAISHU, ZHANG_WEI, "张伟", HAISHU));

        assertThat(view.personId()).isEqualTo(PersonId.of("PER-000001"));
        assertThat(view.idNumber()).isEqualTo("330203********1232");
        assertThat(view.name()).isEqualTo("张伟");
        assertThat(view.phone()).contains("138****5678");
        assertThat(view.permit()).contains(PERMIT);
        assertThat(view.residenceDistrict()).isEqualTo(HAISHU);
        assertThat(view.household()).isEmpty();
        assertThat(view.revealed()).isFalse();

        Person stored = jifen.adapters().persons().find(PersonId.of("PER-000001")).orElseThrow();
        assertThat(stored.idNumber().value()).isEqualTo("330203199003071232");
        assertThat(stored.phone()).contains(PhoneNumber.parse("13812345678"));
        assertThat(stored.permit()).contains(PERMIT);
        assertThat(stored.residenceDistrict()).isEqualTo(HAISHU);
    }

    @Test
    void theRegistration_isAuditedWithMaskedDetails() {
        jifen.register().register(registration(CLERK_OF_HAISHU, ZHANG_WEI, "张伟", HAISHU));

        assertThat(jifen.auditEvents()).hasSize(1);
        AuditEvent event = jifen.auditEvents().get(0);
        assertThat(event.action()).isEqualTo(AuditAction.PERSON_REGISTERED);
        assertThat(event.subject()).isEqualTo("PER-000001");
        assertThat(event.actor()).isEqualTo("clerk-haishu");
        assertThat(event.at()).isEqualTo(SettableClock.at(java.time.LocalDate.of(2025, 9, 30)).now());
        assertThat(event.details()).isEqualTo("person 330203********1232 张* registered, residence 330203, permit "
                + "issued by 330203 valid 2023-01-01 to 2026-12-31");
        assertThat(event.details()).doesNotContain("330203199003071232").doesNotContain("张伟")
                .doesNotContain("13812345678");
    }

    @Test
    void aPersonWithoutPhoneOrPermit_canBeRegistered() {
        PersonView view = jifen.register().register(new RegisterPersonCommand(ADMIN_OF_ZHEJIANG, LI_NA, "李娜",
                Optional.empty(), Optional.empty(), HAISHU));

        assertThat(view.phone()).isEmpty();
        assertThat(view.permit()).isEmpty();
        assertThat(jifen.auditEvents()).extracting(AuditEvent::details)
                .containsExactly("person 330203********" + LI_NA.value().substring(14)
                        + " 李* registered, residence 330203, permit none");
    }

    @Test
    void anIdNumberAlreadyRegistered_isRefusedWithPersonExists_carryingTheExistingId() {
        jifen.register().register(registration(CLERK_OF_HAISHU, ZHANG_WEI, "张伟", HAISHU));

        DomainException refused = refusal(registration(CLERK_OF_HAISHU, ZHANG_WEI, "张伟伟", HAISHU));

        assertThat(refused.code()).isEqualTo("PERSON_EXISTS");
        assertThat(refused).isInstanceOf(PersonExistsException.class);
        assertThat(((PersonExistsException) refused).existing()).isEqualTo(PersonId.of("PER-000001"));
        assertThat(jifen.auditEvents()).hasSize(1);
    }

    @Test
    void anUnknownDistrict_isRefusedWithUnknownDivision() {
        DomainException refused = refusal(registration(ADMIN_OF_ZHEJIANG, ZHANG_WEI, "张伟", DivisionCode.of("330299")));

        assertThat(refused.code()).isEqualTo("UNKNOWN_DIVISION");
        assertThat(jifen.auditEvents()).isEmpty();
    }

    @Test
    void aCityAsResidence_isRefusedWithNotADistrict() {
        DomainException refused = refusal(registration(ADMIN_OF_ZHEJIANG, ZHANG_WEI, "张伟", DivisionCode.of("330200")));

        assertThat(refused.code()).isEqualTo("NOT_A_DISTRICT");
    }

    @Test
    void rolesOtherThanClerkAndAdmin_areRefusedWithForbidden() {
        for (Caller caller : List.of(SUPERVISOR_OF_HAISHU, REVIEWER_OF_HAISHU, PersonFixture.AUDITOR_OF_NINGBO,
                PersonFixture.SYSTEM, Caller.applicant("zhang-wei", HAISHU, PersonId.of("PER-000009")))) {
            DomainException refused = refusal(registration(caller, ZHANG_WEI, "张伟", HAISHU));

            assertThat(refused.code()).as(caller.role().name()).isEqualTo("FORBIDDEN");
        }
    }

    @Test
    void aClerkOfYinzhouRegisteringAHaishuResident_isRefusedWithOutOfJurisdiction() {
        DomainException refused = refusal(registration(CLERK_OF_YINZHOU, ZHANG_WEI, "张伟", HAISHU));

        assertThat(refused.code()).isEqualTo("OUT_OF_JURISDICTION");
        assertThat(jifen.adapters().persons().findByIdNumber(ZHANG_WEI)).isEmpty();
    }
}
