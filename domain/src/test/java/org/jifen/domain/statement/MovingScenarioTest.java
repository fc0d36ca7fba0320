package org.jifen.domain.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.jifen.domain.statement.StatementFixtures.DETENTION_FREEZE;
import static org.jifen.domain.statement.StatementFixtures.DIVISIONS;
import static org.jifen.domain.statement.StatementFixtures.KNOWN;
import static org.jifen.domain.statement.StatementFixtures.ON;
import static org.jifen.domain.statement.StatementFixtures.balances;
import static org.jifen.domain.statement.StatementFixtures.caps;
import static org.jifen.domain.statement.StatementFixtures.code;
import static org.jifen.domain.statement.StatementFixtures.codes;
import static org.jifen.domain.statement.StatementFixtures.p;
import static org.jifen.domain.statement.StatementFixtures.points;

import java.util.List;
import java.util.Optional;
import org.jifen.domain.catalogue.CatalogueSet;
import org.jifen.domain.catalogue.CatalogueVersionId;
import org.jifen.domain.catalogue.TestCatalogues;
import org.jifen.domain.catalogue.Tier;
import org.jifen.domain.ledger.Ledger;
import org.junit.jupiter.api.Test;

/**
 * DOMAIN.md §2: a person with provincial, municipal and Haishu points moves Haishu → Yinzhou →
 * Hangzhou. Provincial points count everywhere in Zhejiang, municipal points within Ningbo, Haishu
 * points only in Haishu; a district with no catalogue loaded contributes no tier and says so.
 */
class MovingScenarioTest {

    private final Ledger ledger = StatementFixtures.haishuResident();
    private final ScoreStatements defaults = new ScoreStatements(TestCatalogues.defaultSet(), DIVISIONS);

    @Test
    void inHaishu_provincialMunicipalAndHaishuPointsCount() {
        ScoreStatement statement = defaults.build(ledger, TestCatalogues.HAISHU, ON, KNOWN);

        assertThat(statement.tiers()).extracting(TierStatement::recognition).containsOnly(Recognition.RECOGNISED);
        assertThat(statement.tiers()).extracting(TierStatement::subtotal)
                .containsExactly(p("49.50"), p("18.00"), p("9.00"));
        assertThat(statement.total()).isEqualTo(p("76.50"));
    }

    @Test
    void inYinzhouWithoutItsCatalogue_provincialAndMunicipalCount_HaishuIsOutside_andNoDistrictTierIsInForce() {
        ScoreStatement statement = defaults.build(ledger, TestCatalogues.YINZHOU, ON, KNOWN);

        assertThat(statement.districtName()).isEqualTo("鄞州区");
        assertThat(statement.tiers().subList(0, 3))
                .extracting(TierStatement::tier, t -> t.jurisdiction().value(), TierStatement::recognition,
                        TierStatement::version, TierStatement::subtotal)
                .containsExactly(
                        tuple(Tier.PROVINCIAL, "330000", Recognition.RECOGNISED,
                                Optional.of(CatalogueVersionId.of("330000-2022")), p("49.50")),
                        tuple(Tier.MUNICIPAL, "330200", Recognition.RECOGNISED,
                                Optional.of(CatalogueVersionId.of("330200-2022")), p("18.00")),
                        tuple(Tier.DISTRICT, "330212", Recognition.NO_CATALOGUE_IN_FORCE, Optional.empty(),
                                p("0.00")));
        TierStatement yinzhou = statement.tiers().get(2);
        assertThat(yinzhou.jurisdictionName()).isEqualTo("鄞州区");
        assertThat(yinzhou.reason()).isEqualTo("鄞州区在2023-06-01无生效的区个性指标体系，该层级不计分");
        assertThat(yinzhou.indicators()).isEmpty();
        assertThat(yinzhou.max()).isEqualTo(p("50"));

        assertThat(statement.tiers()).hasSize(4);
        TierStatement haishu = statement.tiers().get(3);
        assertThat(haishu.tier()).isEqualTo(Tier.DISTRICT);
        assertThat(haishu.jurisdiction()).isEqualTo(TestCatalogues.HAISHU);
        assertThat(haishu.recognition()).isEqualTo(Recognition.OUTSIDE_JURISDICTION);
        assertThat(haishu.recognised()).isFalse();
        assertThat(haishu.reason()).contains("海曙区")
                .isEqualTo("海曙区区个性指标积分仅在海曙区范围内认可，不计入鄞州区");
        assertThat(codes(haishu)).containsExactly("HS03", "HS06", "HS07");
        assertThat(balances(haishu)).containsExactlyElementsOf(points("2.00", "4.00", "3.00"));
        assertThat(haishu.subtotal()).isEqualTo(p("9.00"));

        assertThat(statement.total()).isEqualTo(p("67.50"));
        assertThat(statement.deductions()).isEqualTo(p("-10.00"));
        assertThat(statement.balanceOf(code("HS06"))).isEqualTo(p("0.00"));
        assertThat(statement.balanceOf(code("P04"))).isEqualTo(p("12.00"));
    }

    @Test
    void inYinzhouWithItsCatalogueLoaded_theYinzhouTierIsRecognised_atZero() {
        CatalogueSet withYinzhou = TestCatalogues.defaultSet().with(TestCatalogues.district(TestCatalogues.YINZHOU,
                "330212-2022", TestCatalogues.PUBLISHED_ON));

        ScoreStatement statement = new ScoreStatements(withYinzhou, DIVISIONS)
                .build(ledger, TestCatalogues.YINZHOU, ON, KNOWN);

        TierStatement yinzhou = statement.tiers().get(2);
        assertThat(yinzhou.tier()).isEqualTo(Tier.DISTRICT);
        assertThat(yinzhou.jurisdiction()).isEqualTo(TestCatalogues.YINZHOU);
        assertThat(yinzhou.version()).contains(CatalogueVersionId.of("330212-2022"));
        assertThat(yinzhou.recognition()).isEqualTo(Recognition.RECOGNISED);
        assertThat(yinzhou.reason()).isEqualTo("鄞州区区个性指标适用于居住在鄞州区的申请人");
        assertThat(codes(yinzhou)).containsExactly("D330212_01", "D330212_02");
        assertThat(balances(yinzhou)).containsExactlyElementsOf(points("0.00", "0.00"));
        assertThat(caps(yinzhou)).containsExactlyElementsOf(points("25", "25"));
        assertThat(yinzhou.indicators()).allSatisfy(line -> assertThat(line.entries()).isEmpty());
        assertThat(yinzhou.subtotal()).isEqualTo(p("0.00"));
        assertThat(yinzhou.max()).isEqualTo(p("50"));

        assertThat(statement.tiers()).extracting(TierStatement::recognition).containsExactly(
                Recognition.RECOGNISED, Recognition.RECOGNISED, Recognition.RECOGNISED,
                Recognition.OUTSIDE_JURISDICTION);
        assertThat(statement.tiers().get(3).jurisdiction()).isEqualTo(TestCatalogues.HAISHU);
        assertThat(statement.total()).isEqualTo(p("67.50"));
    }

    @Test
    void inHangzhouXihu_onlyProvincialPointsCount_andNingbosTierIsOutside() {
        ScoreStatement statement = defaults.build(ledger, TestCatalogues.XIHU, ON, KNOWN);

        assertThat(statement.districtName()).isEqualTo("西湖区");
        assertThat(statement.tiers().subList(0, 3))
                .extracting(TierStatement::tier, t -> t.jurisdiction().value(), TierStatement::jurisdictionName,
                        TierStatement::recognition, TierStatement::reason)
                .containsExactly(
                        tuple(Tier.PROVINCIAL, "330000", "浙江省", Recognition.RECOGNISED, "浙江省省级共性指标全省互认"),
                        tuple(Tier.MUNICIPAL, "330100", "杭州市", Recognition.NO_CATALOGUE_IN_FORCE,
                                "杭州市在2023-06-01无生效的市级共性指标体系，该层级不计分"),
                        tuple(Tier.DISTRICT, "330106", "西湖区", Recognition.NO_CATALOGUE_IN_FORCE,
                                "西湖区在2023-06-01无生效的区个性指标体系，该层级不计分"));
        List<TierStatement> outside = statement.tiers().subList(3, statement.tiers().size());
        assertThat(outside)
                .extracting(t -> t.jurisdiction().value(), TierStatement::recognition, TierStatement::reason,
                        TierStatement::subtotal)
                .containsExactlyInAnyOrder(
                        tuple("330200", Recognition.OUTSIDE_JURISDICTION,
                                "宁波市市级共性指标积分仅在宁波市范围内认可，不计入西湖区", p("18.00")),
                        tuple("330203", Recognition.OUTSIDE_JURISDICTION,
                                "海曙区区个性指标积分仅在海曙区范围内认可，不计入西湖区", p("9.00")));
        TierStatement ningbo = outside.stream().filter(t -> t.tier() == Tier.MUNICIPAL).findFirst().orElseThrow();
        assertThat(codes(ningbo)).containsExactly("M01", "M02", "M05", "M06", "M91");
        assertThat(ningbo.deductionSubtotal()).isEqualTo(p("-10.00"));

        assertThat(statement.total()).isEqualTo(p("49.50"));
        assertThat(statement.deductions()).isEqualTo(p("0.00"));
        assertThat(statement.balanceOf(code("M02"))).isEqualTo(p("0.00"));
        // a freeze (扣分冻结) bars the score from every programme, wherever it is used
        assertThat(statement.freeze()).contains(DETENTION_FREEZE);
    }
}
