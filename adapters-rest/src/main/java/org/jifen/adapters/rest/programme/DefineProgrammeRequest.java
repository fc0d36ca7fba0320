package org.jifen.adapters.rest.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/v1/programmes}: code, kind, district, score cut-off date, minimum score (decimal string),
 * whether trial-run points are excluded, places with their seats; optionally a name and the tie-break chain
 * (indicator codes and {@code EARLIER_SUBMISSION}; default P04, P05, EARLIER_SUBMISSION).
 */
public record DefineProgrammeRequest(String code, String kind, String name, String district, LocalDate cutoffDate,
        String minScore, Boolean excludeTrialRun, List<String> tieBreaks, Map<String, Integer> places) {
}
