package org.jifen.adapters.rest.programme;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/v1/programmes/{code}/rounds}: the candidates (applicant, beneficiary, preferences most
 * wanted first, catchment), the seats of this round per place (absent: the programme's own places), and
 * {@code knownAt} to re-run "as known at" an earlier time.
 */
public record RunRoundRequest(List<CandidateJson> candidates, Map<String, Integer> places, Instant knownAt) {

    /** One candidate. */
    public record CandidateJson(String personId, BeneficiaryJson beneficiary, List<String> preferences,
            List<String> catchment) {
    }

    /** The beneficiary's ID number and name. */
    public record BeneficiaryJson(String idNumber, String name) {
    }
}
