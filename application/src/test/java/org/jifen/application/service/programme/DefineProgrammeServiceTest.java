package org.jifen.application.service.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jifen.application.service.programme.ProgrammeFixture.HAISHU_ADMIN;
import static org.jifen.application.service.programme.ProgrammeFixture.RUN_AT;
import static org.jifen.application.service.programme.ProgrammeFixture.YINZHOU_ADMIN;

import java.util.List;
import org.jifen.application.TestCallers;
import org.jifen.application.TestData;
import org.jifen.application.TestProgrammes;
import org.jifen.application.port.in.programme.DefineProgrammeCommand;
import org.jifen.domain.access.Caller;
import org.jifen.domain.audit.AuditAction;
import org.jifen.domain.audit.AuditEvent;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.programme.Programme;
import org.jifen.domain.programme.ProgrammeCode;
import org.jifen.domain.programme.ProgrammeKind;
import org.jifen.domain.shared.DomainException;
import org.jifen.domain.shared.Points;
import org.junit.jupiter.api.Test;

/** 设立积分应用项目: an administrator covering the district defines a programme, once, audited. */
class DefineProgrammeServiceTest {

    private final ProgrammeFixture f = new ProgrammeFixture();
    private final int auditBefore = f.audit().size();

    private Programme define(Caller caller, Programme programme) {
        return f.jifen.defineProgramme().define(new DefineProgrammeCommand(caller, programme));
    }

    private void refused(Caller caller, Programme programme, String code) {
        assertThatThrownBy(() -> define(caller, programme))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(code));
        assertThat(f.audit()).hasSize(auditBefore);
    }

    @Test
    void aHaishuAdministrator_definesASchoolProgramme_storedAndAudited() {
        Programme school = TestProgrammes.school();

        Programme defined = define(HAISHU_ADMIN, school);

        assertThat(defined).isEqualTo(school);
        assertThat(f.adapters.programmes().find(new ProgrammeCode("HS-SCHOOL-2024"))).contains(school);
        List<AuditEvent> added = f.audit().subList(auditBefore, f.audit().size());
        assertThat(added).hasSize(1);
        AuditEvent event = added.get(0);
        assertThat(event.action()).isEqualTo(AuditAction.PROGRAMME_DEFINED);
        assertThat(event.actor()).isEqualTo("admin-hs");
        assertThat(event.subject()).isEqualTo("HS-SCHOOL-2024");
        assertThat(event.at()).isEqualTo(RUN_AT);
        assertThat(event.details()).isEqualTo("SCHOOL_ENROLMENT in 330203, cut-off 2024-06-30, minimum 30.00,"
                + " trial run excluded, tie-breaks [P04, P05, EARLIER_SUBMISSION], places {SCH-A=2, SCH-B=1, SCH-C=1}");
    }

    @Test
    void aProvincialAdministrator_coversHaishu() {
        define(TestCallers.ADMIN, TestProgrammes.rental());

        assertThat(f.adapters.programmes().find(new ProgrammeCode("HS-RENTAL-2024"))).contains(TestProgrammes.rental());
        assertThat(f.audit().get(f.audit().size() - 1).details()).startsWith("PUBLIC_RENTAL_HOUSING in 330203,");
    }

    @Test
    void aSupervisor_isRefusedWithForbidden_andNothingIsStored() {
        refused(TestCallers.HAISHU_SUPERVISOR, TestProgrammes.school(), "FORBIDDEN");

        assertThat(f.adapters.programmes().find(new ProgrammeCode("HS-SCHOOL-2024"))).isEmpty();
    }

    @Test
    void anAdministratorOfAnotherDistrict_isRefusedWithOutOfJurisdiction_andNothingIsStored() {
        refused(YINZHOU_ADMIN, TestProgrammes.school(), "OUT_OF_JURISDICTION");

        assertThat(f.adapters.programmes().find(new ProgrammeCode("HS-SCHOOL-2024"))).isEmpty();
    }

    @Test
    void anUnknownDistrict_isRefusedWithUnknownDivision_andNothingIsStored() {
        Programme nowhere = new Programme(new ProgrammeCode("XX-SCHOOL-2024"), ProgrammeKind.SCHOOL_ENROLMENT, "",
                DivisionCode.of("330299"), TestProgrammes.CUTOFF, Points.ZERO, true, List.of(),
                TestProgrammes.school().places());

        refused(TestCallers.ADMIN, nowhere, "UNKNOWN_DIVISION");

        assertThat(f.adapters.programmes().find(nowhere.code())).isEmpty();
    }

    @Test
    void aCodeDefinedBefore_isRefusedWithProgrammeExists_andTheFirstIsKept() {
        Programme first = define(HAISHU_ADMIN, TestProgrammes.school());
        int audited = f.audit().size();
        Programme again = new Programme(first.code(), ProgrammeKind.HOUSEHOLD_REGISTRATION, "另一个", TestData.HAISHU,
                first.cutoffDate(), Points.ZERO, false, List.of(), first.places());

        assertThatThrownBy(() -> define(HAISHU_ADMIN, again))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("PROGRAMME_EXISTS"));

        assertThat(f.adapters.programmes().find(first.code())).contains(first);
        assertThat(f.audit()).hasSize(audited);
    }
}
