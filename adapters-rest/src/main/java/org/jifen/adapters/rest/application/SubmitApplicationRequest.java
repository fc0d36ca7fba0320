package org.jifen.adapters.rest.application;

import java.util.List;

/** {@code POST /api/v1/applications}: person, district, channel and the claims with facts and evidence. */
public record SubmitApplicationRequest(String personId, String district, String channel, List<ClaimJson> claims) {

    /** One claim: the indicator, the facts declared, the evidence references. */
    public record ClaimJson(String indicator, FactsJson facts, List<String> evidence) {
    }
}
