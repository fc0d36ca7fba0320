package org.jifen.application.service.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.jifen.application.PersonBuilder.aPerson;
import static org.jifen.application.TestData.HAISHU;
import static org.jifen.application.TestData.SCORING_DAY;
import static org.jifen.application.TestData.YINZHOU;
import static org.jifen.application.TestData.systemData;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jifen.application.InMemoryJifen;
import org.jifen.application.TestData;
import org.jifen.application.port.in.ledger.AutoScoreLine;
import org.jifen.application.port.in.ledger.AutoScoreResult;
import org.jifen.application.port.in.shared.NotFoundException;
import org.jifen.application.port.in.shared.RuleRefusedException;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.ledger.Actor;
import org.jifen.domain.ledger.EntryReason;
import org.jifen.domain.ledger.EntrySource;
import org.jifen.domain.ledger.LedgerEntry;
import org.jifen.domain.ledger.SourceKind;
import org.jifen.domain.ledger.TestPostings;
import org.jifen.domain.person.Person;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.shared.DomainException;
import org.jifen.domain.shared.Points;
import org.junit.jupiter.api.Test;

class ScoreAutoIndicatorsServiceTest {

    private final InMemoryJifen jifen = new InMemoryJifen().withDefaultCatalogues();
    /** Born 1990-03-07, living in Haishu 330203: 34 on 2024-05-01. */
    private final Person person = jifen.given(aPerson());

    private static Points points(String value) {
        return Points.parse(value);
    }

    private void givenTheSystemDataOfTheExample() {
        PersonId id = person.id();
        jifen.givenSystemData(
                systemData(id, "P04", "61", SCORING_DAY),
                systemData(id, "P05", "13", SCORING_DAY),
                systemData(id, "M05", "45", SCORING_DAY),
                systemData(id, "M06", "3", SCORING_DAY),
                systemData(id, "HS03", "25", SCORING_DAY),
                systemData(id, "HS06", "1", SCORING_DAY),
                systemData(id, "HS07", "17", SCORING_DAY),
                systemData(id, "M02", "1", SCORING_DAY));
    }

    private AutoScoreResult scoring(LocalDate on) {
        return jifen.score(person.id(), HAISHU, on);
    }

    private static Optional<Points> posted(AutoScoreLine line) {
        return line.posted().map(LedgerEntry::points);
    }

    @Test
    void scoresEveryAutoIndicatorFromSystemDataAndTheIdNumber() {
        givenTheSystemDataOfTheExample();

        AutoScoreResult result = scoring(SCORING_DAY);

        assertThat(result.person()).isEqualTo(person.id());
        assertThat(result.lines())
                .extracting(l -> l.indicator().value(), AutoScoreLine::facts, AutoScoreLine::target,
                        ScoreAutoIndicatorsServiceTest::posted)
                .containsExactly(
                        tuple("P01", "birth date from the ID number", points("20.00"), Optional.of(points("20.00"))),
                        tuple("P04", "61 MONTH", points("30.00"), Optional.of(points("30.00"))),
                        tuple("P05", "13 MONTH", points("3.25"), Optional.of(points("3.25"))),
                        tuple("M02", "1", points("10.00"), Optional.of(points("10.00"))),
                        tuple("M05", "45 HOUR", points("2.00"), Optional.of(points("2.00"))),
                        tuple("M06", "3 DONATION", points("6.00"), Optional.of(points("6.00"))),
                        tuple("HS03", "25 MONTH", points("2.00"), Optional.of(points("2.00"))),
                        tuple("HS06", "1", points("4.00"), Optional.of(points("4.00"))),
                        tuple("HS07", "17 LOAN", points("1.00"), Optional.of(points("1.00"))));
    }

    @Test
    void theEntriesPosted_areAwardsBySystemFromSystemDataEffectiveOnTheDate() {
        givenTheSystemDataOfTheExample();

        scoring(SCORING_DAY);

        List<LedgerEntry> ledger = jifen.ledgerOf(person.id());
        assertThat(ledger).hasSize(9).allSatisfy(entry -> {
            assertThat(entry.person()).isEqualTo(person.id());
            assertThat(entry.effectiveOn()).isEqualTo(SCORING_DAY);
            assertThat(entry.recordedAt()).isEqualTo(InMemoryJifen.NOW);
            assertThat(entry.actor()).isEqualTo(Actor.SYSTEM);
            assertThat(entry.source()).isEqualTo(new EntrySource(SourceKind.SYSTEM_DATA, "AUTO-2024-05-01"));
            assertThat(entry.reason()).isEqualTo(EntryReason.AWARD);
            assertThat(entry.freeze()).isEmpty();
        });
        assertThat(ledger).extracting(LedgerEntry::indicator, LedgerEntry::points).containsExactly(
                tuple(TestPostings.ref("P01"), points("20.00")),
                tuple(TestPostings.ref("P04"), points("30.00")),
                tuple(TestPostings.ref("P05"), points("3.25")),
                tuple(TestPostings.ref("M02"), points("10.00")),
                tuple(TestPostings.ref("M05"), points("2.00")),
                tuple(TestPostings.ref("M06"), points("6.00")),
                tuple(TestPostings.ref("HS03"), points("2.00")),
                tuple(TestPostings.ref("HS06"), points("4.00")),
                tuple(TestPostings.ref("HS07"), points("1.00")));
        assertThat(ledger).extracting(LedgerEntry::key).doesNotHaveDuplicates();
    }

    @Test
    void runningItAgain_postsNothing() {
        givenTheSystemDataOfTheExample();
        scoring(SCORING_DAY);
        List<LedgerEntry> before = jifen.ledgerOf(person.id());
        jifen.clock().advance(Duration.ofHours(2));

        AutoScoreResult again = scoring(SCORING_DAY);

        assertThat(again.lines()).hasSize(9).allSatisfy(line -> assertThat(line.posted()).isEmpty());
        assertThat(again.lines()).extracting(AutoScoreLine::target).containsExactly(points("20.00"),
                points("30.00"), points("3.25"), points("10.00"), points("2.00"), points("6.00"), points("2.00"),
                points("4.00"), points("1.00"));
        assertThat(jifen.ledgerOf(person.id())).isEqualTo(before);
    }

    @Test
    void newerSystemDataOnALaterDate_postsOnlyTheDifference() {
        givenTheSystemDataOfTheExample();
        scoring(SCORING_DAY);
        LocalDate later = LocalDate.of(2024, 8, 1);
        jifen.clock().set(TestData.chinaTime(later, 10, 0));
        // P04 70 months is 35 points, still capped at 30: nothing new. P05 25 months is 6.25: 3.00 more.
        jifen.givenSystemData(systemData(person.id(), "P04", "70", later), systemData(person.id(), "P05", "25", later));

        AutoScoreResult result = scoring(later);

        assertThat(result.lines()).filteredOn(line -> line.posted().isPresent())
                .extracting(l -> l.indicator().value(), AutoScoreLine::target, ScoreAutoIndicatorsServiceTest::posted)
                .containsExactly(tuple("P05", points("6.25"), Optional.of(points("3.00"))));
        assertThat(result.lines()).filteredOn(line -> line.indicator().value().equals("P04"))
                .extracting(AutoScoreLine::facts, AutoScoreLine::target)
                .containsExactly(tuple("70 MONTH", points("30.00")));
        LedgerEntry p05 = result.lines().get(2).posted().orElseThrow();
        assertThat(p05.effectiveOn()).isEqualTo(later);
        assertThat(p05.reason()).isEqualTo(EntryReason.AWARD);
        assertThat(jifen.ledgerOf(person.id())).hasSize(10);
    }

    @Test
    void lowerSystemDataForALaterDate_postsANegativeCorrection() {
        jifen.givenSystemData(systemData(person.id(), "HS07", "35", SCORING_DAY));
        scoring(SCORING_DAY);
        LocalDate later = LocalDate.of(2024, 5, 2);
        jifen.givenSystemData(systemData(person.id(), "HS07", "12", later));

        AutoScoreResult result = scoring(later);

        LedgerEntry correction = result.lines().get(1).posted().orElseThrow();
        assertThat(correction.indicator()).isEqualTo(TestPostings.ref("HS07"));
        assertThat(correction.points()).isEqualTo(points("-2.00"));
        assertThat(correction.reason()).isEqualTo(EntryReason.CORRECTION);
    }

    @Test
    void aPersonWhoTurns42_getsANegativeCorrectionOnP01() {
        Person older = jifen.given(aPerson().withId("person-1982").bornOn(LocalDate.of(1982, 6, 15)));
        jifen.clock().set(TestData.chinaTime(LocalDate.of(2022, 7, 2), 9, 0));
        AutoScoreResult at40 = jifen.score(older.id(), HAISHU, LocalDate.of(2022, 7, 1));
        LocalDate birthday42 = LocalDate.of(2024, 6, 15);
        jifen.clock().set(TestData.chinaTime(birthday42, 9, 0));

        AutoScoreResult at42 = jifen.score(older.id(), HAISHU, birthday42);

        assertThat(at40.lines()).extracting(l -> l.indicator().value(), AutoScoreLine::target,
                ScoreAutoIndicatorsServiceTest::posted).containsExactly(tuple("P01", points("20.00"),
                        Optional.of(points("20.00"))));
        assertThat(at42.lines()).hasSize(1);
        AutoScoreLine p01 = at42.lines().get(0);
        assertThat(p01.target()).isEqualTo(points("18.00"));
        LedgerEntry correction = p01.posted().orElseThrow();
        assertThat(correction.points()).isEqualTo(points("-2.00"));
        assertThat(correction.reason()).isEqualTo(EntryReason.CORRECTION);
        assertThat(correction.effectiveOn()).isEqualTo(birthday42);
        assertThat(correction.actor()).isEqualTo(Actor.SYSTEM);
        assertThat(jifen.adapters().ledgers().load(older.id()).balance(TestPostings.ref("P01")))
                .isEqualTo(points("18.00"));
    }

    @Test
    void anIndicatorWithoutSystemData_getsNoLine() {
        jifen.givenSystemData(systemData(person.id(), "P04", "61", SCORING_DAY));

        AutoScoreResult result = scoring(SCORING_DAY);

        assertThat(result.lines()).extracting(l -> l.indicator().value()).containsExactly("P01", "P04");
        assertThat(jifen.ledgerOf(person.id())).hasSize(2);
    }

    @Test
    void systemDataRecordedAfterTheScoringDate_isNotUsed() {
        jifen.givenSystemData(systemData(person.id(), "P04", "61", LocalDate.of(2024, 5, 2)));

        AutoScoreResult result = scoring(SCORING_DAY);

        assertThat(result.lines()).extracting(l -> l.indicator().value()).containsExactly("P01");
    }

    @Test
    void inADistrictWithoutDistrictCatalogue_onlyProvincialAndMunicipalIndicatorsAreScored() {
        givenTheSystemDataOfTheExample();

        AutoScoreResult result = jifen.score(person.id(), YINZHOU, SCORING_DAY);

        assertThat(result.lines()).extracting(l -> l.indicator().value())
                .containsExactly("P01", "P04", "P05", "M02", "M05", "M06");
    }

    @Test
    void systemDataCorrectedBackAndForthOnOneDate_postsEachChange() {
        jifen.givenSystemData(systemData(person.id(), "P05", "40", SCORING_DAY)); // 10.00
        scoring(SCORING_DAY);
        jifen.givenSystemData(systemData(person.id(), "P05", "80", SCORING_DAY)); // 20.00
        scoring(SCORING_DAY);
        jifen.givenSystemData(systemData(person.id(), "P05", "40", SCORING_DAY)); // back to 10.00
        scoring(SCORING_DAY);
        jifen.givenSystemData(systemData(person.id(), "P05", "80", SCORING_DAY)); // and 20.00 again

        AutoScoreResult last = scoring(SCORING_DAY);

        assertThat(last.lines().get(1).posted().map(LedgerEntry::points)).contains(points("10.00"));
        assertThat(jifen.ledgerOf(person.id())).filteredOn(e -> e.indicator().code().value().equals("P05"))
                .extracting(LedgerEntry::points)
                .containsExactly(points("10.00"), points("10.00"), points("-10.00"), points("10.00"));
    }

    @Test
    void aDateAfterToday_isRefusedWithDateInFutureAndPostsNothing() {
        givenTheSystemDataOfTheExample();

        assertThatThrownBy(() -> scoring(LocalDate.of(2024, 5, 3)))
                .isInstanceOfSatisfying(RuleRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("DATE_IN_FUTURE"))
                .hasMessage("on: 2024-05-03 is after today (2024-05-02)");

        assertThat(jifen.ledgerOf(person.id())).isEmpty();
    }

    @Test
    void today_isNotInTheFuture() {
        AutoScoreResult result = scoring(LocalDate.of(2024, 5, 2));

        assertThat(result.lines()).extracting(AutoScoreLine::target).containsExactly(points("20.00"));
    }

    @Test
    void anUnknownPerson_isRefusedWithPersonNotFound() {
        assertThatThrownBy(() -> jifen.score(PersonId.of("person-9999"), HAISHU, SCORING_DAY))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo("PERSON_NOT_FOUND"))
                .hasMessage("no person person-9999");
    }

    @Test
    void anUnknownDivision_isRefusedWithUnknownDivision() {
        assertThatThrownBy(() -> jifen.score(person.id(), DivisionCode.of("330299"), SCORING_DAY))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("UNKNOWN_DIVISION"));

        assertThat(jifen.ledgerOf(person.id())).isEmpty();
    }

    @Test
    void scoringUsesTheIndicatorOfTheCatalogueVersionInForce() {
        jifen.givenSystemData(systemData(person.id(), "P04", "61", SCORING_DAY));

        scoring(SCORING_DAY);

        assertThat(jifen.ledgerOf(person.id())).extracting(e -> e.indicator().version().value())
                .containsOnly("330000-2022");
        assertThat(jifen.ledgerOf(person.id())).extracting(e -> e.indicator().code())
                .containsExactly(IndicatorCode.of("P01"), IndicatorCode.of("P04"));
    }
}
