package org.jifen.application.service.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.jifen.application.LedgerEntryBuilder.anEntry;
import static org.jifen.application.PersonBuilder.aPerson;
import static org.jifen.application.TestData.HAISHU;
import static org.jifen.application.TestData.YINZHOU;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jifen.application.JifenUseCases;
import org.jifen.application.TestCallers;
import org.jifen.application.TestData;
import org.jifen.application.memory.InMemoryAdapters;
import org.jifen.application.memory.SettableClock;
import org.jifen.application.port.in.ledger.DistrictRanking;
import org.jifen.application.port.in.ledger.DistrictRankingQuery;
import org.jifen.domain.access.Caller;
import org.jifen.domain.access.Role;
import org.jifen.domain.catalogue.Department;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.ledger.EntryReason;
import org.jifen.domain.ledger.TestPostings;
import org.jifen.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

class RankDistrictServiceTest {

    private static final LocalDate ON = LocalDate.of(2024, 6, 30);
    private static final Instant NOW = TestData.chinaTime(LocalDate.of(2024, 9, 2), 10, 0);
    private static final Instant CORRECTED = TestData.chinaTime(LocalDate.of(2024, 8, 1), 9, 0);

    private final SettableClock clock = new SettableClock(NOW, SettableClock.CHINA);
    private final InMemoryAdapters adapters = new InMemoryAdapters(clock);
    private final JifenUseCases jifen = JifenUseCases.wire(adapters.ports());

    RankDistrictServiceTest() {
        TestData.defaultCatalogues().forEach(adapters.catalogues()::add);
        adapters.persons().add(aPerson().withId("hs-anna").withSequence(101).build());
        adapters.persons().add(aPerson().withId("hs-boris").withSequence(102).build());
        adapters.persons().add(aPerson().withId("hs-chen").withSequence(103).build());
        adapters.persons().add(aPerson().withId("yz-dong").withSequence(104).livingIn(YINZHOU).build());
        adapters.ledgers().append(List.of(
                anEntry().withKey("a1").forPerson("hs-anna").onIndicator("P04").withPoints("30.00").build(),
                anEntry().withKey("a2").forPerson("hs-anna").onIndicator("HS06").withPoints("4.00").build(),
                anEntry().withKey("b1").forPerson("hs-boris").onIndicator("P05").withPoints("12.50").build(),
                anEntry().withKey("b2").forPerson("hs-boris").onIndicator("P05").withPoints("30.00")
                        .withReason(EntryReason.CORRECTION).recordedAt(CORRECTED)
                        .effectiveOn(LocalDate.of(2024, 5, 1)).build(),
                anEntry().withKey("d1").forPerson("yz-dong").onIndicator("P04").withPoints("30.00").build()));
    }

    private DistrictRanking rank(Caller caller, DivisionCode district, Optional<Instant> knownAt) {
        return jifen.rankDistrict().rank(new DistrictRankingQuery(caller, district, ON, knownAt));
    }

    private static List<String> lines(DistrictRanking ranking) {
        return ranking.scores().stream().map(s -> s.person() + " " + s.total()).toList();
    }

    @Test
    void aSupervisor_seesTheDistrictsResidentsRankedAsKnownNow() {
        DistrictRanking ranking = rank(TestCallers.HAISHU_SUPERVISOR, HAISHU, Optional.empty());

        assertThat(ranking.district()).isEqualTo(HAISHU);
        assertThat(ranking.on()).isEqualTo(ON);
        assertThat(ranking.knownAt()).isEqualTo(NOW);
        assertThat(lines(ranking)).containsExactly("hs-boris 42.50", "hs-anna 34.00", "hs-chen 0.00");
    }

    @Test
    void asKnownBeforeTheCorrection_theRankingIsTheOneOfThatTime() {
        Instant before = CORRECTED.minusSeconds(1);

        DistrictRanking ranking = rank(TestCallers.HAISHU_CLERK, HAISHU, Optional.of(before));

        assertThat(ranking.knownAt()).isEqualTo(before);
        assertThat(lines(ranking)).containsExactly("hs-anna 34.00", "hs-boris 12.50", "hs-chen 0.00");
    }

    @Test
    void reviewersAndAdministratorsCoveringTheDistrict_mayRank() {
        assertThat(lines(rank(TestCallers.reviewer(Department.HRSS), HAISHU, Optional.empty()))).hasSize(3);
        assertThat(lines(rank(TestCallers.ADMIN, YINZHOU, Optional.empty()))).containsExactly("yz-dong 30.00");
    }

    private void assertRefused(Caller caller, DivisionCode district, String code) {
        Throwable thrown = catchThrowable(() -> rank(caller, district, Optional.empty()));

        assertThat(thrown).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void auditorsSystemsAndApplicants_areRefusedWithForbidden() {
        assertRefused(TestCallers.AUDITOR, HAISHU, "FORBIDDEN");
        assertRefused(TestCallers.SYSTEM, HAISHU, "FORBIDDEN");
        assertRefused(TestCallers.applicant(TestPostings.PERSON), HAISHU, "FORBIDDEN");
    }

    @Test
    void staffOfAnotherDistrict_areRefusedWithOutOfJurisdiction() {
        assertRefused(TestCallers.YINZHOU_CLERK, HAISHU, "OUT_OF_JURISDICTION");
    }

    @Test
    void aCity_isRefusedWithNotADistrict() {
        assertRefused(Caller.of("admin-nb", Role.ADMIN, TestData.NINGBO), TestData.NINGBO, "NOT_A_DISTRICT");
    }
}
