package org.jifen.application.port.out.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.application.LedgerEntryBuilder.anEntry;
import static org.jifen.application.PersonBuilder.aPerson;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jifen.application.TestData;
import org.jifen.application.port.out.catalogue.CatalogueRepository;
import org.jifen.application.port.out.person.PersonRepository;
import org.jifen.domain.catalogue.CatalogueSet;
import org.jifen.domain.catalogue.CatalogueVersionId;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.catalogue.TestCatalogues;
import org.jifen.domain.catalogue.Tier;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.jurisdiction.DivisionRegistry;
import org.jifen.domain.ledger.EntryReason;
import org.jifen.domain.ledger.IndicatorRef;
import org.jifen.domain.ledger.LedgerEntry;
import org.jifen.domain.ledger.TestPostings;
import org.jifen.domain.person.Person;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.shared.Points;
import org.jifen.domain.statement.ScoreStatements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link UsableScoreQuery} adapter must answer: for every person resident in a district, the
 * total of that person's score statement ({@link ScoreStatements}) for the district, date and time. An
 * adapter's test extends this class and returns, for every call within one test, the query and the
 * repositories it reads, over one store, empty at the start of each test.
 *
 * <p>The data set: the default catalogues (the provincial one replacing a 2017 version on 2022-07-01),
 * Yinzhou's own district catalogue from 2023-01-31, persons in Haishu, Yinzhou and Hangzhou's Xihu, and
 * entries that hit every rule — tier bonus over its maximum, deductions beyond it (a total below zero),
 * entries of a replaced version, of another district's tier, effective after the date, and corrections
 * recorded after the time asked.
 */
public abstract class UsableScoreQueryContract {

    protected abstract UsableScoreQuery usableScoreQuery();

    protected abstract CatalogueRepository catalogueRepository();

    protected abstract PersonRepository personRepository();

    protected abstract LedgerRepository ledgerRepository();

    static final DivisionCode HAISHU = TestData.HAISHU;
    static final DivisionCode YINZHOU = TestData.YINZHOU;
    static final DivisionCode XIHU = TestCatalogues.XIHU;

    static final LocalDate ON = LocalDate.of(2024, 6, 30);
    /** Everything below is recorded by then, except the corrections of 2024-08-01. */
    static final Instant KNOWN = TestPostings.endOf(LocalDate.of(2024, 7, 1));
    static final Instant CORRECTED = TestPostings.at(LocalDate.of(2024, 8, 1));
    static final Instant LATER = TestPostings.endOf(LocalDate.of(2024, 12, 31));

    private static final IndicatorRef P04_2017 = new IndicatorRef(CatalogueVersionId.of("330000-2017"),
            TestCatalogues.ZHEJIANG, Tier.PROVINCIAL, IndicatorCode.of("P04"));
    private static final IndicatorRef YINZHOU_01 = new IndicatorRef(CatalogueVersionId.of("330212-2023"), YINZHOU,
            Tier.DISTRICT, IndicatorCode.of("D330212_01"));
    private static final IndicatorRef YINZHOU_02 = new IndicatorRef(CatalogueVersionId.of("330212-2023"), YINZHOU,
            Tier.DISTRICT, IndicatorCode.of("D330212_02"));

    private final List<LedgerEntry> entries = new ArrayList<>();
    private int sequence;

    private void entry(String person, IndicatorRef ref, String points, LocalDate effectiveOn, Instant recordedAt) {
        EntryReason reason = points.startsWith("-") ? EntryReason.DEDUCTION : EntryReason.AWARD;
        entries.add(anEntry().withKey("usable-" + (++sequence)).forPerson(person).onIndicator(ref).withPoints(points)
                .withReason(reason).effectiveOn(effectiveOn).recordedAt(recordedAt).build());
    }

    private void entry(String person, String code, String points) {
        entry(person, TestPostings.ref(code), points, LocalDate.of(2024, 5, 1), TestPostings.at(LocalDate.of(2024, 5, 1)));
    }

    private void correction(String person, String code, String points, LocalDate effectiveOn, Instant recordedAt) {
        entries.add(anEntry().withKey("usable-" + (++sequence)).forPerson(person).onIndicator(code).withPoints(points)
                .withReason(EntryReason.CORRECTION).effectiveOn(effectiveOn).recordedAt(recordedAt).build());
    }

    private void person(String id, DivisionCode district) {
        personRepository().add(aPerson().withId(id).livingIn(district).withSequence(100 + sequence++).build());
    }

    @BeforeEach
    void givenTheDataSet() {
        catalogueRepository().add(TestCatalogues.provincial("330000-2017", LocalDate.of(2017, 6, 1)));
        catalogueRepository().add(TestCatalogues.provincial());
        catalogueRepository().add(TestCatalogues.municipal());
        catalogueRepository().add(TestCatalogues.haishu());
        catalogueRepository().add(TestCatalogues.district(YINZHOU, "330212-2023", LocalDate.of(2023, 1, 1)));

        // hs-1: provincial full (100), municipal bonus 165 raw (capped 150) and −30 deducted (120), Haishu 50
        person("hs-1", HAISHU);
        for (String code : List.of("P01:20", "P02:10", "P03:10", "P04:30", "P05:30", "M01:20", "M02:10", "M03:20",
                "M04:20", "M05:10", "M06:10", "M07:10", "M08:20", "M09:20", "M10:10", "M04:15", "M91:-30",
                "HS01:10", "HS02:10", "HS03:8", "HS04:5", "HS05:5", "HS06:4", "HS07:8")) {
            String[] part = code.split(":");
            entry("hs-1", part[0], part[1] + ".00");
        }
        // hs-2: every tier at its maximum, 300
        person("hs-2", HAISHU);
        for (String code : List.of("P01:20", "P02:10", "P03:10", "P04:30", "P05:30", "M01:20", "M02:10", "M03:20",
                "M04:20", "M05:10", "M06:10", "M07:10", "M08:20", "M09:20", "M10:10", "HS01:10", "HS02:10",
                "HS03:8", "HS04:5", "HS05:5", "HS06:4", "HS07:8")) {
            String[] part = code.split(":");
            entry("hs-2", part[0], part[1] + ".00");
        }
        // hs-3: 20 under the replaced 2017 version, 10 under 2022, deductions of −70 beyond M91/M92's caps: below 0
        person("hs-3", HAISHU);
        entry("hs-3", P04_2017, "20.00", LocalDate.of(2021, 1, 1), TestPostings.at(LocalDate.of(2021, 1, 1)));
        entry("hs-3", TestPostings.ref("P04"), "10.00", LocalDate.of(2023, 1, 1),
                TestPostings.at(LocalDate.of(2023, 1, 1)));
        entry("hs-3", "M91", "-50.00");
        entry("hs-3", "M92", "-20.00");
        // hs-4: 5.25 + 5, a correction of +2.50 effective in May but recorded in August, an entry effective in
        // July, points of Yinzhou's district tier that do not count in Haishu, and a mismatched reference
        person("hs-4", HAISHU);
        entry("hs-4", "P05", "5.25");
        entry("hs-4", "HS05", "5.00");
        correction("hs-4", "P05", "2.50", LocalDate.of(2024, 5, 1), CORRECTED);
        entry("hs-4", TestPostings.ref("M02"), "10.00", LocalDate.of(2024, 7, 15),
                TestPostings.at(LocalDate.of(2024, 6, 1)));
        entry("hs-4", YINZHOU_01, "25.00", LocalDate.of(2024, 3, 1), TestPostings.at(LocalDate.of(2024, 3, 1)));
        // an entry naming the provincial version and P04 but another jurisdiction and tier: not that indicator
        entry("hs-4", new IndicatorRef(CatalogueVersionId.of("330000-2022"), TestData.NINGBO, Tier.MUNICIPAL,
                IndicatorCode.of("P04")), "7.00", LocalDate.of(2024, 5, 1), TestPostings.at(LocalDate.of(2024, 5, 1)));
        // hs-5: nothing at all
        person("hs-5", HAISHU);
        // two persons with the same total, ids that sort differently byte-wise and in a natural-language collation
        person("p-a1", HAISHU);
        entry("p-a1", "M02", "10.00");
        person("P-Z9", HAISHU);
        entry("P-Z9", "M02", "10.00");
        // Yinzhou: provincial + municipal + Yinzhou's own tier; Haishu's tier does not count there
        person("yz-1", YINZHOU);
        entry("yz-1", "P04", "30.00");
        entry("yz-1", "M02", "10.00");
        entry("yz-1", "HS05", "5.00");
        entry("yz-1", YINZHOU_01, "25.00", LocalDate.of(2024, 3, 1), TestPostings.at(LocalDate.of(2024, 3, 1)));
        person("yz-2", YINZHOU);
        entry("yz-2", YINZHOU_02, "2.00", LocalDate.of(2022, 8, 1), TestPostings.at(LocalDate.of(2022, 8, 1)));
        entry("yz-2", "P05", "1.50");
        correction("yz-2", "P05", "-1.50", LocalDate.of(2024, 5, 1), CORRECTED);
        // Xihu (Hangzhou): only the provincial tier is loaded for Hangzhou; Ningbo's municipal points do not count
        person("xh-1", XIHU);
        entry("xh-1", "P04", "30.00");
        entry("xh-1", "M02", "10.00");

        ledgerRepository().append(entries);
    }

    private List<String> ranking(DivisionCode district, LocalDate on, Instant knownAt) {
        return usableScoreQuery().rank(district, on, knownAt).stream()
                .map(score -> score.person() + " " + score.total()).toList();
    }

    @Test
    void haishu_ranksEveryResidentByTheTotalOfTheirStatement() {
        assertThat(ranking(HAISHU, ON, KNOWN)).containsExactly(
                "hs-2 300.00",
                "hs-1 270.00",
                "hs-4 10.25",
                "P-Z9 10.00",
                "p-a1 10.00",
                "hs-3 0.00",
                "hs-5 0.00");
    }

    @Test
    void aCorrectionRecordedLater_countsOnlyWhenKnown() {
        assertThat(ranking(HAISHU, ON, LATER)).containsSubsequence("hs-1 270.00", "hs-4 12.75", "P-Z9 10.00");
        // yz-2's 2.00 was effective before Yinzhou's catalogue took effect: it counts once the version is in force
        assertThat(ranking(YINZHOU, ON, KNOWN)).containsExactly("yz-1 65.00", "yz-2 3.50");
        assertThat(ranking(YINZHOU, ON, LATER)).containsExactly("yz-1 65.00", "yz-2 2.00");
        assertThat(ranking(YINZHOU, LocalDate.of(2023, 1, 30), LATER)).containsExactly("yz-1 0.00", "yz-2 0.00");
    }

    @Test
    void beforeTheVersionsOf2022TakeEffect_onlyThe2017ProvincialVersionCounts_andAfterwardsOnlyThe2022One() {
        assertThat(ranking(HAISHU, LocalDate.of(2021, 12, 31), LATER)).containsExactly(
                "hs-3 20.00",
                "P-Z9 0.00",
                "hs-1 0.00",
                "hs-2 0.00",
                "hs-4 0.00",
                "hs-5 0.00",
                "p-a1 0.00");
        assertThat(ranking(HAISHU, LocalDate.of(2023, 1, 1), LATER)).containsExactly(
                "hs-3 10.00",
                "P-Z9 0.00",
                "hs-1 0.00",
                "hs-2 0.00",
                "hs-4 0.00",
                "hs-5 0.00",
                "p-a1 0.00");
    }

    @Test
    void eachDistrictRecognisesItsOwnTiersOnly() {
        assertThat(ranking(XIHU, ON, KNOWN)).containsExactly("xh-1 30.00");
        assertThat(ranking(DivisionCode.of("330211"), ON, KNOWN)).isEmpty();
    }

    @Test
    void knownBeforeAnythingWasRecorded_everyoneHasZero() {
        assertThat(ranking(HAISHU, ON, TestPostings.at(LocalDate.of(2020, 1, 1))))
                .allSatisfy(line -> assertThat(line).endsWith(" 0.00")).hasSize(7);
    }

    /** The answer equals, person by person, the statements the domain builds, on every date and time tried. */
    @Test
    void everyTotal_isTheTotalOfTheDomainsStatement() {
        CatalogueSet catalogues = catalogueRepository().catalogueSet();
        ScoreStatements statements = new ScoreStatements(catalogues, DivisionRegistry.standard());
        List<LocalDate> dates = List.of(LocalDate.of(2021, 12, 31), LocalDate.of(2022, 6, 30), LocalDate.of(2022, 7, 1),
                LocalDate.of(2023, 1, 30), LocalDate.of(2023, 1, 31), LocalDate.of(2024, 4, 30), ON,
                LocalDate.of(2024, 7, 15), LocalDate.of(2030, 1, 1));
        List<Instant> times = List.of(TestPostings.at(LocalDate.of(2022, 1, 1)), KNOWN, CORRECTED.minusNanos(1000),
                CORRECTED, LATER);
        int compared = 0;
        for (DivisionCode district : List.of(HAISHU, YINZHOU, XIHU)) {
            List<Person> resident = personRepository().findByDistrict(district);
            for (LocalDate on : dates) {
                for (Instant knownAt : times) {
                    List<UsableScore> expected = new ArrayList<>();
                    for (Person person : resident) {
                        expected.add(new UsableScore(person.id(),
                                statements.build(ledgerRepository().load(person.id()), district, on, knownAt).total()));
                    }
                    expected.sort(Comparator.comparing(UsableScore::total).reversed()
                            .thenComparing(UsableScore::person));
                    assertThat(usableScoreQuery().rank(district, on, knownAt))
                            .as("%s on %s as known at %s", district, on, knownAt)
                            .containsExactlyElementsOf(expected);
                    compared += expected.size();
                }
            }
        }
        assertThat(compared).isEqualTo(9 * 5 * (7 + 2 + 1));
        assertThat(Points.parse("270.00")).isEqualTo(statements.build(ledgerRepository().load(PersonId.of("hs-1")),
                HAISHU, ON, KNOWN).total());
    }
}
