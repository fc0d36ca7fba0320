package org.jifen.domain.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.jifen.domain.ledger.TestPostings.PERSON;
import static org.jifen.domain.ledger.TestPostings.at;
import static org.jifen.domain.ledger.TestPostings.endOf;
import static org.jifen.domain.ledger.TestPostings.posting;
import static org.jifen.domain.statement.StatementFixtures.DIVISIONS;
import static org.jifen.domain.statement.StatementFixtures.balances;
import static org.jifen.domain.statement.StatementFixtures.code;
import static org.jifen.domain.statement.StatementFixtures.codes;
import static org.jifen.domain.statement.StatementFixtures.p;
import static org.jifen.domain.statement.StatementFixtures.points;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jifen.domain.catalogue.Catalogue;
import org.jifen.domain.catalogue.CatalogueSet;
import org.jifen.domain.catalogue.CatalogueVersionId;
import org.jifen.domain.catalogue.TestCatalogues;
import org.jifen.domain.catalogue.Tier;
import org.jifen.domain.ledger.Ledger;
import org.jifen.domain.ledger.TestPostings;
import org.junit.jupiter.api.Test;

/**
 * DOMAIN.md §2: the 2022 notice replaces Haishu's 2017 interim indicators on the day it takes effect
 * (published 2022-06-01, effective 2022-07-01). Points of the 2017 version count up to the day before
 * and not from that day; the statement then lists them as a version not in force.
 */
class ReplacedVersionScenarioTest {

    private static final Catalogue HAISHU_2017 = TestCatalogues.haishu("330203-2017", LocalDate.of(2017, 3, 1));
    private static final LocalDate NEW_VERSION_FROM = LocalDate.of(2022, 7, 1);
    private static final LocalDate DAY_BEFORE = NEW_VERSION_FROM.minusDays(1);
    private static final Instant KNOWN = endOf(NEW_VERSION_FROM);

    private final CatalogueSet catalogues = CatalogueSet.of(List.of(TestCatalogues.provincial(),
            TestCatalogues.municipal(), HAISHU_2017, TestCatalogues.haishu()));
    private final ScoreStatements statements = new ScoreStatements(catalogues, DIVISIONS);

    /** HS05 5.00 (2018) and HS03 3.00 (2020) under the 2017 version; P04 6.00 under 2022 from 2022-07-01. */
    private Ledger ledger() {
        LocalDate veteran = LocalDate.of(2018, 5, 2);
        LocalDate registration = LocalDate.of(2020, 5, 2);
        Ledger ledger = TestPostings.target(Ledger.empty(PERSON), HAISHU_2017, "HS05", "5.00",
                posting("hs05-2017", veteran));
        ledger = TestPostings.target(ledger, HAISHU_2017, "HS03", "3.00", posting("hs03-2017", registration));
        return TestPostings.target(ledger, "P04", "6.00", posting("p04-2022", at(NEW_VERSION_FROM), NEW_VERSION_FROM));
    }

    @Test
    void theVersionsFollowEachOther() {
        assertThat(HAISHU_2017.effectiveFrom()).isEqualTo(LocalDate.of(2017, 3, 31));
        assertThat(TestCatalogues.haishu().effectiveFrom()).isEqualTo(NEW_VERSION_FROM);
        assertThat(catalogues.effectiveEnd(HAISHU_2017)).contains(NEW_VERSION_FROM);
        assertThat(catalogues.inForce(TestCatalogues.HAISHU, Tier.DISTRICT, DAY_BEFORE)).contains(HAISHU_2017);
        assertThat(catalogues.inForce(TestCatalogues.HAISHU, Tier.DISTRICT, NEW_VERSION_FROM))
                .contains(TestCatalogues.haishu());
    }

    @Test
    void onTheDayBefore_the2017PointsCount() {
        ScoreStatement statement = statements.build(ledger(), TestCatalogues.HAISHU, DAY_BEFORE, KNOWN);

        assertThat(statement.tiers())
                .extracting(TierStatement::tier, TierStatement::version, TierStatement::recognition,
                        TierStatement::subtotal)
                .containsExactly(
                        tuple(Tier.PROVINCIAL, Optional.empty(), Recognition.NO_CATALOGUE_IN_FORCE, p("0.00")),
                        tuple(Tier.MUNICIPAL, Optional.empty(), Recognition.NO_CATALOGUE_IN_FORCE, p("0.00")),
                        tuple(Tier.DISTRICT, Optional.of(CatalogueVersionId.of("330203-2017")),
                                Recognition.RECOGNISED, p("8.00")));
        TierStatement haishu = statement.tiers().get(2);
        assertThat(codes(haishu)).containsExactly("HS01", "HS02", "HS03", "HS04", "HS05", "HS06", "HS07");
        assertThat(balances(haishu)).containsExactlyElementsOf(points("0", "0", "3", "0", "5", "0", "0"));
        assertThat(statement.balanceOf(code("HS05"))).isEqualTo(p("5.00"));
        assertThat(statement.total()).isEqualTo(p("8.00"));
    }

    @Test
    void onTheNewVersionsEffectiveDate_the2017PointsNoLongerCount_andAreListedAsVersionNotInForce() {
        ScoreStatement statement = statements.build(ledger(), TestCatalogues.HAISHU, NEW_VERSION_FROM, KNOWN);

        assertThat(statement.tiers())
                .extracting(TierStatement::tier, TierStatement::version, TierStatement::recognition,
                        TierStatement::subtotal)
                .containsExactly(
                        tuple(Tier.PROVINCIAL, Optional.of(CatalogueVersionId.of("330000-2022")),
                                Recognition.RECOGNISED, p("6.00")),
                        tuple(Tier.MUNICIPAL, Optional.of(CatalogueVersionId.of("330200-2022")),
                                Recognition.RECOGNISED, p("0.00")),
                        tuple(Tier.DISTRICT, Optional.of(CatalogueVersionId.of("330203-2022")),
                                Recognition.RECOGNISED, p("0.00")),
                        tuple(Tier.DISTRICT, Optional.of(CatalogueVersionId.of("330203-2017")),
                                Recognition.VERSION_NOT_IN_FORCE, p("8.00")));
        TierStatement replaced = statement.tiers().get(3);
        assertThat(replaced.jurisdiction()).isEqualTo(TestCatalogues.HAISHU);
        assertThat(replaced.reason())
                .isEqualTo("指标体系版本330203-2017在2022-07-01不在有效期内（2017-03-31起，2022-07-01止），其积分不计入");
        assertThat(codes(replaced)).containsExactly("HS03", "HS05");
        assertThat(balances(replaced)).containsExactlyElementsOf(points("3.00", "5.00"));
        assertThat(replaced.indicators()).allSatisfy(line -> assertThat(line.entries()).hasSize(1));

        assertThat(statement.balanceOf(code("HS05"))).isEqualTo(p("0.00"));
        assertThat(statement.total()).isEqualTo(p("6.00"));
    }

    @Test
    void theLedgerItselfStillHoldsThe2017Points_theStatementDecidesWhatCounts() {
        Ledger ledger = ledger();

        assertThat(ledger.balance(TestPostings.ref(HAISHU_2017, "HS05"), NEW_VERSION_FROM, KNOWN))
                .isEqualTo(p("5.00"));
        assertThat(ledger.balance(TestPostings.ref(TestCatalogues.haishu(), "HS05"), NEW_VERSION_FROM, KNOWN))
                .isEqualTo(p("0.00"));
    }
}
