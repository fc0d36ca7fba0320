package org.jifen.adapters.cli.catalogue;

import org.jifen.adapters.cli.file.YamlLines;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jifen.domain.catalogue.Catalogue;
import org.jifen.domain.catalogue.CatalogueVersionId;
import org.jifen.domain.catalogue.Department;
import org.jifen.domain.catalogue.Indicator;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.catalogue.IndicatorKind;
import org.jifen.domain.catalogue.Rule;
import org.jifen.domain.catalogue.ScoringMethod;
import org.jifen.domain.catalogue.Tier;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.shared.Points;

/**
 * The file's catalogues → domain {@link Catalogue}s. Every problem is recorded with its path;
 * the result is only complete when none was found.
 */
final class CatalogueYamlConverter {

    private final ValueConverter values;
    private final RuleYamlConverter rules;

    CatalogueYamlConverter(FileProblems problems) {
        this.values = new ValueConverter(problems);
        this.rules = new RuleYamlConverter(values);
    }

    List<Catalogue> catalogues(CatalogueFileYaml file) {
        List<Catalogue> catalogues = new ArrayList<>();
        if (file == null) {
            values.problems().add("", "EMPTY_FILE", "the file holds no catalogue");
            return catalogues;
        }
        if (values.required(file.catalogues(), "catalogues") == null) {
            return catalogues;
        }
        if (file.catalogues().isEmpty()) {
            values.problems().add("catalogues", "EMPTY_FILE", "the file lists no catalogue");
        }
        for (int i = 0; i < file.catalogues().size(); i++) {
            catalogue(file.catalogues().get(i), YamlLines.index("catalogues", i)).ifPresent(catalogues::add);
        }
        return catalogues;
    }

    private Optional<Catalogue> catalogue(CatalogueYaml yaml, String path) {
        if (values.entry(yaml, path) == null) {
            return Optional.empty();
        }
        int before = values.problems().count();
        CatalogueVersionId version = values.parsed(yaml.version(), YamlLines.join(path, "version"),
                CatalogueVersionId::of);
        DivisionCode jurisdiction = values.parsed(yaml.jurisdiction(), YamlLines.join(path, "jurisdiction"),
                DivisionCode::of);
        Tier tier = values.required(yaml.tier(), YamlLines.join(path, "tier"));
        LocalDate publishedOn = values.required(yaml.publishedOn(), YamlLines.join(path, "publishedOn"));
        String indicatorsPath = YamlLines.join(path, "indicators");
        List<Indicator> indicators = new ArrayList<>();
        if (values.required(yaml.indicators(), indicatorsPath) != null) {
            for (int j = 0; j < yaml.indicators().size(); j++) {
                indicator(yaml.indicators().get(j), YamlLines.index(indicatorsPath, j), tier, jurisdiction)
                        .ifPresent(indicators::add);
            }
        }
        if (values.problems().count() > before) {
            return Optional.empty();
        }
        return Optional.of(new Catalogue(version, jurisdiction, tier, yaml.title(), publishedOn,
                Optional.ofNullable(yaml.effectiveTo()), indicators));
    }

    private Optional<Indicator> indicator(IndicatorYaml yaml, String path, Tier tier, DivisionCode jurisdiction) {
        if (values.entry(yaml, path) == null) {
            return Optional.empty();
        }
        int before = values.problems().count();
        IndicatorCode code = values.parsed(yaml.code(), YamlLines.join(path, "code"), IndicatorCode::of);
        String chineseName = values.text(yaml.chineseName(), YamlLines.join(path, "name_zh"));
        IndicatorKind kind = values.required(yaml.kind(), YamlLines.join(path, "kind"));
        ScoringMethod method = values.required(yaml.method(), YamlLines.join(path, "method"));
        Department department = values.required(yaml.department(), YamlLines.join(path, "department"));
        Points cap = values.points(yaml.cap(), YamlLines.join(path, "cap"));
        Rule rule = rules.rule(yaml.rule(), YamlLines.join(path, "rule"));
        if (values.problems().count() > before || tier == null || jurisdiction == null) {
            return Optional.empty();
        }
        String englishName = yaml.englishName() == null ? "" : yaml.englishName().strip();
        return Optional.of(new Indicator(code, chineseName, englishName, tier, jurisdiction, kind, method,
                department, cap, rule));
    }
}
