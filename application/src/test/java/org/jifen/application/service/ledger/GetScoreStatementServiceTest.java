package org.jifen.application.service.ledger;

import org.jifen.application.TestCallers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.jifen.application.PersonBuilder.aPerson;
import static org.jifen.application.TestData.HAISHU;
import static org.jifen.application.TestData.NINGBO;
import static org.jifen.application.TestData.SCORING_DAY;
import static org.jifen.application.TestData.YINZHOU;
import static org.jifen.application.TestData.ZHEJIANG;
import static org.jifen.application.TestData.systemData;

import java.time.Instant;
import java.util.Optional;
import org.jifen.application.InMemoryJifen;
import org.jifen.application.port.in.ledger.ScoreStatementQuery;
import org.jifen.application.port.in.shared.NotFoundException;
import org.jifen.domain.catalogue.CatalogueVersionId;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.catalogue.Tier;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.person.Person;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.shared.DomainException;
import org.jifen.domain.shared.Points;
import org.jifen.domain.statement.IndicatorLine;
import org.jifen.domain.statement.Recognition;
import org.jifen.domain.statement.ScoreStatement;
import org.jifen.domain.statement.TierStatement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GetScoreStatementServiceTest {

    private final InMemoryJifen jifen = new InMemoryJifen().withDefaultCatalogues();
    /** Born 1990-03-07, living in Haishu 330203. */
    private final Person person = jifen.given(aPerson());

    private static Points points(String value) {
        return Points.parse(value);
    }

    /** Auto-scores the example of DOMAIN.md's default catalogue on 2024-05-01 at {@link InMemoryJifen#NOW}. */
    @BeforeEach
    void autoScored() {
        PersonId id = person.id();
        jifen.givenSystemData(
                systemData(id, "P04", "61", SCORING_DAY), systemData(id, "P05", "13", SCORING_DAY),
                systemData(id, "M05", "45", SCORING_DAY), systemData(id, "M06", "3", SCORING_DAY),
                systemData(id, "HS03", "25", SCORING_DAY), systemData(id, "HS06", "1", SCORING_DAY),
                systemData(id, "HS07", "17", SCORING_DAY), systemData(id, "M02", "1", SCORING_DAY));
        jifen.score(id, HAISHU, SCORING_DAY);
    }

    private ScoreStatement statement(DivisionCode district, Optional<Instant> knownAt) {
        return jifen.scoreStatement().statement(new ScoreStatementQuery(TestCallers.HAISHU_CLERK, person.id(), district, SCORING_DAY, knownAt));
    }

    @Test
    void inHaishu_afterAutoScoring_everyTierIsRecognisedAndTheTotalIs78_25() {
        ScoreStatement statement = statement(HAISHU, Optional.empty());

        assertThat(statement.person()).isEqualTo(person.id());
        assertThat(statement.district()).isEqualTo(HAISHU);
        assertThat(statement.districtName()).isEqualTo("海曙区");
        assertThat(statement.effectiveOn()).isEqualTo(SCORING_DAY);
        assertThat(statement.knownAt()).as("now, when no knownAt is asked").isEqualTo(InMemoryJifen.NOW);
        assertThat(statement.tiers())
                .extracting(TierStatement::tier, TierStatement::jurisdiction, TierStatement::version,
                        TierStatement::recognition, TierStatement::bonusSubtotal, TierStatement::deductionSubtotal,
                        TierStatement::subtotal, TierStatement::max)
                .containsExactly(
                        tuple(Tier.PROVINCIAL, ZHEJIANG, Optional.of(CatalogueVersionId.of("330000-2022")),
                                Recognition.RECOGNISED, points("53.25"), points("0.00"), points("53.25"),
                                points("100.00")),
                        tuple(Tier.MUNICIPAL, NINGBO, Optional.of(CatalogueVersionId.of("330200-2022")),
                                Recognition.RECOGNISED, points("18.00"), points("0.00"), points("18.00"),
                                points("150.00")),
                        tuple(Tier.DISTRICT, HAISHU, Optional.of(CatalogueVersionId.of("330203-2022")),
                                Recognition.RECOGNISED, points("7.00"), points("0.00"), points("7.00"),
                                points("50.00")));
        assertThat(statement.tiers()).extracting(TierStatement::reason).containsExactly(
                "浙江省省级共性指标全省互认", "宁波市市级共性指标在全市范围内认可", "海曙区区个性指标适用于居住在海曙区的申请人");
        assertThat(statement.deductions()).isEqualTo(points("0.00"));
        assertThat(statement.total()).isEqualTo(points("78.25"));
        assertThat(statement.maxTotal()).isEqualTo(points("300.00"));
        assertThat(statement.frozen()).isFalse();
    }

    @Test
    void everyIndicatorLine_showsItsBalanceCapAndTheEntriesBehindIt() {
        ScoreStatement statement = statement(HAISHU, Optional.empty());

        assertThat(statement.tiers().get(0).indicators())
                .extracting(l -> l.code().value(), IndicatorLine::balance, IndicatorLine::cap, l -> l.entries().size())
                .containsExactly(
                        tuple("P01", points("20.00"), points("20.00"), 1),
                        tuple("P02", points("0.00"), points("10.00"), 0),
                        tuple("P03", points("0.00"), points("10.00"), 0),
                        tuple("P04", points("30.00"), points("30.00"), 1),
                        tuple("P05", points("3.25"), points("30.00"), 1));
        assertThat(statement.tiers().get(2).indicators())
                .extracting(l -> l.code().value(), IndicatorLine::balance)
                .containsExactly(
                        tuple("HS01", points("0.00")), tuple("HS02", points("0.00")), tuple("HS03", points("2.00")),
                        tuple("HS04", points("0.00")), tuple("HS05", points("0.00")), tuple("HS06", points("4.00")),
                        tuple("HS07", points("1.00")));
        assertThat(statement.balanceOf(IndicatorCode.of("M06"))).isEqualTo(points("6.00"));
        assertThat(statement.tiers().get(0).indicators().get(3).entries().get(0).points()).isEqualTo(points("30.00"));
    }

    @Test
    void asKnownBeforeTheScoring_theStatementShowsZero() {
        ScoreStatement before = statement(HAISHU, Optional.of(InMemoryJifen.NOW.minusNanos(1)));

        assertThat(before.total()).isEqualTo(points("0.00"));
        assertThat(before.tiers()).extracting(TierStatement::recognition, TierStatement::subtotal).containsExactly(
                tuple(Recognition.RECOGNISED, points("0.00")), tuple(Recognition.RECOGNISED, points("0.00")),
                tuple(Recognition.RECOGNISED, points("0.00")));
        assertThat(before.tiers()).flatExtracting(TierStatement::indicators)
                .allSatisfy(line -> assertThat(line.entries()).isEmpty());
        assertThat(statement(HAISHU, Optional.of(InMemoryJifen.NOW)).total()).isEqualTo(points("78.25"));
    }

    @Test
    void inYinzhou_haishuPointsAreShownAsNotRecognised() {
        ScoreStatement statement = statement(YINZHOU, Optional.empty());

        assertThat(statement.districtName()).isEqualTo("鄞州区");
        assertThat(statement.tiers())
                .extracting(TierStatement::tier, TierStatement::jurisdiction, TierStatement::version,
                        TierStatement::recognition, TierStatement::subtotal)
                .containsExactly(
                        tuple(Tier.PROVINCIAL, ZHEJIANG, Optional.of(CatalogueVersionId.of("330000-2022")),
                                Recognition.RECOGNISED, points("53.25")),
                        tuple(Tier.MUNICIPAL, NINGBO, Optional.of(CatalogueVersionId.of("330200-2022")),
                                Recognition.RECOGNISED, points("18.00")),
                        tuple(Tier.DISTRICT, YINZHOU, Optional.empty(), Recognition.NO_CATALOGUE_IN_FORCE,
                                points("0.00")),
                        tuple(Tier.DISTRICT, HAISHU, Optional.of(CatalogueVersionId.of("330203-2022")),
                                Recognition.OUTSIDE_JURISDICTION, points("7.00")));
        assertThat(statement.tiers().get(2).reason()).isEqualTo("鄞州区在2024-05-01无生效的区个性指标体系，该层级不计分");
        assertThat(statement.tiers().get(3).reason()).isEqualTo("海曙区区个性指标积分仅在海曙区范围内认可，不计入鄞州区");
        assertThat(statement.tiers().get(3).indicators()).extracting(l -> l.code().value(), IndicatorLine::balance)
                .containsExactly(tuple("HS03", points("2.00")), tuple("HS06", points("4.00")),
                        tuple("HS07", points("1.00")));
        assertThat(statement.total()).isEqualTo(points("71.25"));
        assertThat(statement.balanceOf(IndicatorCode.of("HS06"))).isEqualTo(points("0.00"));
    }

    @Test
    void aCityInsteadOfADistrict_isRefusedWithNotADistrict() {
        assertThatThrownBy(() -> statement(NINGBO, Optional.empty()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("NOT_A_DISTRICT"));
    }

    @Test
    void anUnknownDivision_isRefusedWithUnknownDivision() {
        assertThatThrownBy(() -> statement(DivisionCode.of("330299"), Optional.empty()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("UNKNOWN_DIVISION"));
    }

    @Test
    void anUnknownPerson_isRefusedWithPersonNotFound() {
        assertThatThrownBy(() -> jifen.scoreStatement().statement(new ScoreStatementQuery(TestCallers.HAISHU_CLERK, PersonId.of("person-9999"),
                HAISHU, SCORING_DAY, Optional.empty())))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo("PERSON_NOT_FOUND"));
    }
}
