package org.jifen.application.service.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.jifen.application.service.person.PersonFixture.ADMIN_OF_ZHEJIANG;
import static org.jifen.application.service.person.PersonFixture.AUDITOR_OF_NINGBO;
import static org.jifen.application.service.person.PersonFixture.CHILD;
import static org.jifen.application.service.person.PersonFixture.CLERK_OF_HAISHU;
import static org.jifen.application.service.person.PersonFixture.CLERK_OF_YINZHOU;
import static org.jifen.application.service.person.PersonFixture.HAISHU;
import static org.jifen.application.service.person.PersonFixture.LI_NA;
import static org.jifen.application.service.person.PersonFixture.REVIEWER_OF_HAISHU;
import static org.jifen.application.service.person.PersonFixture.SUPERVISOR_OF_HAISHU;
import static org.jifen.application.service.person.PersonFixture.SYSTEM;
import static org.jifen.application.service.person.PersonFixture.ZHANG_WEI;
import static org.jifen.application.service.person.PersonFixture.registration;

import java.util.List;
import java.util.Optional;
import org.jifen.application.port.in.person.AddHouseholdMemberCommand;
import org.jifen.application.port.in.person.PersonQuery;
import org.jifen.application.port.in.person.PersonView;
import org.jifen.domain.access.Caller;
import org.jifen.domain.audit.AuditAction;
import org.jifen.domain.audit.AuditEvent;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.person.Relation;
import org.jifen.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

class GetPersonServiceTest {

    private final PersonFixture jifen = new PersonFixture();
    /** PER-000001 张伟 330203199003071232, phone 13812345678, with a child in the household. */
    private final PersonId zhangWei = registered();
    private final PersonId liNa = jifen.register().register(registration(CLERK_OF_HAISHU, LI_NA, "李娜", HAISHU))
            .personId();
    private final Caller zhangWeiHimself = Caller.applicant("zhang-wei", HAISHU, zhangWei);

    private PersonId registered() {
        PersonId id = jifen.register().register(registration(CLERK_OF_HAISHU, ZHANG_WEI, "张伟", HAISHU)).personId();
        jifen.addMember().addMember(new AddHouseholdMemberCommand(CLERK_OF_HAISHU, id, Relation.CHILD, CHILD, "张小明",
                Optional.empty()));
        return id;
    }

    private DomainException refusal(PersonQuery query) {
        List<Object> before = jifen.everyStore();
        Throwable thrown = catchThrowable(() -> jifen.get().get(query));
        assertThat(thrown).isInstanceOf(DomainException.class);
        jifen.assertUnchangedSince(before);
        return (DomainException) thrown;
    }

    @Test
    void theApplicantThemself_seesTheirDataMasked_andNothingIsAudited() {
        int eventsBefore = jifen.auditEvents().size();

        PersonView view = jifen.get().get(PersonQuery.masked(zhangWeiHimself, zhangWei));

        assertThat(view.idNumber()).isEqualTo("330203********1232");
        assertThat(view.phone()).contains("138****5678");
        assertThat(view.name()).isEqualTo("张伟");
        assertThat(view.household()).extracting(PersonView.Member::idNumber).containsExactly(CHILD.masked());
        assertThat(view.revealed()).isFalse();
        assertThat(jifen.auditEvents()).hasSize(eventsBefore);
    }

    @Test
    void staffCoveringTheDistrict_seeThePersonMasked() {
        for (Caller caller : List.of(CLERK_OF_HAISHU, REVIEWER_OF_HAISHU, SUPERVISOR_OF_HAISHU, ADMIN_OF_ZHEJIANG,
                AUDITOR_OF_NINGBO)) {
            PersonView view = jifen.get().get(PersonQuery.masked(caller, zhangWei));

            assertThat(view.idNumber()).as(caller.subject()).isEqualTo("330203********1232");
        }
    }

    @Test
    void aClerkAskingToReveal_seesEverythingWhole_andTheRevealIsAudited() {
        PersonView view = jifen.get().get(new PersonQuery(CLERK_OF_HAISHU, zhangWei, true));

        assertThat(view.idNumber()).isEqualTo("330203199003071232");
        assertThat(view.phone()).contains("13812345678");
        assertThat(view.household()).extracting(PersonView.Member::idNumber).containsExactly(CHILD.value());
        assertThat(view.revealed()).isTrue();
        AuditEvent last = jifen.auditEvents().get(jifen.auditEvents().size() - 1);
        assertThat(last.action()).isEqualTo(AuditAction.PERSONAL_DATA_REVEALED);
        assertThat(last.subject()).isEqualTo("PER-000001");
        assertThat(last.actor()).isEqualTo("clerk-haishu");
        assertThat(last.role()).isEqualTo("CLERK");
        assertThat(last.details()).isEqualTo("ID number 330203********1232, phone 138****5678, 1 household ID "
                + "number shown whole");
        assertThat(last.details()).doesNotContain("330203199003071232").doesNotContain("13812345678")
                .doesNotContain(CHILD.value());
    }

    @Test
    void eachReveal_isAnotherAuditEvent() {
        int eventsBefore = jifen.auditEvents().size();

        jifen.get().get(new PersonQuery(SUPERVISOR_OF_HAISHU, zhangWei, true));
        jifen.get().get(new PersonQuery(ADMIN_OF_ZHEJIANG, liNa, true));

        assertThat(jifen.auditEvents().subList(eventsBefore, jifen.auditEvents().size()))
                .extracting(AuditEvent::action, AuditEvent::subject, AuditEvent::actor)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(AuditAction.PERSONAL_DATA_REVEALED, "PER-000001",
                                "supervisor-haishu"),
                        org.assertj.core.groups.Tuple.tuple(AuditAction.PERSONAL_DATA_REVEALED, "PER-000002",
                                "admin-zhejiang"));
    }

    @Test
    void aRevealAskedByAReviewer_isRefusedWithForbidden_andNotAudited() {
        DomainException refused = refusal(new PersonQuery(REVIEWER_OF_HAISHU, zhangWei, true));

        assertThat(refused.code()).isEqualTo("FORBIDDEN");
    }

    @Test
    void aRevealAskedByTheApplicant_isRefusedWithForbidden() {
        DomainException refused = refusal(new PersonQuery(zhangWeiHimself, zhangWei, true));

        assertThat(refused.code()).isEqualTo("FORBIDDEN");
    }

    @Test
    void aRevealAskedByAClerkOfAnotherDistrict_isRefusedWithOutOfJurisdiction_andNotAudited() {
        DomainException refused = refusal(new PersonQuery(CLERK_OF_YINZHOU, zhangWei, true));

        assertThat(refused.code()).isEqualTo("OUT_OF_JURISDICTION");
    }

    @Test
    void anApplicantReadingSomeoneElse_isRefusedWithNotOwnData() {
        DomainException refused = refusal(PersonQuery.masked(zhangWeiHimself, liNa));

        assertThat(refused.code()).isEqualTo("NOT_OWN_DATA");
    }

    @Test
    void anApplicantAskingForAPersonThatDoesNotExist_isRefusedWithNotOwnData() {
        DomainException refused = refusal(PersonQuery.masked(zhangWeiHimself, PersonId.of("PER-999999")));

        assertThat(refused.code()).isEqualTo("NOT_OWN_DATA");
    }

    @Test
    void theSystemRole_isRefusedWithForbidden() {
        DomainException refused = refusal(PersonQuery.masked(SYSTEM, zhangWei));

        assertThat(refused.code()).isEqualTo("FORBIDDEN");
    }

    @Test
    void anUnknownPerson_isRefusedWithPersonNotFound() {
        DomainException refused = refusal(PersonQuery.masked(CLERK_OF_HAISHU, PersonId.of("PER-999999")));

        assertThat(refused.code()).isEqualTo("PERSON_NOT_FOUND");
    }
}
