package org.jifen.domain.ledger;

import java.util.Objects;
import org.jifen.domain.catalogue.CatalogueIndicator;
import org.jifen.domain.catalogue.CatalogueVersionId;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.catalogue.Tier;
import org.jifen.domain.jurisdiction.DivisionCode;

/**
 * Which indicator an entry counts towards: the catalogue version, its defining jurisdiction and
 * tier, and the code. Points of a version count only while that version is in force.
 */
public record IndicatorRef(CatalogueVersionId version, DivisionCode jurisdiction, Tier tier, IndicatorCode code) {

    public IndicatorRef {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(code, "code");
    }

    public static IndicatorRef of(CatalogueIndicator indicator) {
        return new IndicatorRef(indicator.version(), indicator.indicator().jurisdiction(), indicator.indicator().tier(),
                indicator.indicator().code());
    }

    /**
     * Component by component, as a record compares, but the same instance first and the code (the part
     * that differs most often) before the rest: ledgers compare references for every entry they hold.
     * The record's own {@code hashCode} stays (equal references have equal components).
     */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof IndicatorRef that && code.equals(that.code) && version.equals(that.version)
                && tier == that.tier && jurisdiction.equals(that.jurisdiction);
    }

    @Override
    public String toString() {
        return version + "/" + code;
    }
}
