package org.jifen.adapters.rest.catalogue;

import java.time.LocalDate;
import java.util.List;
import org.jifen.application.port.in.catalogue.CatalogueView;
import org.jifen.domain.catalogue.Indicator;

/**
 * {@code GET /api/v1/catalogue}: the indicators in force in a district on a date, by tier, with the tier
 * maxima and {@code maxTotal}; a tier with no version in force has no indicators and says why.
 */
public record CatalogueResponse(String district, String districtName, LocalDate on, String maxTotal,
        List<TierResponse> tiers) {

    /** One tier. */
    public record TierResponse(String tier, String tierName, String jurisdiction, String jurisdictionName,
            boolean inForce, String version, String title, LocalDate effectiveFrom, LocalDate effectiveUntil,
            String max, String reason, List<IndicatorResponse> indicators) {
    }

    /** One indicator: code, names, kind (BONUS, DEDUCTION), method, department, cap and rule. */
    public record IndicatorResponse(String code, String name, String englishName, String kind, String method,
            String department, String cap, RuleResponse rule) {

        static IndicatorResponse of(Indicator indicator) {
            return new IndicatorResponse(indicator.code().value(), indicator.chineseName(), indicator.englishName(),
                    indicator.kind().name(), indicator.method().name(), indicator.department().name(),
                    indicator.cap().toString(), RuleResponse.of(indicator.rule()));
        }
    }

    public static CatalogueResponse of(CatalogueView view) {
        return new CatalogueResponse(view.district().value(), view.districtName(), view.on(), view.maxTotal().toString(),
                view.tiers().stream().map(t -> new TierResponse(t.tier().name(), t.tier().chineseName(),
                        t.jurisdiction().value(), t.jurisdictionName(), t.inForce(),
                        t.version().map(v -> v.value()).orElse(null), t.title(), t.effectiveFrom().orElse(null),
                        t.effectiveUntil().orElse(null), t.max().toString(), t.reason(),
                        t.indicators().stream().map(IndicatorResponse::of).toList())).toList());
    }
}
