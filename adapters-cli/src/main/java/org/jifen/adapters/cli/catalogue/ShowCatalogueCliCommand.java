package org.jifen.adapters.cli.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jifen.adapters.cli.shell.CliContext;
import org.jifen.adapters.cli.shell.Converters;
import org.jifen.adapters.cli.shell.CsvOut;
import org.jifen.adapters.cli.shell.Json;
import org.jifen.adapters.cli.shell.OperatorCommand;
import org.jifen.adapters.cli.shell.OutputFormat;
import org.jifen.adapters.cli.shell.TextTable;
import org.jifen.application.port.in.catalogue.CataloguesInForceQuery;
import org.jifen.domain.access.Role;
import org.jifen.domain.catalogue.Catalogue;
import org.jifen.domain.catalogue.Indicator;
import org.jifen.domain.catalogue.Tier;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.jurisdiction.DivisionRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code catalogue show}: the indicators in force in a district on a date, by tier, with method,
 * department, cap and rule, the tier maxima and the maximum total (through
 * {@code ListCataloguesInForceUseCase}).
 */
@Command(name = "show", description = "Show the indicators in force in a district on a date, by tier.")
public final class ShowCatalogueCliCommand extends OperatorCommand {

    @Option(names = "--district", paramLabel = "D", defaultValue = "330203", converter = Converters.Division.class,
            description = "the district (default: ${DEFAULT-VALUE}, Haishu)")
    DivisionCode district;

    @Option(names = "--on", paramLabel = "DATE", converter = Converters.Date.class,
            description = "the date (yyyy-mm-dd; default: today in China)")
    LocalDate on;

    @Option(names = "--format", paramLabel = "table|json|csv", defaultValue = "table",
            description = "table (default), json or csv")
    OutputFormat format;

    public ShowCatalogueCliCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        List<Catalogue> catalogues = onDatabase(session -> {
            LocalDate day = on != null ? on : session.clock().today();
            on = day;
            return session.useCases().listCataloguesInForce().list(new CataloguesInForceQuery(
                    operator.caller(Role.ADMIN), district, day));
        });
        switch (format) {
            case json -> out().println(Json.write(json(catalogues)));
            case csv -> csv(catalogues);
            default -> table(catalogues);
        }
        out().flush();
        return 0;
    }

    private void table(List<Catalogue> catalogues) {
        DivisionRegistry divisions = DivisionRegistry.standard();
        out().println("指标体系 " + divisions.chineseName(district) + "（" + district + "） " + on);
        if (catalogues.isEmpty()) {
            out().println("该日无生效的指标体系");
            return;
        }
        for (Catalogue catalogue : catalogues) {
            out().println();
            out().println(catalogue.tier().chineseName() + " " + divisions.chineseName(catalogue.jurisdiction())
                    + " 版本 " + catalogue.version().value() + "（" + catalogue.effectiveFrom() + "起施行）上限 "
                    + catalogue.tier().max());
            TextTable table = new TextTable(List.of("代码", "指标", "类别", "赋分方式", "责任部门", "上限", "规则"),
                    false, false, false, false, false, true, false);
            for (Indicator indicator : catalogue.indicators()) {
                table.row(indicator.code().value(), indicator.chineseName(), indicator.kind().chineseName(),
                        indicator.method().chineseName(), indicator.department().chineseName(),
                        indicator.cap().toString(), RuleText.of(indicator.rule()));
            }
            table.lines().forEach(out()::println);
        }
        out().println();
        out().println("总分上限 " + Tier.MAX_TOTAL);
    }

    private void csv(List<Catalogue> catalogues) {
        out().print(CsvOut.line(List.of("tier", "jurisdiction", "version", "code", "name", "kind", "method",
                "department", "cap", "rule")));
        for (Catalogue catalogue : catalogues) {
            for (Indicator i : catalogue.indicators()) {
                out().print(CsvOut.line(List.of(catalogue.tier().name(), catalogue.jurisdiction().value(),
                        catalogue.version().value(), i.code().value(), i.chineseName(), i.kind().name(),
                        i.method().name(), i.department().name(), i.cap().toString(), RuleText.of(i.rule()))));
            }
        }
    }

    private Map<String, Object> json(List<Catalogue> catalogues) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("district", district.value());
        json.put("on", on.toString());
        List<Object> tiers = new ArrayList<>();
        for (Catalogue catalogue : catalogues) {
            Map<String, Object> tier = new LinkedHashMap<>();
            tier.put("tier", catalogue.tier().name());
            tier.put("jurisdiction", catalogue.jurisdiction().value());
            tier.put("version", catalogue.version().value());
            tier.put("effectiveFrom", catalogue.effectiveFrom().toString());
            tier.put("max", catalogue.tier().max().toString());
            List<Object> indicators = new ArrayList<>();
            for (Indicator i : catalogue.indicators()) {
                Map<String, Object> indicator = new LinkedHashMap<>();
                indicator.put("code", i.code().value());
                indicator.put("name", i.chineseName());
                indicator.put("englishName", i.englishName());
                indicator.put("kind", i.kind().name());
                indicator.put("method", i.method().name());
                indicator.put("department", i.department().name());
                indicator.put("cap", i.cap().toString());
                indicator.put("rule", i.rule().kind().name());
                indicator.put("ruleText", RuleText.of(i.rule()));
                indicators.add(indicator);
            }
            tier.put("indicators", indicators);
            tiers.add(tier);
        }
        json.put("tiers", tiers);
        json.put("maxTotal", Tier.MAX_TOTAL.toString());
        return json;
    }
}
