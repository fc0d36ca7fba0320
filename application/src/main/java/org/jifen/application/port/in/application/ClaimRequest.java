package org.jifen.application.port.in.application;

import java.util.List;
import java.util.Objects;
import org.jifen.domain.catalogue.Facts;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.shared.InvalidValueException;

/**
 * One claim of a submission: the indicator, the person's cumulative facts for it as of the
 * application date, and the references of the evidence submitted (证明材料).
 */
public record ClaimRequest(IndicatorCode indicator, Facts facts, List<String> evidence) {

    public ClaimRequest {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(facts, "facts");
        evidence = List.copyOf(Objects.requireNonNull(evidence, "evidence"));
        for (String reference : evidence) {
            if (reference.isBlank()) {
                throw new InvalidValueException("INVALID_EVIDENCE", "evidence", "an evidence reference is blank");
            }
        }
    }
}
