package org.jifen.application.port.in.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jifen.domain.catalogue.CatalogueVersionId;
import org.jifen.domain.catalogue.Indicator;
import org.jifen.domain.catalogue.Tier;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.shared.Points;

/**
 * 指标体系: what applies in a district on a date — for each tier (provincial, municipal, district) the
 * jurisdiction that defines it, the catalogue version in force there (none: the tier contributes
 * nothing, {@code reason} says so), the tier's maximum and its indicators with caps, rules and
 * departments; and the maximum total (300).
 */
public record CatalogueView(DivisionCode district, String districtName, LocalDate on, List<TierCatalogue> tiers,
        Points maxTotal) {

    public CatalogueView {
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(on, "on");
        tiers = List.copyOf(tiers);
        Objects.requireNonNull(maxTotal, "maxTotal");
    }

    /**
     * One tier: its defining jurisdiction, the version in force (its title, effective from, and the first
     * day it no longer counts when known), the tier maximum and the indicators; {@code reason} is empty when
     * a version is in force.
     */
    public record TierCatalogue(Tier tier, DivisionCode jurisdiction, String jurisdictionName,
            Optional<CatalogueVersionId> version, String title, Optional<LocalDate> effectiveFrom,
            Optional<LocalDate> effectiveUntil, Points max, List<Indicator> indicators, String reason) {

        public TierCatalogue {
            Objects.requireNonNull(tier, "tier");
            Objects.requireNonNull(jurisdiction, "jurisdiction");
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(effectiveFrom, "effectiveFrom");
            Objects.requireNonNull(effectiveUntil, "effectiveUntil");
            Objects.requireNonNull(max, "max");
            indicators = List.copyOf(indicators);
            title = title == null ? "" : title;
            reason = reason == null ? "" : reason;
        }

        public boolean inForce() {
            return version.isPresent();
        }
    }
}
