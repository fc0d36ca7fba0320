package org.jifen.application.service.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jifen.application.LedgerEntryBuilder.aPenalty;
import static org.jifen.application.LedgerEntryBuilder.anEntry;
import static org.jifen.application.PersonBuilder.aPerson;
import static org.jifen.application.TestData.chinaTime;

import java.time.LocalDate;
import java.util.List;
import org.jifen.application.InMemoryJifen;
import org.jifen.application.TestCallers;
import org.jifen.application.TestData;
import org.jifen.application.port.in.ledger.GetLedgerUseCase;
import org.jifen.application.port.in.ledger.LedgerQuery;
import org.jifen.domain.access.Caller;
import org.jifen.domain.access.Role;
import org.jifen.domain.audit.AuditEvent;
import org.jifen.domain.catalogue.Department;
import org.jifen.domain.ledger.LedgerEntry;
import org.jifen.domain.person.Person;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.shared.DomainException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 积分台账: a person's entries, oldest recorded first, for the applicant themself and staff covering them. */
class GetLedgerServiceTest {

    private final InMemoryJifen jifen = new InMemoryJifen();
    private final Person person = jifen.given(aPerson());
    private final Person neighbour = jifen.given(aPerson().withId("person-0002").withSequence(456).named("李娜"));
    private final GetLedgerUseCase getLedger = new GetLedgerService(jifen.adapters().persons(),
            jifen.adapters().ledgers());

    private final LedgerEntry may = anEntry().withKey("k-may").onIndicator("P04").withPoints("30.00")
            .recordedAt(chinaTime(LocalDate.of(2024, 5, 1), 9, 0)).effectiveOn(LocalDate.of(2024, 5, 1)).build();
    private final LedgerEntry april = aPenalty().withKey("k-april")
            .recordedAt(chinaTime(LocalDate.of(2024, 4, 2), 15, 30)).build();
    private final LedgerEntry june = anEntry().withKey("k-june").onIndicator("HS07").withPoints("1.00")
            .recordedAt(chinaTime(LocalDate.of(2024, 6, 3), 8, 0)).effectiveOn(LocalDate.of(2024, 6, 3)).build();
    private final LedgerEntry neighbours = anEntry().withKey("k-neighbour").forPerson("person-0002")
            .recordedAt(chinaTime(LocalDate.of(2024, 3, 1), 9, 0)).build();

    /** Appended out of order: June, May, the neighbour's, April. */
    @BeforeEach
    void entries() {
        jifen.adapters().ledgers().append(List.of(june));
        jifen.adapters().ledgers().append(List.of(may, neighbours));
        jifen.adapters().ledgers().append(List.of(april));
    }

    private List<LedgerEntry> ledgerAs(Caller caller, PersonId person) {
        return getLedger.entries(new LedgerQuery(caller, person));
    }

    private void assertRefused(Caller caller, PersonId who, String code) {
        List<AuditEvent> audit = jifen.adapters().auditLog().all();

        assertThatThrownBy(() -> ledgerAs(caller, who)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(code));

        assertThat(jifen.ledgerOf(person.id())).containsExactly(april, may, june);
        assertThat(jifen.adapters().auditLog().all()).isEqualTo(audit);
    }

    @Test
    void theApplicantThemself_seesTheirEntriesOldestRecordedFirst() {
        List<LedgerEntry> entries = ledgerAs(TestCallers.applicant(person.id()), person.id());

        assertThat(entries).containsExactly(april, may, june);
        assertThat(entries).extracting(e -> e.points().toString()).containsExactly("-10.00", "30.00", "1.00");
    }

    @Test
    void staffOfHaishu_seeTheEntries() {
        for (Caller staff : List.of(TestCallers.HAISHU_CLERK, TestCallers.HAISHU_SUPERVISOR,
                TestCallers.reviewer(Department.HRSS), TestCallers.ADMIN)) {
            assertThat(ledgerAs(staff, person.id())).as(staff.subject()).containsExactly(april, may, june);
        }
    }

    @Test
    void anAuditorOfNingbo_seesTheEntries() {
        assertThat(TestCallers.AUDITOR.jurisdiction()).isEqualTo(TestData.NINGBO);

        assertThat(ledgerAs(TestCallers.AUDITOR, person.id())).containsExactly(april, may, june);
    }

    @Test
    void aPersonWithoutEntries_hasAnEmptyLedger() {
        Person newcomer = jifen.given(aPerson().withId("person-0003").withSequence(789));

        assertThat(ledgerAs(TestCallers.HAISHU_CLERK, newcomer.id())).isEmpty();
    }

    @Test
    void anotherApplicant_isRefusedWithNotOwnData() {
        assertRefused(TestCallers.applicant(neighbour.id()), person.id(), "NOT_OWN_DATA");
    }

    @Test
    void aClerkOfYinzhou_isRefusedWithOutOfJurisdiction() {
        assertRefused(TestCallers.YINZHOU_CLERK, person.id(), "OUT_OF_JURISDICTION");
    }

    @Test
    void anotherGovernmentSystem_isRefusedWithForbidden() {
        assertRefused(TestCallers.SYSTEM, person.id(), "FORBIDDEN");
        assertRefused(Caller.of("system-hs", Role.SYSTEM, TestData.HAISHU), person.id(), "FORBIDDEN");
    }

    @Test
    void anUnknownPerson_isRefusedWithPersonNotFound() {
        assertRefused(TestCallers.HAISHU_CLERK, PersonId.of("person-9999"), "PERSON_NOT_FOUND");
    }
}
