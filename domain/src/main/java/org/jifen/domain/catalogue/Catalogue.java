package org.jifen.domain.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jifen.domain.jurisdiction.DivisionCode;

/**
 * One dated version of one tier's catalogue (指标体系) for one jurisdiction. It takes effect 30 days
 * after publication ({@code effectiveFrom = publishedOn + 30 days}) and stops at {@code effectiveTo}
 * (exclusive) or when the next version of the same tier and jurisdiction takes effect.
 * Construct freely; {@link CatalogueValidator} says whether it may be loaded.
 */
public record Catalogue(
        CatalogueVersionId version,
        DivisionCode jurisdiction,
        Tier tier,
        String title,
        LocalDate publishedOn,
        Optional<LocalDate> effectiveTo,
        List<Indicator> indicators) {

    /** 公布之日起30日后施行. */
    public static final int DAYS_UNTIL_EFFECTIVE = 30;

    public Catalogue {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(publishedOn, "publishedOn");
        Objects.requireNonNull(effectiveTo, "effectiveTo");
        title = title == null ? "" : title;
        indicators = List.copyOf(indicators);
    }

    public LocalDate effectiveFrom() {
        return publishedOn.plusDays(DAYS_UNTIL_EFFECTIVE);
    }

    public Optional<Indicator> indicator(IndicatorCode code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }
}
