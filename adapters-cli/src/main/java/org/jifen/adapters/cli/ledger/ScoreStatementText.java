package org.jifen.adapters.cli.ledger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jifen.adapters.cli.shell.TextTable;
import org.jifen.domain.ledger.LedgerEntry;
import org.jifen.domain.person.Person;
import org.jifen.domain.statement.IndicatorLine;
import org.jifen.domain.statement.ScoreStatement;
import org.jifen.domain.statement.TierStatement;

/**
 * A score statement (积分明细) as the operator reads it, in Chinese: each tier with its recognition and
 * reason, its indicators with balance and cap, subtotals, deductions, any freeze, and the total; or the
 * same as JSON / CSV. The person appears masked (name {@code 张*}, ID number {@code 330203********1232}).
 */
public final class ScoreStatementText {

    private ScoreStatementText() {
    }

    public static List<String> table(ScoreStatement statement, String maskedName, String maskedIdNumber) {
        List<String> lines = new ArrayList<>();
        lines.add("积分明细  " + maskedName + "  " + maskedIdNumber + "  (" + statement.person().value() + ")");
        lines.add("使用地 " + statement.districtName() + "（" + statement.district().value() + "）  生效日 "
                + statement.effectiveOn() + "  截至 " + statement.knownAt());
        for (TierStatement tier : statement.tiers()) {
            lines.add("");
            lines.add("【" + tier.tier().chineseName() + "】" + tier.jurisdictionName() + tier.version()
                    .map(v -> " 版本 " + v.value()).orElse("") + "  " + (tier.recognised() ? "认可" : "不认可"));
            lines.add("  " + tier.reason());
            if (!tier.indicators().isEmpty()) {
                TextTable table = new TextTable(List.of("代码", "指标", "积分", "上限", "记录"), false, false, true,
                        true, true);
                for (IndicatorLine line : tier.indicators()) {
                    table.row(line.code().value(), line.chineseName(), line.balance().toString(),
                            line.cap().toString(), String.valueOf(line.entries().size()));
                }
                table.lines().forEach(l -> lines.add("  " + l));
            }
            lines.add("  小计 " + tier.subtotal() + "（加分 " + tier.bonusSubtotal() + "，扣分 " + tier.deductionSubtotal()
                    + "，加分上限 " + tier.max() + "）" + (tier.recognised() ? "" : "，不计入总分"));
        }
        lines.add("");
        statement.freeze().ifPresent(freeze -> lines.add("扣分冻结 " + freeze.from() + " 至 " + freeze.until()
                + "：冻结期内积分不能用于积分应用"));
        lines.add("扣分合计 " + statement.deductions());
        lines.add("总分 " + statement.total() + " / " + statement.maxTotal());
        return lines;
    }

    public static Map<String, Object> json(ScoreStatement statement, String maskedName, String maskedIdNumber) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("personId", statement.person().value());
        json.put("name", maskedName);
        json.put("idNumber", maskedIdNumber);
        json.put("district", statement.district().value());
        json.put("effectiveOn", statement.effectiveOn().toString());
        json.put("knownAt", statement.knownAt().toString());
        List<Object> tiers = new ArrayList<>();
        for (TierStatement tier : statement.tiers()) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("tier", tier.tier().name());
            t.put("jurisdiction", tier.jurisdiction().value());
            t.put("version", tier.version().map(v -> v.value()).orElse(null));
            t.put("recognised", tier.recognised());
            t.put("recognition", tier.recognition().name());
            t.put("reason", tier.reason());
            t.put("subtotal", tier.subtotal().toString());
            t.put("bonusSubtotal", tier.bonusSubtotal().toString());
            t.put("deductionSubtotal", tier.deductionSubtotal().toString());
            t.put("max", tier.max().toString());
            List<Object> indicators = new ArrayList<>();
            for (IndicatorLine line : tier.indicators()) {
                Map<String, Object> i = new LinkedHashMap<>();
                i.put("code", line.code().value());
                i.put("name", line.chineseName());
                i.put("balance", line.balance().toString());
                i.put("cap", line.cap().toString());
                List<Object> entries = new ArrayList<>();
                for (LedgerEntry entry : line.entries()) {
                    Map<String, Object> e = new LinkedHashMap<>();
                    e.put("points", entry.points().toString());
                    e.put("reason", entry.reason().name());
                    e.put("effectiveOn", entry.effectiveOn().toString());
                    e.put("recordedAt", entry.recordedAt().toString());
                    entries.add(e);
                }
                i.put("entries", entries);
                indicators.add(i);
            }
            t.put("indicators", indicators);
            tiers.add(t);
        }
        json.put("tiers", tiers);
        json.put("deductions", statement.deductions().toString());
        json.put("frozen", statement.frozen());
        json.put("total", statement.total().toString());
        json.put("maxTotal", statement.maxTotal().toString());
        return json;
    }

    /** {@code 张伟} → {@code 张*}. */
    public static String maskName(String name) {
        return Person.maskName(name);
    }
}
