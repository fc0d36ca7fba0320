package org.jifen.domain.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.shared.Points;

/**
 * Test data: the three default tier catalogues of DOMAIN.md §2, built in Java with exactly the
 * values of DOMAIN.md (provincial 330000 P01–P05, municipal 330200 M01–M10 with the deductions
 * M91/M92, Haishu 330203 HS01–HS07), published 2022-06-01 and so in force from 2022-07-01.
 * Published in the domain test-jar for the other modules' tests.
 */
public final class TestCatalogues {

    /** 浙江省. */
    public static final DivisionCode ZHEJIANG = DivisionCode.of("330000");
    /** 宁波市. */
    public static final DivisionCode NINGBO = DivisionCode.of("330200");
    /** 海曙区. */
    public static final DivisionCode HAISHU = DivisionCode.of("330203");
    /** 鄞州区: a Ningbo district with no district catalogue by default. */
    public static final DivisionCode YINZHOU = DivisionCode.of("330212");
    /** 杭州市. */
    public static final DivisionCode HANGZHOU = DivisionCode.of("330100");
    /** 西湖区 (Hangzhou). */
    public static final DivisionCode XIHU = DivisionCode.of("330106");

    /** The default catalogues' publication date. */
    public static final LocalDate PUBLISHED_ON = LocalDate.of(2022, 6, 1);
    /** {@link #PUBLISHED_ON} + 30 days: the first day the default catalogues count. */
    public static final LocalDate EFFECTIVE_FROM = LocalDate.of(2022, 7, 1);

    public static final String PROVINCIAL_VERSION = "330000-2022";
    public static final String MUNICIPAL_VERSION = "330200-2022";
    public static final String HAISHU_VERSION = "330203-2022";

    private TestCatalogues() {
    }

    // ---------------------------------------------------------------- the default catalogues

    /** Provincial common indicators (省级共性指标) of Zhejiang, 100 points, version 330000-2022. */
    public static Catalogue provincial() {
        return provincial(PROVINCIAL_VERSION, PUBLISHED_ON);
    }

    /** The provincial indicators under another version id and publication date (e.g. a 2017 version). */
    public static Catalogue provincial(String version, LocalDate publishedOn) {
        return catalogue(version, ZHEJIANG, Tier.PROVINCIAL, "浙江省流动人口量化积分省级共性指标", publishedOn,
                provincialIndicators());
    }

    /** Municipal common indicators (市级共性指标) of Ningbo, 150 bonus points + 2 deductions, 330200-2022. */
    public static Catalogue municipal() {
        return municipal(MUNICIPAL_VERSION, PUBLISHED_ON);
    }

    public static Catalogue municipal(String version, LocalDate publishedOn) {
        return catalogue(version, NINGBO, Tier.MUNICIPAL, "宁波市流动人口量化积分市级共性指标", publishedOn,
                municipalIndicators());
    }

    /** Haishu's district indicators (海曙区个性指标), 50 points, version 330203-2022. */
    public static Catalogue haishu() {
        return haishu(HAISHU_VERSION, PUBLISHED_ON);
    }

    public static Catalogue haishu(String version, LocalDate publishedOn) {
        return catalogue(version, HAISHU, Tier.DISTRICT, "海曙区流动人口量化积分区个性指标", publishedOn,
                haishuIndicators());
    }

    /** The three default catalogues, loaded: in force together from 2022-07-01. */
    public static CatalogueSet defaultSet() {
        return CatalogueSet.of(List.of(provincial(), municipal(), haishu()));
    }

    /**
     * A minimal valid district catalogue for any district (e.g. Yinzhou 330212): two bonus
     * indicators, {@code D<code>_01} (FIXED 25, cap 25) and {@code D<code>_02} (1 per full 12 months,
     * cap 25), whose caps total 50.
     */
    public static Catalogue district(DivisionCode district, String version, LocalDate publishedOn) {
        String prefix = "D" + district.value() + "_";
        return catalogue(version, district, Tier.DISTRICT, district + " 区个性指标", publishedOn, List.of(
                bonus(prefix + "01", "区级荣誉", "District honour", Tier.DISTRICT, district, ScoringMethod.EVIDENCE,
                        Department.DISTRICT_OFFICE, 25, new FixedRule(Points.of(25))),
                bonus(prefix + "02", "区内居住", "Residence in the district", Tier.DISTRICT, district,
                        ScoringMethod.AUTO, Department.PUBLIC_SECURITY, 25, perUnit("1", 12, Unit.MONTH))));
    }

    // ---------------------------------------------------------------- indicators

    public static List<Indicator> provincialIndicators() {
        Tier t = Tier.PROVINCIAL;
        DivisionCode j = ZHEJIANG;
        return List.of(
                bonus("P01", "年龄", "Age", t, j, ScoringMethod.AUTO, Department.PUBLIC_SECURITY, 20, p01AgeRule()),
                bonus("P02", "文化程度", "Education", t, j, ScoringMethod.EVIDENCE, Department.EDUCATION, 10,
                        new LevelRule(LevelFamily.EDUCATION, table(
                                "JUNIOR_HIGH", "5", "SENIOR_HIGH", "5", "ASSOCIATE", "8",
                                "BACHELOR", "10", "MASTER", "10", "DOCTORATE", "10"))),
                bonus("P03", "职业技能", "Vocational skill or professional title", t, j, ScoringMethod.EVIDENCE,
                        Department.HRSS, 10, new LevelRule(LevelFamily.SKILL, table(
                                "SKILL_5", "3", "SKILL_4", "5", "SKILL_3", "8", "TITLE_JUNIOR", "8",
                                "SKILL_2", "10", "SKILL_1", "10", "TITLE_INTERMEDIATE", "10", "TITLE_SENIOR", "10"))),
                bonus("P04", "缴纳社保", "Social insurance paid in Zhejiang", t, j, ScoringMethod.AUTO, Department.HRSS,
                        30, perUnit("0.5", 1, Unit.MONTH)),
                bonus("P05", "居住时间", "Registered residence time in Zhejiang", t, j, ScoringMethod.AUTO,
                        Department.PUBLIC_SECURITY, 30, perUnit("0.25", 1, Unit.MONTH)));
    }

    /** P01: 18–40: 20; 41: 19 … 54: 6 (one less per year); 55–60: 5; otherwise 0. */
    public static AgeRule p01AgeRule() {
        return new AgeRule(List.of(
                new AgeBand(18, 40, Points.of(20), Points.ZERO),
                new AgeBand(41, 54, Points.of(19), Points.of(-1)),
                new AgeBand(55, 60, Points.of(5), Points.ZERO)));
    }

    public static List<Indicator> municipalIndicators() {
        Tier t = Tier.MUNICIPAL;
        DivisionCode j = NINGBO;
        return List.of(
                bonus("M01", "合法稳定住所", "Legal stable residence", t, j, ScoringMethod.EVIDENCE, Department.HOUSING, 20,
                        new LevelRule(LevelFamily.RESIDENCE, table(
                                "EMPLOYER_DORMITORY", "10", "PUBLIC_RENTAL", "10", "REGISTERED_RENTAL", "10",
                                "OWN_HOME", "20"))),
                bonus("M02", "合法稳定就业", "Stable employment or business in Ningbo", t, j, ScoringMethod.AUTO,
                        Department.HRSS, 10, new FixedRule(Points.of(10))),
                bonus("M03", "投资纳税", "Tax paid in Ningbo", t, j, ScoringMethod.EVIDENCE, Department.TAX, 20,
                        perUnit("2", 10_000, Unit.YUAN)),
                bonus("M04", "发明创造", "Patents", t, j, ScoringMethod.EVIDENCE, Department.MARKET_REGULATION, 20,
                        new PerEventRule(LevelFamily.PATENT, table("INVENTION", "10", "UTILITY_MODEL", "3"))),
                bonus("M05", "志愿服务", "Volunteer service", t, j, ScoringMethod.AUTO, Department.CIVIL_AFFAIRS, 10,
                        perUnit("1", 20, Unit.HOUR)),
                bonus("M06", "无偿献血", "Blood donation", t, j, ScoringMethod.AUTO, Department.HEALTH, 10,
                        perUnit("2", 1, Unit.DONATION)),
                bonus("M07", "慈善捐赠", "Charitable donation", t, j, ScoringMethod.EVIDENCE, Department.CIVIL_AFFAIRS,
                        10, perUnit("1", 1_000, Unit.YUAN)),
                bonus("M08", "见义勇为", "Recognised heroic deeds", t, j, ScoringMethod.EVIDENCE,
                        Department.PUBLIC_SECURITY, 20,
                        new PerEventRule(LevelFamily.HONOUR, table("CITY", "10", "PROVINCE", "15", "NATIONAL", "20"))),
                bonus("M09", "人才", "Listed shortage occupation or recognised talent", t, j, ScoringMethod.EVIDENCE,
                        Department.HRSS, 20, new FixedRule(Points.of(20))),
                bonus("M10", "社会治理", "Community governance service", t, j, ScoringMethod.MANUAL,
                        Department.PUBLIC_SECURITY, 10, new RangeRule(Points.ZERO, Points.of(10))),
                deduction("M91", "违法犯罪", "Violations of law", t, j, Department.PUBLIC_SECURITY, 50,
                        new PerEventRule(LevelFamily.OFFENCE, table("DETENTION", "-10", "CRIMINAL", "-30"))),
                deduction("M92", "违法失信", "Dishonest person or serious credit violation", t, j, Department.CREDIT, 50,
                        new PerEventRule(LevelFamily.CREDIT, table("DISHONEST", "-20"))));
    }

    public static List<Indicator> haishuIndicators() {
        Tier t = Tier.DISTRICT;
        DivisionCode j = HAISHU;
        return List.of(
                bonus("HS01", "表彰奖励", "Commendations and awards", t, j, ScoringMethod.EVIDENCE,
                        Department.DISTRICT_OFFICE, 10, new PerEventRule(LevelFamily.HONOUR, table(
                                "DISTRICT", "3", "CITY", "5", "PROVINCE", "8", "NATIONAL", "10"))),
                bonus("HS02", "岗位贡献", "Job contribution in Haishu", t, j, ScoringMethod.EVIDENCE, Department.HRSS, 10,
                        perUnit("2", 12, Unit.MONTH)),
                bonus("HS03", "居住登记", "Residence registration in Haishu", t, j, ScoringMethod.AUTO,
                        Department.PUBLIC_SECURITY, 8, perUnit("1", 12, Unit.MONTH)),
                bonus("HS04", "党员管理", "Party member transferred to Haishu", t, j, ScoringMethod.EVIDENCE,
                        Department.PARTY_ORGANISATION, 5, new FixedRule(Points.of(5))),
                bonus("HS05", "退役军人", "Veteran", t, j, ScoringMethod.EVIDENCE, Department.VETERANS_AFFAIRS, 5,
                        new FixedRule(Points.of(5))),
                bonus("HS06", "疫苗接种", "Vaccination (full course)", t, j, ScoringMethod.AUTO, Department.HEALTH, 4,
                        new FixedRule(Points.of(4))),
                bonus("HS07", "书香阅读", "Reading (library loans in Haishu)", t, j, ScoringMethod.AUTO,
                        Department.CULTURE, 8, perUnit("1", 10, Unit.LOAN)));
    }

    // ---------------------------------------------------------------- building blocks

    public static Catalogue catalogue(String version, DivisionCode jurisdiction, Tier tier, String title,
            LocalDate publishedOn, List<Indicator> indicators) {
        return new Catalogue(CatalogueVersionId.of(version), jurisdiction, tier, title, publishedOn, Optional.empty(),
                indicators);
    }

    /** The same catalogue ending (exclusive) on {@code effectiveTo}. */
    public static Catalogue endingOn(Catalogue catalogue, LocalDate effectiveTo) {
        return new Catalogue(catalogue.version(), catalogue.jurisdiction(), catalogue.tier(), catalogue.title(),
                catalogue.publishedOn(), Optional.of(effectiveTo), catalogue.indicators());
    }

    /** The same catalogue with other indicators. */
    public static Catalogue withIndicators(Catalogue catalogue, List<Indicator> indicators) {
        return new Catalogue(catalogue.version(), catalogue.jurisdiction(), catalogue.tier(), catalogue.title(),
                catalogue.publishedOn(), catalogue.effectiveTo(), indicators);
    }

    /** The same catalogue with the indicator of the same code replaced (or appended when absent). */
    public static Catalogue replacing(Catalogue catalogue, Indicator indicator) {
        List<Indicator> indicators = new ArrayList<>();
        boolean replaced = false;
        for (Indicator existing : catalogue.indicators()) {
            if (existing.code().equals(indicator.code()) && !replaced) {
                indicators.add(indicator);
                replaced = true;
            } else {
                indicators.add(existing);
            }
        }
        if (!replaced) {
            indicators.add(indicator);
        }
        return withIndicators(catalogue, indicators);
    }

    /** One indicator of the default catalogues by code, e.g. {@code indicator("P04")}. */
    public static Indicator indicator(String code) {
        IndicatorCode wanted = IndicatorCode.of(code);
        for (Catalogue catalogue : List.of(provincial(), municipal(), haishu())) {
            Optional<Indicator> found = catalogue.indicator(wanted);
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw new IllegalArgumentException("no default indicator " + code);
    }

    public static Indicator bonus(String code, String chineseName, String englishName, Tier tier,
            DivisionCode jurisdiction, ScoringMethod method, Department department, long cap, Rule rule) {
        return new Indicator(IndicatorCode.of(code), chineseName, englishName, tier, jurisdiction, IndicatorKind.BONUS,
                method, department, Points.of(cap), rule);
    }

    /** A deduction indicator (扣分), scored MANUAL. */
    public static Indicator deduction(String code, String chineseName, String englishName, Tier tier,
            DivisionCode jurisdiction, Department department, long cap, Rule rule) {
        return new Indicator(IndicatorCode.of(code), chineseName, englishName, tier, jurisdiction,
                IndicatorKind.DEDUCTION, ScoringMethod.MANUAL, department, Points.of(cap), rule);
    }

    /** {@code PER_UNIT(points per unit, unit size, unit)}, points as a decimal string. */
    public static PerUnitRule perUnit(String pointsPerUnit, long unitSize, Unit unit) {
        return new PerUnitRule(Points.parse(pointsPerUnit), BigDecimal.valueOf(unitSize), unit);
    }

    /** A level table from pairs: {@code table("INVENTION", "10", "UTILITY_MODEL", "3")}. */
    public static Map<String, Points> table(String... levelsAndPoints) {
        if (levelsAndPoints.length % 2 != 0) {
            throw new IllegalArgumentException("pairs of level and points expected");
        }
        Map<String, Points> table = new LinkedHashMap<>();
        for (int i = 0; i < levelsAndPoints.length; i += 2) {
            table.put(levelsAndPoints[i], Points.parse(levelsAndPoints[i + 1]));
        }
        return table;
    }
}
