package org.jifen.adapters.rest.appeal;

import java.util.List;
import org.jifen.adapters.rest.application.FactsJson;

/**
 * {@code POST /api/v1/appeals/{appealId}/decision}: {@code UPHELD} with the corrections (an indicator with its
 * corrected facts, or the points of a RANGE indicator), or {@code DISMISSED} with the reason.
 */
public record DecideAppealRequest(String outcome, List<CorrectionJson> corrections, String reason) {

    /** One corrected indicator: facts or points, not both. */
    public record CorrectionJson(String indicator, FactsJson facts, String points) {
    }
}
