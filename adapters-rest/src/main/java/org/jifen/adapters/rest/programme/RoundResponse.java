package org.jifen.adapters.rest.programme;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jifen.domain.programme.Round;
import org.jifen.domain.programme.RoundResultLine;

/**
 * An allocation round as stored: programme, cut-off date, {@code knownAt} and {@code runAt} (a reproduction
 * when knownAt is earlier), the places, how many candidates, and the results — ranked lines in rank order,
 * then those who took no part (rank 0) with the reason code and its Chinese text. Beneficiary ID numbers are
 * always masked.
 */
public record RoundResponse(String roundId, String programme, String kind, String district, LocalDate cutoffDate,
        Instant knownAt, Instant runAt, boolean reproduction, Map<String, Integer> places, int candidates,
        List<ResultResponse> results) {

    /** One result line; {@code place} is null when none was obtained, then {@code reason} says why. */
    public record ResultResponse(int rank, String personId, BeneficiaryResponse beneficiary, String score,
            @JsonInclude(JsonInclude.Include.ALWAYS) String place,
            @JsonInclude(JsonInclude.Include.NON_NULL) String reason,
            @JsonInclude(JsonInclude.Include.NON_NULL) String reasonText) {
    }

    public static RoundResponse of(Round round) {
        Map<String, Integer> places = new LinkedHashMap<>();
        round.places().forEach((place, seats) -> places.put(place.value(), seats));
        return new RoundResponse(round.id().value(), round.programme().value(), round.kind().name(),
                round.district().value(), round.cutoffDate(), round.knownAt(), round.runAt(), round.reproduction(),
                places, round.candidates().size(), round.results().stream().map(RoundResponse::line).toList());
    }

    private static ResultResponse line(RoundResultLine line) {
        return new ResultResponse(line.rank(), line.applicant().value(),
                new BeneficiaryResponse(line.beneficiary().idNumber().masked(), line.beneficiary().name()),
                line.score().toString(), line.place().map(p -> p.value()).orElse(null),
                line.reason().map(r -> r.code()).orElse(null), line.reason().isPresent() ? line.reasonText() : null);
    }
}
