package org.jifen.application.service.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;
import static org.jifen.application.service.person.PersonFixture.ADMIN_OF_ZHEJIANG;
import static org.jifen.application.service.person.PersonFixture.CHILD;
import static org.jifen.application.service.person.PersonFixture.CLERK_OF_HAISHU;
import static org.jifen.application.service.person.PersonFixture.CLERK_OF_YINZHOU;
import static org.jifen.application.service.person.PersonFixture.HAISHU;
import static org.jifen.application.service.person.PersonFixture.LI_NA;
import static org.jifen.application.service.person.PersonFixture.SUPERVISOR_OF_HAISHU;
import static org.jifen.application.service.person.PersonFixture.ZHANG_WEI;
import static org.jifen.application.service.person.PersonFixture.registration;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jifen.application.port.in.person.AddHouseholdMemberCommand;
import org.jifen.application.port.in.person.PersonView;
import org.jifen.domain.access.Caller;
import org.jifen.domain.audit.AuditAction;
import org.jifen.domain.audit.AuditEvent;
import org.jifen.domain.person.HouseholdMember;
import org.jifen.domain.person.IdNumber;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.person.Relation;
import org.jifen.domain.person.TestIdNumbers;
import org.jifen.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

class AddHouseholdMemberServiceTest {

    private final PersonFixture jifen = new PersonFixture();
    /** PER-000001 张伟, Haishu. */
    private final PersonId zhangWei = jifen.register().register(registration(CLERK_OF_HAISHU, ZHANG_WEI, "张伟",
            HAISHU)).personId();

    private AddHouseholdMemberCommand adding(Caller caller, Relation relation, IdNumber idNumber, String name) {
        return new AddHouseholdMemberCommand(caller, zhangWei, relation, idNumber, name, Optional.empty());
    }

    private DomainException refusal(AddHouseholdMemberCommand command) {
        List<Object> before = jifen.everyStore();
        Throwable thrown = catchThrowable(() -> jifen.addMember().addMember(command));
        assertThat(thrown).isInstanceOf(DomainException.class);
        jifen.assertUnchangedSince(before);
        return (DomainException) thrown;
    }

    @Test
    void aClerkAddsASpouseAndAChild_storedWhole_shownMasked() {
        jifen.addMember().addMember(adding(CLERK_OF_HAISHU, Relation.SPOUSE, LI_NA, "李娜"));
        PersonView view = jifen.addMember().addMember(adding(ADMIN_OF_ZHEJIANG, Relation.CHILD, CHILD, "张小明"));

        assertThat(view.household()).extracting(PersonView.Member::relation, PersonView.Member::idNumber,
                PersonView.Member::name, PersonView.Member::person).containsExactly(
                        tuple(Relation.SPOUSE, LI_NA.masked(), "李娜", Optional.empty()),
                        tuple(Relation.CHILD, CHILD.masked(), "张小明", Optional.empty()));
        assertThat(view.household().get(1).idNumber()).startsWith("330203********").hasSize(18);
        assertThat(jifen.adapters().persons().find(zhangWei).orElseThrow().household()).containsExactly(
                new HouseholdMember(Relation.SPOUSE, LI_NA, "李娜", Optional.empty()),
                new HouseholdMember(Relation.CHILD, CHILD, "张小明", Optional.empty()));
    }

    @Test
    void eachMemberAdded_isAuditedWithMaskedDetails() {
        jifen.addMember().addMember(adding(CLERK_OF_HAISHU, Relation.CHILD, CHILD, "张小明"));

        assertThat(jifen.auditEvents()).extracting(AuditEvent::action)
                .containsExactly(AuditAction.PERSON_REGISTERED, AuditAction.HOUSEHOLD_MEMBER_ADDED);
        AuditEvent event = jifen.auditEvents().get(1);
        assertThat(event.subject()).isEqualTo("PER-000001");
        assertThat(event.details()).isEqualTo("CHILD " + CHILD.masked() + " 张** added");
        assertThat(event.details()).doesNotContain(CHILD.value());
    }

    @Test
    void aRegisteredSpouse_isLinkedByPersonId() {
        PersonId liNa = jifen.register().register(registration(CLERK_OF_HAISHU, LI_NA, "李娜", HAISHU)).personId();

        PersonView view = jifen.addMember().addMember(new AddHouseholdMemberCommand(CLERK_OF_HAISHU, zhangWei,
                Relation.SPOUSE, LI_NA, "李娜", Optional.of(liNa)));

        assertThat(view.household()).extracting(PersonView.Member::person).containsExactly(Optional.of(liNa));
        assertThat(jifen.adapters().persons().find(zhangWei).orElseThrow().householdIncludes(liNa)).isTrue();
        assertThat(jifen.auditEvents().get(2).details()).isEqualTo("SPOUSE " + LI_NA.masked()
                + " 李* (person PER-000002) added");
    }

    @Test
    void theSameIdNumberTwice_isRefusedWithDuplicateMember() {
        jifen.addMember().addMember(adding(CLERK_OF_HAISHU, Relation.CHILD, CHILD, "张小明"));

        DomainException refused = refusal(adding(CLERK_OF_HAISHU, Relation.CHILD, CHILD, "张小明"));

        assertThat(refused.code()).isEqualTo("DUPLICATE_MEMBER");
    }

    @Test
    void thePersonThemself_isRefusedWithDuplicateMember() {
        DomainException refused = refusal(adding(CLERK_OF_HAISHU, Relation.SPOUSE, ZHANG_WEI, "张伟"));

        assertThat(refused.code()).isEqualTo("DUPLICATE_MEMBER");
    }

    @Test
    void aSecondSpouse_isRefusedWithDuplicateMember() {
        jifen.addMember().addMember(adding(CLERK_OF_HAISHU, Relation.SPOUSE, LI_NA, "李娜"));
        IdNumber another = TestIdNumbers.idNumber("330212", LocalDate.of(1992, 2, 2), 77);

        DomainException refused = refusal(adding(CLERK_OF_HAISHU, Relation.SPOUSE, another, "王芳"));

        assertThat(refused.code()).isEqualTo("DUPLICATE_MEMBER");
        assertThat(jifen.adapters().persons().find(zhangWei).orElseThrow().household()).hasSize(1);
    }

    @Test
    void aMemberPersonIdThatIsNotRegistered_isRefusedWithPersonNotFound() {
        DomainException refused = refusal(new AddHouseholdMemberCommand(CLERK_OF_HAISHU, zhangWei, Relation.SPOUSE,
                LI_NA, "李娜", Optional.of(PersonId.of("PER-999999"))));

        assertThat(refused.code()).isEqualTo("PERSON_NOT_FOUND");
    }

    @Test
    void aMemberPersonIdOfSomeoneElse_isRefusedWithMemberIdNumberMismatch() {
        PersonId liNa = jifen.register().register(registration(CLERK_OF_HAISHU, LI_NA, "李娜", HAISHU)).personId();

        DomainException refused = refusal(new AddHouseholdMemberCommand(CLERK_OF_HAISHU, zhangWei, Relation.CHILD,
                CHILD, "张小明", Optional.of(liNa)));

        assertThat(refused.code()).isEqualTo("MEMBER_ID_NUMBER_MISMATCH");
        assertThat(refused.getMessage()).doesNotContain(LI_NA.value()).doesNotContain(CHILD.value());
    }

    @Test
    void anUnknownPerson_isRefusedWithPersonNotFound() {
        DomainException refused = refusal(new AddHouseholdMemberCommand(CLERK_OF_HAISHU, PersonId.of("PER-999999"),
                Relation.CHILD, CHILD, "张小明", Optional.empty()));

        assertThat(refused.code()).isEqualTo("PERSON_NOT_FOUND");
    }

    @Test
    void aSupervisor_isRefusedWithForbidden() {
        DomainException refused = refusal(adding(SUPERVISOR_OF_HAISHU, Relation.CHILD, CHILD, "张小明"));

        assertThat(refused.code()).isEqualTo("FORBIDDEN");
    }

    @Test
    void theApplicantThemself_isRefusedWithForbidden() {
        DomainException refused = refusal(adding(Caller.applicant("zhang-wei", HAISHU, zhangWei), Relation.CHILD,
                CHILD, "张小明"));

        assertThat(refused.code()).isEqualTo("FORBIDDEN");
    }

    @Test
    void aClerkOfYinzhou_isRefusedWithOutOfJurisdiction() {
        DomainException refused = refusal(adding(CLERK_OF_YINZHOU, Relation.CHILD, CHILD, "张小明"));

        assertThat(refused.code()).isEqualTo("OUT_OF_JURISDICTION");
    }
}
