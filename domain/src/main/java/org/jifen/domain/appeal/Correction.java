package org.jifen.domain.appeal;

import java.util.Objects;
import org.jifen.domain.catalogue.Facts;
import org.jifen.domain.catalogue.IndicatorCode;

/** A corrected indicator of an upheld appeal: the facts found on review (RANGE: the points set). */
public record Correction(IndicatorCode indicator, Facts facts) {

    public Correction {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(facts, "facts");
    }
}
