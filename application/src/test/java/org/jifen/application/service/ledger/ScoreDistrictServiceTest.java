package org.jifen.application.service.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;
import static org.jifen.application.PersonBuilder.aPerson;
import static org.jifen.application.TestData.HAISHU;
import static org.jifen.application.TestData.SCORING_DAY;
import static org.jifen.application.TestData.YINZHOU;
import static org.jifen.application.TestData.systemData;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jifen.application.InMemoryJifen;
import org.jifen.application.TestCallers;
import org.jifen.application.port.in.ledger.ScoreDistrictCommand;
import org.jifen.application.port.in.ledger.ScoreDistrictProgress;
import org.jifen.application.port.in.ledger.ScoreDistrictResult;
import org.jifen.application.port.in.ledger.ScoreDistrictUseCase;
import org.jifen.domain.access.Caller;
import org.jifen.domain.access.Role;
import org.jifen.domain.catalogue.Department;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.jurisdiction.DivisionRegistry;
import org.jifen.domain.ledger.Actor;
import org.jifen.domain.ledger.EntryReason;
import org.jifen.domain.ledger.EntrySource;
import org.jifen.domain.ledger.LedgerEntry;
import org.jifen.domain.ledger.SourceKind;
import org.jifen.domain.person.Person;
import org.jifen.domain.shared.DomainException;
import org.jifen.domain.shared.Points;
import org.junit.jupiter.api.Test;

class ScoreDistrictServiceTest {

    private static final LocalDate LATER = LocalDate.of(2024, 6, 1);

    /** Haishu: anna (full example data), boris (P04 and HS07 only), chen (born 1950: P01 scores 0, no data). */
    private static final class World {
        final InMemoryJifen jifen = new InMemoryJifen().withDefaultCatalogues();
        final Person anna = jifen.given(aPerson().withId("person-anna").withSequence(101));
        final Person boris = jifen.given(aPerson().withId("person-boris").withSequence(102)
                .bornOn(LocalDate.of(1975, 6, 30)));
        final Person chen = jifen.given(aPerson().withId("person-chen").withSequence(103)
                .bornOn(LocalDate.of(1950, 1, 1)));
        final Person yang = jifen.given(aPerson().withId("person-yang").withSequence(104).livingIn(YINZHOU));

        World() {
            jifen.givenSystemData(
                    systemData(anna.id(), "P04", "61", SCORING_DAY),
                    systemData(anna.id(), "P05", "13", SCORING_DAY),
                    systemData(anna.id(), "M05", "45", SCORING_DAY),
                    systemData(anna.id(), "M06", "3", SCORING_DAY),
                    systemData(anna.id(), "HS03", "25", SCORING_DAY),
                    systemData(anna.id(), "HS06", "1", SCORING_DAY),
                    systemData(anna.id(), "HS07", "17", SCORING_DAY),
                    systemData(anna.id(), "M02", "1", SCORING_DAY),
                    systemData(boris.id(), "P04", "12", LocalDate.of(2024, 3, 31)),
                    systemData(boris.id(), "P04", "20", LATER),
                    systemData(boris.id(), "HS07", "9", SCORING_DAY),
                    systemData(yang.id(), "P04", "40", SCORING_DAY));
        }

        ScoreDistrictUseCase service(int slice) {
            var adapters = jifen.adapters();
            return new ScoreDistrictService(adapters.persons(), adapters.catalogues(), adapters.systemData(),
                    adapters.ledgers(), jifen.clock(), adapters.transactions(), DivisionRegistry.standard(), slice);
        }

        ScoreDistrictResult score(Caller caller, DivisionCode district, LocalDate on) {
            return service(ScoreDistrictService.SLICE).score(new ScoreDistrictCommand(caller, district, on));
        }

        List<LedgerEntry> ledgerOf(Person person) {
            return jifen.ledgerOf(person.id());
        }
    }

    private final World world = new World();

    private static Points points(String value) {
        return Points.parse(value);
    }

    @Test
    void everyResidentIsScored_andTheCountsSaySo() {
        ScoreDistrictResult result = world.score(TestCallers.SYSTEM, HAISHU, SCORING_DAY);

        assertThat(result).isEqualTo(new ScoreDistrictResult(HAISHU, SCORING_DAY, 3, 2, 11));
        assertThat(world.ledgerOf(world.anna)).extracting(e -> e.indicator().code().value(), LedgerEntry::points)
                .containsExactly(
                        tuple("P01", points("20.00")), tuple("P04", points("30.00")), tuple("P05", points("3.25")),
                        tuple("M02", points("10.00")), tuple("M05", points("2.00")), tuple("M06", points("6.00")),
                        tuple("HS03", points("2.00")), tuple("HS06", points("4.00")), tuple("HS07", points("1.00")));
        // boris is 48 on 2024-05-01: P01 = 19 − (48 − 41) = 12; the P04 record of 2024-06-01 is not used yet
        // and 9 library loans score nothing (1 per full 10), so HS07 posts nothing
        assertThat(world.ledgerOf(world.boris)).extracting(e -> e.indicator().code().value(), LedgerEntry::points)
                .containsExactly(tuple("P01", points("12.00")), tuple("P04", points("6.00")));
        assertThat(world.ledgerOf(world.chen)).isEmpty();
        assertThat(world.ledgerOf(world.yang)).as("a Yinzhou resident").isEmpty();
    }

    @Test
    void theEntries_areAwardsBySystemFromSystemDataRecordedNowAndEffectiveOnTheDate() {
        world.score(TestCallers.ADMIN, HAISHU, SCORING_DAY);

        List<LedgerEntry> all = new ArrayList<>(world.ledgerOf(world.anna));
        all.addAll(world.ledgerOf(world.boris));
        assertThat(all).hasSize(11).allSatisfy(entry -> {
            assertThat(entry.effectiveOn()).isEqualTo(SCORING_DAY);
            assertThat(entry.recordedAt()).isEqualTo(InMemoryJifen.NOW);
            assertThat(entry.actor()).isEqualTo(Actor.SYSTEM);
            assertThat(entry.source()).isEqualTo(new EntrySource(SourceKind.SYSTEM_DATA, "AUTO-2024-05-01"));
            assertThat(entry.reason()).isEqualTo(EntryReason.AWARD);
        });
    }

    /** The district run and the one-person use case share the scoring: the same entries, keys included. */
    @Test
    void theDistrictRun_postsExactlyWhatScoringEachPersonWouldPost() {
        World one = new World();
        for (Person person : List.of(one.anna, one.boris, one.chen)) {
            one.jifen.score(person.id(), HAISHU, SCORING_DAY);
        }

        world.score(TestCallers.SYSTEM, HAISHU, SCORING_DAY);

        for (int i = 0; i < 3; i++) {
            Person person = List.of(world.anna, world.boris, world.chen).get(i);
            assertThat(world.ledgerOf(person)).as(person.id().value())
                    .containsExactlyElementsOf(one.jifen.ledgerOf(person.id()));
        }
    }

    @Test
    void slicesOfAnySize_giveTheSameEntries() {
        World bySlicesOfTwo = new World();

        ScoreDistrictResult sliced = bySlicesOfTwo.service(2)
                .score(new ScoreDistrictCommand(TestCallers.SYSTEM, HAISHU, SCORING_DAY));
        world.score(TestCallers.SYSTEM, HAISHU, SCORING_DAY);

        assertThat(sliced).isEqualTo(new ScoreDistrictResult(HAISHU, SCORING_DAY, 3, 2, 11));
        for (Person person : List.of(world.anna, world.boris, world.chen)) {
            assertThat(bySlicesOfTwo.jifen.ledgerOf(person.id())).containsExactlyElementsOf(world.ledgerOf(person));
        }
    }

    @Test
    void progress_isReportedOnceTheResidentsAreKnown_andAfterEachSlice() {
        List<ScoreDistrictProgress> reported = new ArrayList<>();

        world.service(2).score(new ScoreDistrictCommand(TestCallers.SYSTEM, HAISHU, SCORING_DAY), reported::add);

        assertThat(reported).containsExactly(new ScoreDistrictProgress(0, 3), new ScoreDistrictProgress(2, 3),
                new ScoreDistrictProgress(3, 3));
    }

    @Test
    void aRefusedRun_reportsNoProgress() {
        List<ScoreDistrictProgress> reported = new ArrayList<>();

        Throwable thrown = catchThrowable(() -> world.service(2).score(new ScoreDistrictCommand(TestCallers.SYSTEM,
                DivisionCode.of("330200"), SCORING_DAY), reported::add));

        assertThat(thrown).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("NOT_A_DISTRICT"));
        assertThat(reported).isEmpty();
    }

    @Test
    void runningAgain_postsNothing_andNewDataPostsOnlyTheDifference() {
        world.score(TestCallers.SYSTEM, HAISHU, SCORING_DAY);

        ScoreDistrictResult again = world.score(TestCallers.SYSTEM, HAISHU, SCORING_DAY);
        world.jifen.clock().set(world.jifen.clock().now().plus(java.time.Duration.ofDays(40)));
        ScoreDistrictResult later = world.score(TestCallers.SYSTEM, HAISHU, LATER);

        assertThat(again).isEqualTo(new ScoreDistrictResult(HAISHU, SCORING_DAY, 3, 0, 0));
        assertThat(later).isEqualTo(new ScoreDistrictResult(HAISHU, LATER, 3, 1, 1));
        assertThat(world.ledgerOf(world.boris)).last().satisfies(entry -> {
            assertThat(entry.indicator().code().value()).isEqualTo("P04");
            assertThat(entry.points()).isEqualTo(points("4.00"));
            assertThat(entry.effectiveOn()).isEqualTo(LATER);
        });
    }

    @Test
    void aDistrictWithNoResidents_scoresNobody() {
        ScoreDistrictResult result = world.score(TestCallers.SYSTEM, DivisionCode.of("330211"), SCORING_DAY);

        assertThat(result).isEqualTo(new ScoreDistrictResult(DivisionCode.of("330211"), SCORING_DAY, 0, 0, 0));
    }

    // ---------------------------------------------------------------- refusals change nothing

    private void assertRefused(Caller caller, DivisionCode district, LocalDate on, String code) {
        int auditBefore = world.jifen.adapters().auditLog().all().size();
        Object ledgersBefore = world.jifen.adapters().ledgers().snapshot();

        Throwable thrown = catchThrowable(() -> world.score(caller, district, on));

        assertThat(thrown).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(code));
        assertThat(world.jifen.adapters().ledgers().snapshot()).isSameAs(ledgersBefore);
        assertThat(world.jifen.adapters().auditLog().all()).hasSize(auditBefore);
        for (Person person : List.of(world.anna, world.boris, world.chen, world.yang)) {
            assertThat(world.ledgerOf(person)).isEmpty();
        }
    }

    @Test
    void aReviewer_isRefusedWithForbidden() {
        assertRefused(TestCallers.reviewer(Department.HRSS), HAISHU, SCORING_DAY, "FORBIDDEN");
    }

    @Test
    void aClerk_isRefusedWithForbidden() {
        assertRefused(TestCallers.HAISHU_CLERK, HAISHU, SCORING_DAY, "FORBIDDEN");
    }

    @Test
    void aSystemOfAnotherDistrict_isRefusedWithOutOfJurisdiction() {
        assertRefused(Caller.of("system-yz", Role.SYSTEM, YINZHOU), HAISHU, SCORING_DAY, "OUT_OF_JURISDICTION");
    }

    @Test
    void aCity_isRefusedWithNotADistrict() {
        assertRefused(TestCallers.SYSTEM, DivisionCode.of("330200"), SCORING_DAY, "NOT_A_DISTRICT");
    }

    @Test
    void aDateAfterToday_isRefusedWithDateInFuture() {
        assertRefused(TestCallers.SYSTEM, HAISHU, LocalDate.of(2024, 5, 3), "DATE_IN_FUTURE");
    }
}
