package org.jifen.adapters.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jifen.adapters.cli.generate.DistrictGenerator;
import org.jifen.adapters.cli.generate.GeneratedDistrict;
import org.jifen.domain.person.IdNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoAndGenerateTest {

    @TempDir
    Path dir;

    @Test
    void demo_runsTheMainJobOnItsOwnDatabase_andPrintsStatementsAndTheRoundInChinese() {
        CliHarness cli = new CliHarness();

        CliHarness.Run run = cli.run("demo");

        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        assertThat(cli.demoSessions).isEqualTo(1);
        assertThat(cli.adapters.persons().findByDistrict(org.jifen.domain.jurisdiction.DivisionCode.of("330203")))
                .as("the operator's database is untouched").isEmpty();
        String out = run.out();
        assertThat(out).contains("══ 一、导入指标体系与工作日历（2025-09-15）",
                "  指标体系: 330000-2022、330200-2022、330203-2022（省级共性100分、市级共性150分、海曙区个性50分）",
                "  工作日历: 2024、2025、2026 年（法定节假日与调休）",
                "$ jifen persons import persons.csv --skip-bad\nimported 200 persons from persons.csv\n",
                "$ jifen score district --district 330203 --on 2025-09-15\nscored 海曙区 (330203) on 2025-09-15: ",
                "══ 五、部门审核（2025-09-18）", "P02 教育部门 未见毕业证书，不予认定（材料缺失 MISSING_EVIDENCE）",
                "M92 主管第二人复核通过：记账 -20.00分，自2025-09-10起生效，冻结2025-09-10至2026-09-10",
                "公示 2025-09-30 至 2025-10-14（含国庆中秋假期与调休）", "维持复核请求（UPHELD）：P02 更正为大专",
                "【省级共性指标】浙江省 版本 330000-2022  认可", "海曙区区个性指标积分仅在海曙区范围内认可，不计入鄞州区",
                "扣分冻结 2025-09-10 至 2026-09-10：冻结期内积分不能用于积分应用", "══ 九、义务教育积分入学（海曙区）（2025-10-20）",
                "不参与本轮", " placed; results written to results.csv\n", "1 entitlement revoked, credit record sent", "audit chain valid", "演示完成");
        assertThat(out.lines().filter(l -> l.startsWith("总分 ")).toList()).hasSizeGreaterThanOrEqualTo(4)
                .allMatch(l -> l.matches("总分 \\d+\\.\\d{2} / 300\\.00"));
        assertThat(out).as("the demo's temporary directory is not shown").doesNotContain("jifen-demo-")
                .doesNotContain(System.getProperty("java.io.tmpdir"));
        assertThat(out).as("no full ID number is printed").doesNotContainPattern("(?<!\\d)\\d{17}[\\dX](?!\\d)");
    }

    @Test
    void generate_withTheSameSeed_writesByteIdenticalFiles_andEveryIdNumberIsValid() throws IOException {
        CliHarness cli = new CliHarness();

        CliHarness.Run first = cli.run("generate", "--people", "3000", "--seed", "42", "--out",
                dir.resolve("a").toString());
        CliHarness.Run second = cli.run("generate", "--people", "3000", "--seed", "42", "--out",
                dir.resolve("b").toString());

        assertThat(first.exit()).isZero();
        assertThat(second.exit()).isZero();
        for (String file : List.of(DistrictGenerator.PERSONS, DistrictGenerator.HOUSEHOLDS,
                DistrictGenerator.SYSTEM_DATA, DistrictGenerator.CLAIMS, DistrictGenerator.CANDIDATES,
                DistrictGenerator.PROGRAMME)) {
            assertThat(Files.readAllBytes(dir.resolve("a").resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(file)));
        }
        List<String> persons = Files.readAllLines(dir.resolve("a").resolve(DistrictGenerator.PERSONS));
        assertThat(persons).hasSize(3001);
        assertThat(persons.get(0)).isEqualTo(
                "id_number,name,phone,permit_number,permit_issuer,permit_valid_from,permit_valid_to,residence_district");
        persons.stream().skip(1).forEach(line -> IdNumber.parse(line.substring(0, line.indexOf(','))));
        assertThat(persons.stream().skip(1).map(line -> line.substring(0, 18)).distinct()).hasSize(3000);
    }

    @Test
    void generate_withAnotherSeed_writesOtherPeople() {
        GeneratedDistrict a = new DistrictGenerator(DistrictGenerator.Settings.haishu(50, 1)).writeTo(dir.resolve("a"),
                n -> { });
        GeneratedDistrict b = new DistrictGenerator(DistrictGenerator.Settings.haishu(50, 2)).writeTo(dir.resolve("b"),
                n -> { });
        assertThat(a.persons()).isEqualTo(50);
        assertThat(b.persons()).isEqualTo(50);
        assertThat(read(a.personsFile())).isNotEqualTo(read(b.personsFile()));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
