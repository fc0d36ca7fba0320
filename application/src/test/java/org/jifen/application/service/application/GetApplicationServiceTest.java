package org.jifen.application.service.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.jifen.application.service.application.ApplicationFixture.AUDITOR_OF_NINGBO;
import static org.jifen.application.service.application.ApplicationFixture.CLERK_OF_HAISHU;
import static org.jifen.application.service.application.ApplicationFixture.CLERK_OF_YINZHOU;
import static org.jifen.application.service.application.ApplicationFixture.EDUCATION_REVIEWER;
import static org.jifen.application.service.application.ApplicationFixture.HAISHU;
import static org.jifen.application.service.application.ApplicationFixture.SUPERVISOR_OF_HAISHU;
import static org.jifen.application.service.application.ApplicationFixture.SYSTEM;
import static org.jifen.application.service.application.ApplicationFixture.anEligiblePerson;
import static org.jifen.application.service.application.ApplicationFixture.education;

import java.util.List;
import org.jifen.domain.access.Caller;
import org.jifen.domain.application.ApplicationId;
import org.jifen.domain.application.PointsApplication;
import org.jifen.domain.person.Person;
import org.jifen.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

class GetApplicationServiceTest {

    private final ApplicationFixture jifen = new ApplicationFixture();
    private final Person person = jifen.given(anEligiblePerson());
    private final Person other = jifen.given(anEligiblePerson().withId("person-0002").withSequence(124));
    private final PointsApplication application = jifen.submitInHaishu(person, education("BACHELOR"));

    private DomainException refusalToRead(Caller caller, ApplicationId id) {
        List<Object> before = jifen.everyStore();
        Throwable thrown = catchThrowable(() -> jifen.read(caller, id));
        assertThat(thrown).isInstanceOf(DomainException.class);
        jifen.assertUnchangedSince(before);
        return (DomainException) thrown;
    }

    @Test
    void theApplicant_readsTheirOwnApplication() {
        PointsApplication read = jifen.read(Caller.applicant("zhang-wei", HAISHU, person.id()), application.id());

        assertThat(read).isEqualTo(application);
    }

    @Test
    void staffCoveringTheDistrict_readTheApplication() {
        for (Caller caller : List.of(CLERK_OF_HAISHU, EDUCATION_REVIEWER, SUPERVISOR_OF_HAISHU, AUDITOR_OF_NINGBO)) {
            assertThat(jifen.read(caller, application.id()).id()).as(caller.subject()).isEqualTo(application.id());
        }
    }

    @Test
    void anotherApplicant_isRefusedWithNotOwnData() {
        DomainException refused = refusalToRead(Caller.applicant("li-na", HAISHU, other.id()), application.id());

        assertThat(refused.code()).isEqualTo("NOT_OWN_DATA");
    }

    @Test
    void staffOfAnotherDistrict_isRefusedWithOutOfJurisdiction() {
        DomainException refused = refusalToRead(CLERK_OF_YINZHOU, application.id());

        assertThat(refused.code()).isEqualTo("OUT_OF_JURISDICTION");
    }

    @Test
    void theSystemRole_isRefusedWithForbidden() {
        DomainException refused = refusalToRead(SYSTEM, application.id());

        assertThat(refused.code()).isEqualTo("FORBIDDEN");
    }

    @Test
    void anUnknownApplication_isRefusedWithApplicationNotFound() {
        DomainException refused = refusalToRead(CLERK_OF_HAISHU, ApplicationId.of("APP-999999"));

        assertThat(refused.code()).isEqualTo("APPLICATION_NOT_FOUND");
        assertThat(refused.getMessage()).contains("APP-999999");
    }
}
