package org.jifen.domain.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.jifen.domain.ledger.TestPostings.PERSON;
import static org.jifen.domain.ledger.TestPostings.at;
import static org.jifen.domain.ledger.TestPostings.endOf;
import static org.jifen.domain.ledger.TestPostings.posting;
import static org.jifen.domain.statement.StatementFixtures.DETENTION_FREEZE;
import static org.jifen.domain.statement.StatementFixtures.DIVISIONS;
import static org.jifen.domain.statement.StatementFixtures.KNOWN;
import static org.jifen.domain.statement.StatementFixtures.ON;
import static org.jifen.domain.statement.StatementFixtures.PUBLISHED;
import static org.jifen.domain.statement.StatementFixtures.balances;
import static org.jifen.domain.statement.StatementFixtures.caps;
import static org.jifen.domain.statement.StatementFixtures.code;
import static org.jifen.domain.statement.StatementFixtures.codes;
import static org.jifen.domain.statement.StatementFixtures.line;
import static org.jifen.domain.statement.StatementFixtures.p;
import static org.jifen.domain.statement.StatementFixtures.points;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jifen.domain.catalogue.CatalogueVersionId;
import org.jifen.domain.catalogue.IndicatorKind;
import org.jifen.domain.catalogue.ScoringMethod;
import org.jifen.domain.catalogue.TestCatalogues;
import org.jifen.domain.catalogue.Tier;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.jurisdiction.UnknownDivisionException;
import org.jifen.domain.ledger.EntryReason;
import org.jifen.domain.ledger.IdempotencyKey;
import org.jifen.domain.ledger.Ledger;
import org.jifen.domain.ledger.LedgerEntry;
import org.jifen.domain.ledger.TestPostings;
import org.jifen.domain.shared.InvalidValueException;
import org.jifen.domain.shared.Points;
import org.junit.jupiter.api.Test;

class ScoreStatementTest {

    private final ScoreStatements statements = new ScoreStatements(TestCatalogues.defaultSet(), DIVISIONS);

    private ScoreStatement haishuStatement() {
        return statements.build(StatementFixtures.haishuResident(), TestCatalogues.HAISHU, ON, KNOWN);
    }

    @Test
    void inHaishu_allThreeTiersAreRecognised_withTheirChineseReasons() {
        ScoreStatement statement = haishuStatement();

        assertThat(statement.tiers())
                .extracting(TierStatement::tier, t -> t.jurisdiction().value(), TierStatement::jurisdictionName,
                        TierStatement::version, TierStatement::recognition, TierStatement::reason)
                .containsExactly(
                        tuple(Tier.PROVINCIAL, "330000", "浙江省", Optional.of(CatalogueVersionId.of("330000-2022")),
                                Recognition.RECOGNISED, "浙江省省级共性指标全省互认"),
                        tuple(Tier.MUNICIPAL, "330200", "宁波市", Optional.of(CatalogueVersionId.of("330200-2022")),
                                Recognition.RECOGNISED, "宁波市市级共性指标在全市范围内认可"),
                        tuple(Tier.DISTRICT, "330203", "海曙区", Optional.of(CatalogueVersionId.of("330203-2022")),
                                Recognition.RECOGNISED, "海曙区区个性指标适用于居住在海曙区的申请人"));
        assertThat(statement.recognisedTiers()).hasSize(3);
    }

    @Test
    void inHaishu_theSubtotalsMaximaTotalAndDeductionsAreExact() {
        ScoreStatement statement = haishuStatement();

        assertThat(statement.tiers())
                .extracting(TierStatement::bonusSubtotal, TierStatement::deductionSubtotal, TierStatement::subtotal,
                        TierStatement::max)
                .containsExactly(
                        tuple(p("49.50"), p("0.00"), p("49.50"), p("100.00")),
                        tuple(p("28.00"), p("-10.00"), p("18.00"), p("150.00")),
                        tuple(p("9.00"), p("0.00"), p("9.00"), p("50.00")));
        assertThat(statement.deductions()).isEqualTo(p("-10.00"));
        assertThat(statement.total()).isEqualTo(p("76.50"));
        assertThat(statement.total().toString()).isEqualTo("76.50");
        assertThat(statement.maxTotal()).isEqualTo(p("300.00"));
    }

    @Test
    void theStatementSaysWhoWhereWhenAndAsKnownWhen() {
        ScoreStatement statement = haishuStatement();

        assertThat(statement.person()).isEqualTo(PERSON);
        assertThat(statement.district()).isEqualTo(TestCatalogues.HAISHU);
        assertThat(statement.districtName()).isEqualTo("海曙区");
        assertThat(statement.effectiveOn()).isEqualTo(ON);
        assertThat(statement.knownAt()).isEqualTo(KNOWN);
    }

    @Test
    void everyProvincialIndicatorIsListed_withBalanceAndCap() {
        TierStatement provincial = haishuStatement().tiers().get(0);

        assertThat(codes(provincial)).containsExactly("P01", "P02", "P03", "P04", "P05");
        assertThat(balances(provincial)).containsExactlyElementsOf(points("20.00", "10.00", "0.00", "12.00", "7.50"));
        assertThat(caps(provincial)).containsExactlyElementsOf(points("20", "10", "10", "30", "30"));
        assertThat(provincial.indicators())
                .extracting(IndicatorLine::chineseName, IndicatorLine::method)
                .containsExactly(
                        tuple("年龄", ScoringMethod.AUTO), tuple("文化程度", ScoringMethod.EVIDENCE),
                        tuple("职业技能", ScoringMethod.EVIDENCE), tuple("缴纳社保", ScoringMethod.AUTO),
                        tuple("居住时间", ScoringMethod.AUTO));
    }

    @Test
    void everyMunicipalIndicatorIsListed_includingTheDeductions() {
        TierStatement municipal = haishuStatement().tiers().get(1);

        assertThat(codes(municipal))
                .containsExactly("M01", "M02", "M03", "M04", "M05", "M06", "M07", "M08", "M09", "M10", "M91", "M92");
        assertThat(balances(municipal)).containsExactlyElementsOf(points(
                "10", "10", "0", "0", "2", "6", "0", "0", "0", "0", "-10", "0"));
        assertThat(caps(municipal)).containsExactlyElementsOf(points(
                "20", "10", "20", "20", "10", "10", "10", "20", "20", "10", "50", "50"));
        IndicatorLine m91 = line(municipal, "M91");
        assertThat(m91.chineseName()).isEqualTo("违法犯罪");
        assertThat(m91.kind()).isEqualTo(IndicatorKind.DEDUCTION);
        assertThat(m91.method()).isEqualTo(ScoringMethod.MANUAL);
        assertThat(line(municipal, "M92").kind()).isEqualTo(IndicatorKind.DEDUCTION);
        assertThat(line(municipal, "M10").kind()).isEqualTo(IndicatorKind.BONUS);
    }

    @Test
    void everyHaishuIndicatorIsListed() {
        TierStatement haishu = haishuStatement().tiers().get(2);

        assertThat(codes(haishu)).containsExactly("HS01", "HS02", "HS03", "HS04", "HS05", "HS06", "HS07");
        assertThat(balances(haishu)).containsExactlyElementsOf(points("0", "0", "2", "0", "0", "4", "3"));
        assertThat(caps(haishu)).containsExactlyElementsOf(points("10", "10", "8", "5", "5", "4", "8"));
        assertThat(haishu.indicators()).extracting(IndicatorLine::chineseName)
                .containsExactly("表彰奖励", "岗位贡献", "居住登记", "党员管理", "退役军人", "疫苗接种", "书香阅读");
    }

    @Test
    void eachLineShowsTheEntriesBehindItsBalance() {
        ScoreStatement statement = haishuStatement();
        IndicatorLine p04 = line(statement.tiers().get(0), "P04");
        IndicatorLine p03 = line(statement.tiers().get(0), "P03");
        IndicatorLine m91 = line(statement.tiers().get(1), "M91");

        assertThat(p04.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.key()).isEqualTo(IdempotencyKey.of("app-1-P04"));
            assertThat(entry.points()).isEqualTo(p("12.00"));
            assertThat(entry.reason()).isEqualTo(EntryReason.AWARD);
            assertThat(entry.effectiveOn()).isEqualTo(PUBLISHED);
            assertThat(entry.indicator()).isEqualTo(TestPostings.ref("P04"));
        });
        assertThat(p03.entries()).isEmpty();
        assertThat(m91.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.points()).isEqualTo(p("-10.00"));
            assertThat(entry.reason()).isEqualTo(EntryReason.DEDUCTION);
            assertThat(entry.freeze()).contains(DETENTION_FREEZE);
            assertThat(entry.source().reference()).isEqualTo("CASE-2023-017");
        });
        long listed = statement.tiers().stream().mapToLong(t -> t.indicators().stream()
                .mapToLong(l -> l.entries().size()).sum()).sum();
        assertThat(listed).isEqualTo(12);
    }

    @Test
    void balanceOf_readsARecognisedLine() {
        ScoreStatement statement = haishuStatement();

        assertThat(statement.balanceOf(code("P05"))).isEqualTo(p("7.50"));
        assertThat(statement.balanceOf(code("M91"))).isEqualTo(p("-10.00"));
        assertThat(statement.balanceOf(code("HS07"))).isEqualTo(p("3.00"));
        assertThat(statement.balanceOf(code("HS01"))).isEqualTo(Points.ZERO);
    }

    @Test
    void aFreezeInForceOnTheDate_isShown_andEndsByItself() {
        Ledger ledger = StatementFixtures.haishuResident();

        ScoreStatement frozen = statements.build(ledger, TestCatalogues.HAISHU, LocalDate.of(2024, 2, 9),
                endOf(LocalDate.of(2024, 2, 9)));
        ScoreStatement thawed = statements.build(ledger, TestCatalogues.HAISHU, LocalDate.of(2024, 2, 10),
                endOf(LocalDate.of(2024, 2, 10)));

        assertThat(haishuStatement().freeze()).contains(DETENTION_FREEZE);
        assertThat(haishuStatement().frozen()).isTrue();
        assertThat(frozen.freeze()).contains(DETENTION_FREEZE);
        assertThat(thawed.freeze()).isEmpty();
        assertThat(thawed.frozen()).isFalse();
        assertThat(thawed.total()).isEqualTo(p("76.50"));
        assertThat(thawed.deductions()).isEqualTo(p("-10.00"));
    }

    @Test
    void bigDeductionsAndFewPoints_giveATotalOfZero() {
        LocalDate conviction = LocalDate.of(2023, 4, 2);
        Ledger ledger = TestPostings.target(Ledger.empty(PERSON), "P05", "2.50", posting("p05", PUBLISHED));
        ledger = TestPostings.penalty(ledger, "M91", "-30", conviction, posting("m91", conviction));
        ledger = TestPostings.penalty(ledger, "M92", "-20", conviction.plusDays(5), posting("m92", conviction.plusDays(5)));

        ScoreStatement statement = statements.build(ledger, TestCatalogues.HAISHU, ON, KNOWN);

        assertThat(statement.tiers()).extracting(TierStatement::subtotal)
                .containsExactly(p("2.50"), p("-50.00"), p("0.00"));
        assertThat(statement.deductions()).isEqualTo(p("-50.00"));
        assertThat(statement.total()).isEqualTo(p("0.00"));
        assertThat(statement.freeze()).contains(new org.jifen.domain.ledger.Freeze(conviction.plusDays(5),
                LocalDate.of(2024, 4, 7)));
    }

    @Test
    void everyBonusAtItsCap_isExactly300_andADeductionTakesItBelow() {
        Ledger ledger = Ledger.empty(PERSON);
        for (var catalogue : TestCatalogues.defaultSet().versions()) {
            for (var indicator : catalogue.indicators()) {
                if (indicator.kind() == IndicatorKind.BONUS) {
                    ledger = TestPostings.target(ledger, catalogue, indicator.code().value(), indicator.cap(),
                            posting("max-" + indicator.code(), PUBLISHED), false);
                }
            }
        }
        ScoreStatement full = statements.build(ledger, TestCatalogues.HAISHU, ON, KNOWN);
        ledger = TestPostings.penalty(ledger, "M92", "-20", ON, posting("m92", ON));
        ScoreStatement penalised = statements.build(ledger, TestCatalogues.HAISHU, ON, KNOWN);

        assertThat(full.tiers()).extracting(TierStatement::subtotal)
                .containsExactly(p("100.00"), p("150.00"), p("50.00"));
        assertThat(full.total()).isEqualTo(p("300.00"));
        assertThat(penalised.total()).isEqualTo(p("280.00"));
        assertThat(penalised.deductions()).isEqualTo(p("-20.00"));
    }

    @Test
    void anEmptyLedger_listsEveryIndicatorAtZero() {
        ScoreStatement statement = statements.build(Ledger.empty(PERSON), TestCatalogues.HAISHU, ON, KNOWN);

        assertThat(statement.tiers()).extracting(t -> t.indicators().size()).containsExactly(5, 12, 7);
        assertThat(statement.tiers()).allSatisfy(t -> assertThat(t.indicators())
                .allSatisfy(l -> assertThat(l.balance()).isEqualTo(Points.ZERO)));
        assertThat(statement.total()).isEqualTo(Points.ZERO);
        assertThat(statement.deductions()).isEqualTo(Points.ZERO);
        assertThat(statement.freeze()).isEmpty();
    }

    @Test
    void knownBeforePublication_theStatementHoldsOnlyWhatWasRecordedThen() {
        ScoreStatement statement = statements.build(StatementFixtures.haishuResident(), TestCatalogues.HAISHU, ON,
                at(PUBLISHED).minusSeconds(1));

        assertThat(statement.tiers()).extracting(TierStatement::subtotal)
                .containsExactly(p("0.00"), p("-10.00"), p("0.00"));
        assertThat(statement.total()).isEqualTo(Points.ZERO);
        assertThat(statement.deductions()).isEqualTo(p("-10.00"));
        assertThat(statement.freeze()).contains(DETENTION_FREEZE);
    }

    @Test
    void beforeTheDefaultCataloguesTakeEffect_noTierIsInForce() {
        LocalDate dayBefore = TestCatalogues.EFFECTIVE_FROM.minusDays(1);

        ScoreStatement statement = statements.build(Ledger.empty(PERSON), TestCatalogues.HAISHU, dayBefore,
                endOf(dayBefore));

        assertThat(statement.tiers())
                .extracting(TierStatement::tier, TierStatement::recognition, TierStatement::version,
                        TierStatement::reason, TierStatement::max)
                .containsExactly(
                        tuple(Tier.PROVINCIAL, Recognition.NO_CATALOGUE_IN_FORCE, Optional.empty(),
                                "浙江省在2022-06-30无生效的省级共性指标体系，该层级不计分", p("100")),
                        tuple(Tier.MUNICIPAL, Recognition.NO_CATALOGUE_IN_FORCE, Optional.empty(),
                                "宁波市在2022-06-30无生效的市级共性指标体系，该层级不计分", p("150")),
                        tuple(Tier.DISTRICT, Recognition.NO_CATALOGUE_IN_FORCE, Optional.empty(),
                                "海曙区在2022-06-30无生效的区个性指标体系，该层级不计分", p("50")));
        assertThat(statement.total()).isEqualTo(Points.ZERO);
    }

    @Test
    void aStatementIsForADistrict_notACityNorAnUnknownCode() {
        Ledger ledger = Ledger.empty(PERSON);

        assertThatThrownBy(() -> statements.build(ledger, TestCatalogues.NINGBO, ON, KNOWN))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("NOT_A_DISTRICT"));
        assertThatThrownBy(() -> statements.build(ledger, DivisionCode.of("330299"), ON, KNOWN))
                .isInstanceOfSatisfying(UnknownDivisionException.class,
                        e -> assertThat(e.code()).isEqualTo("UNKNOWN_DIVISION"));
    }

    @Test
    void theStatementIsImmutable() {
        ScoreStatement statement = haishuStatement();
        List<LedgerEntry> entries = line(statement.tiers().get(0), "P04").entries();

        assertThatThrownBy(() -> statement.tiers().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> entries.clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
