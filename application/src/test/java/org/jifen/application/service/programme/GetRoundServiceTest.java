package org.jifen.application.service.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jifen.application.service.programme.ProgrammeFixture.RUN_AT;

import org.jifen.application.TestCallers;
import org.jifen.application.TestProgrammes;
import org.jifen.application.port.in.programme.RoundQuery;
import org.jifen.domain.access.Caller;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.programme.Round;
import org.jifen.domain.programme.RoundId;
import org.jifen.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

/** The stored round, for staff covering the programme's district. */
class GetRoundServiceTest {

    private final ProgrammeFixture f = new ProgrammeFixture();
    private final Round stored = TestProgrammes.aSchoolRound("RND-000001", RUN_AT);

    GetRoundServiceTest() {
        f.adapters.rounds().add(stored);
    }

    private Round read(Caller caller, String id) {
        return f.jifen.getRound().round(new RoundQuery(caller, new RoundId(id)));
    }

    private void refused(Caller caller, String id, String code) {
        int audited = f.audit().size();
        assertThatThrownBy(() -> read(caller, id))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(code));
        assertThat(f.audit()).hasSize(audited);
    }

    @Test
    void aHaishuClerk_readsTheStoredRoundAsItRan() {
        Round round = read(TestCallers.HAISHU_CLERK, "RND-000001");

        assertThat(round).isEqualTo(stored);
        assertThat(round.results()).hasSize(3);
        assertThat(round.knownAt()).isEqualTo(RUN_AT);
    }

    @Test
    void aCityAuditorAndAProvincialAdministrator_coverHaishu() {
        assertThat(read(TestCallers.AUDITOR, "RND-000001")).isEqualTo(stored);
        assertThat(read(TestCallers.ADMIN, "RND-000001")).isEqualTo(stored);
    }

    @Test
    void anApplicant_isRefusedWithForbidden() {
        refused(TestCallers.applicant(PersonId.of("person-0001")), "RND-000001", "FORBIDDEN");
    }

    @Test
    void anotherGovernmentSystem_isRefusedWithForbidden() {
        refused(TestCallers.SYSTEM, "RND-000001", "FORBIDDEN");
    }

    @Test
    void aClerkOfAnotherDistrict_isRefusedWithOutOfJurisdiction() {
        refused(TestCallers.YINZHOU_CLERK, "RND-000001", "OUT_OF_JURISDICTION");
    }

    @Test
    void anUnknownRound_isRefusedWithRoundNotFound() {
        refused(TestCallers.HAISHU_CLERK, "RND-000099", "ROUND_NOT_FOUND");
    }
}
