package org.jifen.adapters.rest.programme;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jifen.domain.programme.Programme;
import org.jifen.domain.programme.TieBreak;

/** A programme as defined. */
public record ProgrammeResponse(String code, String kind, String kindName, String name, String district,
        LocalDate cutoffDate, String minScore, boolean excludeTrialRun, List<String> tieBreaks,
        Map<String, Integer> places) {

    public static final String EARLIER_SUBMISSION = "EARLIER_SUBMISSION";

    public static ProgrammeResponse of(Programme programme) {
        Map<String, Integer> places = new LinkedHashMap<>();
        programme.places().forEach((place, seats) -> places.put(place.value(), seats));
        return new ProgrammeResponse(programme.code().value(), programme.kind().name(), programme.kind().chineseName(),
                programme.name(), programme.district().value(), programme.cutoffDate(),
                programme.minScore().toString(), programme.excludeTrialRun(),
                programme.tieBreaks().stream().map(ProgrammeResponse::tieBreak).toList(), places);
    }

    static String tieBreak(TieBreak step) {
        return step instanceof TieBreak.IndicatorPoints points ? points.indicator().value() : EARLIER_SUBMISSION;
    }
}
