package org.jifen.domain.statement;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jifen.domain.catalogue.CatalogueVersionId;
import org.jifen.domain.catalogue.Tier;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.shared.Points;

/**
 * One tier on a score statement: which jurisdiction's catalogue version, whether it is recognised
 * in the statement's district and why, its bonus and deduction subtotals, its maximum and its
 * indicators. {@code subtotal} counts towards the total only when the tier is recognised.
 */
public record TierStatement(
        Tier tier,
        DivisionCode jurisdiction,
        String jurisdictionName,
        Optional<CatalogueVersionId> version,
        Recognition recognition,
        String reason,
        Points bonusSubtotal,
        Points deductionSubtotal,
        Points subtotal,
        Points max,
        List<IndicatorLine> indicators) {

    public TierStatement {
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(recognition, "recognition");
        Objects.requireNonNull(reason, "reason");
        indicators = List.copyOf(indicators);
    }

    public boolean recognised() {
        return recognition == Recognition.RECOGNISED;
    }
}
