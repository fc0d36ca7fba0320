package org.jifen.adapters.cli.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jifen.adapters.cli.catalogue.CatalogueFileReader;
import org.jifen.adapters.cli.catalogue.DefaultCatalogue;
import org.jifen.application.JifenUseCases;
import org.jifen.application.memory.InMemoryAdapters;
import org.jifen.application.memory.SettableClock;
import org.jifen.application.port.in.catalogue.ImportCatalogueCommand;
import org.jifen.application.port.in.ledger.ScoreAutoIndicatorsCommand;
import org.jifen.application.port.in.ledger.ScoreStatementQuery;
import org.jifen.application.port.in.person.RegisterPersonCommand;
import org.jifen.application.port.in.systemdata.RecordSystemDataCommand;
import org.jifen.application.port.out.systemdata.SystemDataRecord;
import org.jifen.domain.access.Caller;
import org.jifen.domain.access.Role;
import org.jifen.domain.catalogue.Catalogue;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.person.IdNumber;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.person.ResidencePermit;
import org.jifen.domain.statement.ScoreStatement;
import org.jifen.domain.statement.TierStatement;
import org.junit.jupiter.api.Test;

/**
 * README "Embedding the domain": the example there is the code between the tag lines below, and the
 * catalogue it loads is {@code yinzhou-catalogue.yaml} in this test's resources; both are checked
 * against the README so it cannot drift from what runs.
 */
class EmbeddingExampleTest {

    @Test
    void theReadmeExample_scoresAYinzhouResident_withYinzhousOwnDistrictTier() throws Exception {
        Path yinzhouCatalogue = resource("yinzhou-catalogue.yaml");

        // tag::embedding[]
        // Every use case in memory, on a clock of your own (a database adapter is a drop-in).
        SettableClock clock = SettableClock.at(LocalDate.of(2026, 3, 2));
        JifenUseCases jifen = JifenUseCases.wire(new InMemoryAdapters(clock).ports());
        DivisionCode yinzhou = DivisionCode.of("330212");
        Caller it = Caller.of("yinzhou-it", Role.ADMIN, yinzhou);

        // The shipped provincial (330000) and Ningbo (330200) catalogues, and Yinzhou's own district tier.
        List<Catalogue> catalogues = new ArrayList<>(DefaultCatalogue.load().stream()
                .filter(c -> !c.jurisdiction().equals(DivisionCode.of("330203"))).toList());
        catalogues.addAll(new CatalogueFileReader().readValidated(yinzhouCatalogue));
        jifen.importCatalogue().importCatalogue(new ImportCatalogueCommand(it, catalogues));

        // A resident (a synthetic ID number: region, birth date, sequence, check character).
        String first17 = "330212" + "19900307" + "123";
        IdNumber idNumber = IdNumber.parse(first17 + IdNumber.checkCharacter(first17));
        PersonId person = jifen.registerPerson().register(new RegisterPersonCommand(it, idNumber, "李明",
                Optional.empty(), Optional.of(new ResidencePermit("ZJ330212-000001", yinzhou,
                        LocalDate.of(2024, 1, 1), LocalDate.of(2028, 12, 31))), yinzhou)).personId();

        // Months of social insurance (P04), of residence (P05) and of registration in Yinzhou (YZ01).
        LocalDate asOf = LocalDate.of(2026, 2, 28);
        jifen.recordSystemData().record(new RecordSystemDataCommand(it, List.of(
                new SystemDataRecord(person, IndicatorCode.of("P04"), new BigDecimal(36), asOf),
                new SystemDataRecord(person, IndicatorCode.of("P05"), new BigDecimal(48), asOf),
                new SystemDataRecord(person, IndicatorCode.of("YZ01"), new BigDecimal(26), asOf))));
        jifen.scoreAutoIndicators().score(new ScoreAutoIndicatorsCommand(it, person, yinzhou, clock.today()));

        ScoreStatement statement = jifen.scoreStatement().statement(
                new ScoreStatementQuery(it, person, yinzhou, clock.today(), Optional.empty()));
        for (TierStatement tier : statement.tiers()) {
            System.out.printf("%s %s %s: %s — %s%n", tier.tier(), tier.jurisdiction().value(),
                    tier.jurisdictionName(), tier.subtotal(), tier.reason());
        }
        System.out.println("total " + statement.total() + " / " + statement.maxTotal());
        // end::embedding[]

        // P01 age 36 → 20; P04 36 months × 0.5 → 18; P05 48 × 0.25 → 12; YZ01 four full 6-month units → 4.
        assertThat(statement.balanceOf(IndicatorCode.of("P01")).toString()).isEqualTo("20.00");
        assertThat(statement.balanceOf(IndicatorCode.of("P04")).toString()).isEqualTo("18.00");
        assertThat(statement.balanceOf(IndicatorCode.of("P05")).toString()).isEqualTo("12.00");
        assertThat(statement.balanceOf(IndicatorCode.of("YZ01")).toString()).isEqualTo("4.00");
        assertThat(statement.tiers()).extracting(t -> t.jurisdiction().value(), t -> t.subtotal().toString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("330000", "50.00"),
                        org.assertj.core.groups.Tuple.tuple("330200", "0.00"),
                        org.assertj.core.groups.Tuple.tuple("330212", "4.00"));
        assertThat(statement.recognisedTiers()).hasSize(3);
        assertThat(statement.total().toString()).isEqualTo("54.00");
    }

    @Test
    void theReadme_showsExactlyTheExampleCode_andTheCatalogueFile() throws IOException, URISyntaxException {
        String readme = Files.readString(readmePath(), StandardCharsets.UTF_8);
        String source = Files.readString(Path.of("src/test/java/org/jifen/adapters/cli/embedding/"
                + "EmbeddingExampleTest.java"), StandardCharsets.UTF_8);
        String example = source.substring(source.indexOf("// tag::embedding[]") + "// tag::embedding[]".length(),
                source.indexOf("        // end::embedding[]"));

        assertThat(readme).contains(dedent(example, 8));
        assertThat(readme).contains(Files.readString(resource("yinzhou-catalogue.yaml"), StandardCharsets.UTF_8));
    }

    private static String dedent(String text, int columns) {
        return text.lines().skip(1).map(line -> line.length() >= columns ? line.substring(columns) : line.strip())
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private static Path readmePath() {
        return Path.of("..", "README.md");
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(EmbeddingExampleTest.class.getResource("/embedding/" + name).toURI());
    }
}
