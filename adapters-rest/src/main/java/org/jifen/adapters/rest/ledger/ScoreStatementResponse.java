package org.jifen.adapters.rest.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jifen.domain.statement.IndicatorLine;
import org.jifen.domain.statement.ScoreStatement;
import org.jifen.domain.statement.TierStatement;

/**
 * 积分明细: a person's usable score in a district effective on a date as known at a time — the total (clamped
 * to [0, 300]), every tier with whether it is recognised there and why (in Chinese), its subtotals and
 * maximum, every indicator with its balance, cap and entries, the deductions and any freeze in force.
 */
public record ScoreStatementResponse(String personId, String district, String districtName, LocalDate on,
        Instant knownAt, String total, String maxTotal, String deductions, boolean frozen,
        LedgerEntryResponse.FreezeResponse freeze, List<TierResponse> tiers) {

    /** One tier: recognised or not, why, subtotals (bonus, deduction, counted), maximum, indicators. */
    public record TierResponse(String tier, String tierName, String jurisdiction, String jurisdictionName,
            String version, boolean recognised, String recognition, String reason, String bonusSubtotal,
            String deductionSubtotal, String subtotal, String max, List<IndicatorResponse> indicators) {
    }

    /** One indicator: code, names, kind, method, balance, cap and the entries behind the balance. */
    public record IndicatorResponse(String code, String name, String englishName, String kind, String method,
            String balance, String cap, List<LedgerEntryResponse> entries) {
    }

    public static ScoreStatementResponse of(ScoreStatement statement) {
        return new ScoreStatementResponse(statement.person().value(), statement.district().value(),
                statement.districtName(), statement.effectiveOn(), statement.knownAt(), statement.total().toString(),
                statement.maxTotal().toString(), statement.deductions().toString(), statement.frozen(),
                statement.freeze().map(f -> new LedgerEntryResponse.FreezeResponse(f.from(), f.until())).orElse(null),
                statement.tiers().stream().map(ScoreStatementResponse::tier).toList());
    }

    private static TierResponse tier(TierStatement tier) {
        return new TierResponse(tier.tier().name(), tier.tier().chineseName(), tier.jurisdiction().value(),
                tier.jurisdictionName(), tier.version().map(v -> v.value()).orElse(null), tier.recognised(),
                tier.recognition().name(), tier.reason(), tier.bonusSubtotal().toString(),
                tier.deductionSubtotal().toString(), tier.subtotal().toString(), tier.max().toString(),
                tier.indicators().stream().map(ScoreStatementResponse::indicator).toList());
    }

    private static IndicatorResponse indicator(IndicatorLine line) {
        return new IndicatorResponse(line.code().value(), line.chineseName(), line.englishName(), line.kind().name(),
                line.method().name(), line.balance().toString(), line.cap().toString(),
                line.entries().stream().map(LedgerEntryResponse::of).toList());
    }
}
