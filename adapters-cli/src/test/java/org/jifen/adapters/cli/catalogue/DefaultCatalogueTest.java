package org.jifen.adapters.cli.catalogue;

import org.jifen.adapters.cli.file.FileProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jifen.domain.catalogue.AgeBand;
import org.jifen.domain.catalogue.AgeRule;
import org.jifen.domain.catalogue.Catalogue;
import org.jifen.domain.catalogue.CatalogueSet;
import org.jifen.domain.catalogue.CatalogueValidator;
import org.jifen.domain.catalogue.Department;
import org.jifen.domain.catalogue.Facts;
import org.jifen.domain.catalogue.FixedRule;
import org.jifen.domain.catalogue.Indicator;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.catalogue.IndicatorKind;
import org.jifen.domain.catalogue.LevelFamily;
import org.jifen.domain.catalogue.LevelRule;
import org.jifen.domain.catalogue.PerEventRule;
import org.jifen.domain.catalogue.PerUnitRule;
import org.jifen.domain.catalogue.RangeRule;
import org.jifen.domain.catalogue.ScoringMethod;
import org.jifen.domain.catalogue.Tier;
import org.jifen.domain.catalogue.Unit;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.shared.Points;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultCatalogueTest {

    private static final LocalDate ON = LocalDate.of(2023, 3, 15);

    private final List<Catalogue> catalogues = DefaultCatalogue.load();

    @Test
    void shippedFile_loadsThreeTierCataloguesThatValidate() {
        assertThat(catalogues).extracting(c -> c.version().value())
                .containsExactly("330000-2022", "330200-2022", "330203-2022");
        assertThat(catalogues).extracting(Catalogue::jurisdiction)
                .containsExactly(DivisionCode.of("330000"), DivisionCode.of("330200"), DivisionCode.of("330203"));
        assertThat(catalogues).extracting(Catalogue::tier)
                .containsExactly(Tier.PROVINCIAL, Tier.MUNICIPAL, Tier.DISTRICT);
        assertThat(catalogues).allSatisfy(c -> assertThat(CatalogueValidator.problems(c)).isEmpty());
        assertThat(CatalogueSet.of(catalogues).versions()).hasSize(3);
    }

    @Test
    void everyVersion_isPublishedOn1June2022_andInForceFrom1July2022() {
        assertThat(catalogues).allSatisfy(c -> {
            assertThat(c.publishedOn()).isEqualTo(LocalDate.of(2022, 6, 1));
            assertThat(c.effectiveFrom()).isEqualTo(LocalDate.of(2022, 7, 1));
            assertThat(c.effectiveTo()).isEmpty();
        });
        CatalogueSet set = CatalogueSet.of(catalogues);
        DivisionCode haishu = DivisionCode.of("330203");
        assertThat(set.applicableIn(haishu, LocalDate.of(2022, 6, 30))).isEmpty();
        assertThat(set.applicableIn(haishu, LocalDate.of(2022, 7, 1))).hasSize(3);
    }

    @Test
    void tiers_holdTheIndicatorCountsOfThePolicy() {
        assertThat(codes(tier(Tier.PROVINCIAL))).containsExactly("P01", "P02", "P03", "P04", "P05");
        assertThat(codes(tier(Tier.MUNICIPAL))).containsExactly(
                "M01", "M02", "M03", "M04", "M05", "M06", "M07", "M08", "M09", "M10", "M91", "M92");
        assertThat(tier(Tier.MUNICIPAL).indicators()).filteredOn(i -> i.kind() == IndicatorKind.DEDUCTION)
                .extracting(i -> i.code().value()).containsExactly("M91", "M92");
        assertThat(codes(tier(Tier.DISTRICT)))
                .containsExactly("HS01", "HS02", "HS03", "HS04", "HS05", "HS06", "HS07");
    }

    @Test
    void bonusCaps_addUpTo100_150_50_and300InAll() {
        assertThat(bonusCaps(tier(Tier.PROVINCIAL))).isEqualTo(Points.of(100));
        assertThat(bonusCaps(tier(Tier.MUNICIPAL))).isEqualTo(Points.of(150));
        assertThat(bonusCaps(tier(Tier.DISTRICT))).isEqualTo(Points.of(50));
        assertThat(catalogues.stream().map(DefaultCatalogueTest::bonusCaps).reduce(Points.ZERO, Points::plus))
                .isEqualTo(Tier.MAX_TOTAL);
        assertThat(indicator("M91").cap()).isEqualTo(Points.of(50));
        assertThat(indicator("M92").cap()).isEqualTo(Points.of(50));
    }

    @Test
    void fractionalPoints_areReadExactly() {
        PerUnitRule p04 = (PerUnitRule) indicator("P04").rule();
        PerUnitRule p05 = (PerUnitRule) indicator("P05").rule();
        assertThat(p04.pointsPerUnit()).isEqualTo(new Points(50));
        assertThat(p04.pointsPerUnit()).hasToString("0.50");
        assertThat(p04.unitSize()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(p04.unit()).isEqualTo(Unit.MONTH);
        assertThat(p05.pointsPerUnit()).isEqualTo(new Points(25));
        assertThat(p05.pointsPerUnit()).hasToString("0.25");
        assertThat(indicator("P04").cap()).hasToString("30.00");
    }

    @Test
    void ageRule_p01_hasTheThreeBands() {
        AgeRule rule = (AgeRule) indicator("P01").rule();
        assertThat(rule.bands()).containsExactly(
                new AgeBand(18, 40, Points.of(20), Points.ZERO),
                new AgeBand(41, 54, Points.of(19), Points.of(-1)),
                new AgeBand(55, 60, Points.of(5), Points.ZERO));
        assertThat(indicator("P01").cap()).isEqualTo(Points.of(20));
    }

    @Test
    void levelTables_holdEveryLevelOfTheirFamily() {
        LevelRule education = (LevelRule) indicator("P02").rule();
        assertThat(education.family()).isEqualTo(LevelFamily.EDUCATION);
        assertThat(education.table()).containsExactly(entry("JUNIOR_HIGH", Points.of(5)),
                entry("SENIOR_HIGH", Points.of(5)), entry("ASSOCIATE", Points.of(8)), entry("BACHELOR", Points.of(10)),
                entry("MASTER", Points.of(10)), entry("DOCTORATE", Points.of(10)));
        LevelRule skill = (LevelRule) indicator("P03").rule();
        assertThat(skill.table()).containsOnly(entry("SKILL_5", Points.of(3)), entry("SKILL_4", Points.of(5)),
                entry("SKILL_3", Points.of(8)), entry("TITLE_JUNIOR", Points.of(8)), entry("SKILL_2", Points.of(10)),
                entry("SKILL_1", Points.of(10)), entry("TITLE_INTERMEDIATE", Points.of(10)),
                entry("TITLE_SENIOR", Points.of(10)));
        LevelRule residence = (LevelRule) indicator("M01").rule();
        assertThat(residence.table()).containsOnly(entry("EMPLOYER_DORMITORY", Points.of(10)),
                entry("PUBLIC_RENTAL", Points.of(10)), entry("REGISTERED_RENTAL", Points.of(10)),
                entry("OWN_HOME", Points.of(20)));
    }

    @Test
    void municipalRules_areAsConfigured() {
        assertThat(indicator("M02").rule()).isEqualTo(new FixedRule(Points.of(10)));
        assertThat(indicator("M03").rule())
                .isEqualTo(new PerUnitRule(Points.of(2), new BigDecimal("10000"), Unit.YUAN));
        assertThat(((PerEventRule) indicator("M04").rule()).table())
                .containsExactly(entry("INVENTION", Points.of(10)), entry("UTILITY_MODEL", Points.of(3)));
        assertThat(indicator("M05").rule()).isEqualTo(new PerUnitRule(Points.of(1), new BigDecimal("20"), Unit.HOUR));
        assertThat(indicator("M06").rule())
                .isEqualTo(new PerUnitRule(Points.of(2), new BigDecimal("1"), Unit.DONATION));
        assertThat(indicator("M07").rule()).isEqualTo(new PerUnitRule(Points.of(1), new BigDecimal("1000"), Unit.YUAN));
        assertThat(((PerEventRule) indicator("M08").rule()).table()).containsExactly(
                entry("CITY", Points.of(10)), entry("PROVINCE", Points.of(15)), entry("NATIONAL", Points.of(20)));
        assertThat(indicator("M09").rule()).isEqualTo(new FixedRule(Points.of(20)));
        assertThat(indicator("M10").rule()).isEqualTo(new RangeRule(Points.ZERO, Points.of(10)));
    }

    @Test
    void deductions_holdNegativePoints() {
        Indicator m91 = indicator("M91");
        PerEventRule offences = (PerEventRule) m91.rule();
        assertThat(m91.kind()).isEqualTo(IndicatorKind.DEDUCTION);
        assertThat(offences.family()).isEqualTo(LevelFamily.OFFENCE);
        assertThat(offences.pointsOf("CRIMINAL")).hasToString("-30.00");
        assertThat(offences.pointsOf("DETENTION")).hasToString("-10.00");
        PerEventRule credit = (PerEventRule) indicator("M92").rule();
        assertThat(credit.table()).containsExactly(entry("DISHONEST", Points.of(-20)));
        assertThat(indicator("M92").kind()).isEqualTo(IndicatorKind.DEDUCTION);
    }

    @Test
    void haishuIndicators_carryThePolicysNamesAndTheirRules() {
        assertThat(tier(Tier.DISTRICT).indicators()).extracting(Indicator::chineseName)
                .containsExactly("表彰奖励", "岗位贡献", "居住登记", "党员管理", "退役军人", "疫苗接种", "书香阅读");
        assertThat(((PerEventRule) indicator("HS01").rule()).table()).containsExactly(entry("DISTRICT", Points.of(3)),
                entry("CITY", Points.of(5)), entry("PROVINCE", Points.of(8)), entry("NATIONAL", Points.of(10)));
        assertThat(indicator("HS02").rule()).isEqualTo(new PerUnitRule(Points.of(2), new BigDecimal("12"), Unit.MONTH));
        assertThat(indicator("HS03").rule()).isEqualTo(new PerUnitRule(Points.of(1), new BigDecimal("12"), Unit.MONTH));
        assertThat(indicator("HS04").rule()).isEqualTo(new FixedRule(Points.of(5)));
        assertThat(indicator("HS05").rule()).isEqualTo(new FixedRule(Points.of(5)));
        assertThat(indicator("HS06").rule()).isEqualTo(new FixedRule(Points.of(4)));
        Indicator hs07 = indicator("HS07");
        assertThat(hs07.rule()).isEqualTo(new PerUnitRule(Points.of(1), new BigDecimal("10"), Unit.LOAN));
        assertThat(hs07.cap()).hasToString("8.00");
        assertThat(hs07.method()).isEqualTo(ScoringMethod.AUTO);
        assertThat(hs07.department()).isEqualTo(Department.CULTURE);
        assertThat(hs07.englishName()).isEqualTo("Reading (library loans in Haishu)");
        assertThat(hs07.tier()).isEqualTo(Tier.DISTRICT);
        assertThat(hs07.jurisdiction()).isEqualTo(DivisionCode.of("330203"));
    }

    @Test
    void chineseText_isReadAsUtf8() {
        assertThat(indicator("P05").chineseName()).isEqualTo("居住时间");
        assertThat(indicator("P04").chineseName()).isEqualTo("缴纳社保");
        assertThat(indicator("M01").chineseName()).isEqualTo("合法稳定住所");
        assertThat(indicator("M91").chineseName()).isEqualTo("违法犯罪");
        assertThat(tier(Tier.DISTRICT).title()).isEqualTo("海曙区流动人口量化积分区个性指标");
    }

    @Test
    void methodsAndDepartments_areThoseOfDomainMd() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("P01", "AUTO PUBLIC_SECURITY");
        expected.put("P02", "EVIDENCE EDUCATION");
        expected.put("P03", "EVIDENCE HRSS");
        expected.put("P04", "AUTO HRSS");
        expected.put("P05", "AUTO PUBLIC_SECURITY");
        expected.put("M01", "EVIDENCE HOUSING");
        expected.put("M02", "AUTO HRSS");
        expected.put("M03", "EVIDENCE TAX");
        expected.put("M04", "EVIDENCE MARKET_REGULATION");
        expected.put("M05", "AUTO CIVIL_AFFAIRS");
        expected.put("M06", "AUTO HEALTH");
        expected.put("M07", "EVIDENCE CIVIL_AFFAIRS");
        expected.put("M08", "EVIDENCE PUBLIC_SECURITY");
        expected.put("M09", "EVIDENCE HRSS");
        expected.put("M10", "MANUAL PUBLIC_SECURITY");
        expected.put("M91", "MANUAL PUBLIC_SECURITY");
        expected.put("M92", "MANUAL CREDIT");
        expected.put("HS01", "EVIDENCE DISTRICT_OFFICE");
        expected.put("HS02", "EVIDENCE HRSS");
        expected.put("HS03", "AUTO PUBLIC_SECURITY");
        expected.put("HS04", "EVIDENCE PARTY_ORGANISATION");
        expected.put("HS05", "EVIDENCE VETERANS_AFFAIRS");
        expected.put("HS06", "AUTO HEALTH");
        expected.put("HS07", "AUTO CULTURE");
        Map<String, String> actual = catalogues.stream().flatMap(c -> c.indicators().stream())
                .collect(Collectors.toMap(i -> i.code().value(), i -> i.method() + " " + i.department(),
                        (a, b) -> a, LinkedHashMap::new));
        assertThat(actual).containsExactlyEntriesOf(expected);
    }

    @Test
    void socialInsurance_p04_isCappedAt30() {
        Indicator p04 = indicator("P04");
        assertThat(p04.targetBalance(Facts.Quantity.of(61), ON)).hasToString("30.00");
        assertThat(p04.targetBalance(Facts.Quantity.of(59), ON)).hasToString("29.50");
        assertThat(p04.targetBalance(Facts.Quantity.of(1), ON)).hasToString("0.50");
    }

    @Test
    void residenceTime_p05_scoresAQuarterPerFullMonth() {
        Indicator p05 = indicator("P05");
        assertThat(p05.targetBalance(Facts.Quantity.of(13), ON)).hasToString("3.25");
        assertThat(p05.targetBalance(new Facts.Span(LocalDate.of(2022, 1, 31), LocalDate.of(2022, 2, 28)), ON))
                .hasToString("0.25");
    }

    @Test
    void age_p01_followsTheBands() {
        Indicator p01 = indicator("P01");
        Function<Integer, String> at = age -> p01.targetBalance(new Facts.BirthDate(ON.minusYears(age)), ON).toString();
        assertThat(at.apply(17)).isEqualTo("0.00");
        assertThat(at.apply(18)).isEqualTo("20.00");
        assertThat(at.apply(40)).isEqualTo("20.00");
        assertThat(at.apply(41)).isEqualTo("19.00");
        assertThat(at.apply(54)).isEqualTo("6.00");
        assertThat(at.apply(55)).isEqualTo("5.00");
        assertThat(at.apply(60)).isEqualTo("5.00");
        assertThat(at.apply(61)).isEqualTo("0.00");
    }

    @Test
    void otherRules_evaluateFromTheLoadedFile() {
        assertThat(indicator("P02").targetBalance(new Facts.LevelHeld("MASTER"), ON)).hasToString("10.00");
        assertThat(indicator("M01").targetBalance(new Facts.LevelHeld("OWN_HOME"), ON)).hasToString("20.00");
        assertThat(indicator("M03").targetBalance(Facts.Quantity.of(25_000), ON)).hasToString("4.00");
        assertThat(indicator("M04").targetBalance(events("INVENTION", "UTILITY_MODEL", "UTILITY_MODEL"), ON))
                .hasToString("16.00");
        assertThat(indicator("M91").targetBalance(events("CRIMINAL", "DETENTION"), ON)).hasToString("-40.00");
        assertThat(indicator("M91").targetBalance(events("CRIMINAL", "CRIMINAL"), ON)).hasToString("-50.00");
        assertThat(indicator("HS07").targetBalance(Facts.Quantity.of(25), ON)).hasToString("2.00");
        assertThat(indicator("HS07").targetBalance(Facts.Quantity.of(120), ON)).hasToString("8.00");
        assertThat(indicator("HS06").targetBalance(Facts.Quantity.of(1), ON)).hasToString("4.00");
    }

    @Test
    void aCopyOnDisk_readsTheSame_andOneChangedCapIsRefusedAtItsLines(@TempDir Path dir) throws IOException {
        String text;
        try (InputStream in = DefaultCatalogue.open()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path copy = dir.resolve("catalogue.yaml");
        Files.writeString(copy, text);
        assertThat(new CatalogueFileReader().readValidated(copy)).isEqualTo(catalogues);

        Files.writeString(copy, text.replace("        cap: 4\n", "        cap: 5\n"));
        CatalogueFileException refused = catchThrowableOfType(CatalogueFileException.class,
                () -> new CatalogueFileReader().readValidated(copy));

        int haishu = lineOf(text, "  - version: 330203-2022");
        int hs06 = lineOf(text, "      - code: HS06");
        assertThat(refused.problems())
                .extracting(FileProblem::file, FileProblem::line, FileProblem::field,
                        FileProblem::code)
                .containsExactly(tuple(copy.toString(), hs06, "HS06", "CAP_UNREACHABLE"),
                        tuple(copy.toString(), haishu, "330203-2022", "TIER_TOTAL"));
        assertThat(new CatalogueFileReader().read(copy)).hasSize(3);
    }

    private static int lineOf(String text, String line) {
        List<String> lines = text.lines().toList();
        assertThat(lines).containsOnlyOnce(line);
        return lines.indexOf(line) + 1;
    }

    private static Facts events(String... levels) {
        List<Facts.Event> events = new ArrayList<>();
        for (int i = 0; i < levels.length; i++) {
            events.add(new Facts.Event(levels[i], "ref-" + i));
        }
        return new Facts.Events(events);
    }

    private Catalogue tier(Tier tier) {
        return catalogues.stream().filter(c -> c.tier() == tier).findFirst().orElseThrow();
    }

    private Indicator indicator(String code) {
        return catalogues.stream().flatMap(c -> c.indicator(IndicatorCode.of(code)).stream()).findFirst()
                .orElseThrow();
    }

    private static List<String> codes(Catalogue catalogue) {
        return catalogue.indicators().stream().map(i -> i.code().value()).toList();
    }

    private static Points bonusCaps(Catalogue catalogue) {
        return catalogue.indicators().stream().filter(i -> i.kind() == IndicatorKind.BONUS).map(Indicator::cap)
                .reduce(Points.ZERO, Points::plus);
    }
}
