package org.jifen.domain.programme;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.jurisdiction.DivisionLevel;
import org.jifen.domain.shared.InvalidValueException;
import org.jifen.domain.shared.Points;

/**
 * A points-based programme (积分应用项目): kind, district, score cut-off date, minimum score,
 * whether trial-run points are excluded, the tie-break chain and the places with their seats
 * (school seats, rental units, the registration quota).
 */
public record Programme(
        ProgrammeCode code,
        ProgrammeKind kind,
        String name,
        DivisionCode district,
        LocalDate cutoffDate,
        Points minScore,
        boolean excludeTrialRun,
        List<TieBreak> tieBreaks,
        Map<PlaceCode, Integer> places) {

    /** 浙里新市民 trial run start (试运行): March 2022. */
    public static final LocalDate TRIAL_RUN_START = LocalDate.of(2022, 3, 1);

    public Programme {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(cutoffDate, "cutoffDate");
        Objects.requireNonNull(minScore, "minScore");
        name = name == null ? "" : name;
        tieBreaks = List.copyOf(tieBreaks);
        if (district.level() != DivisionLevel.DISTRICT) {
            throw new InvalidValueException("NOT_A_DISTRICT", "district", "a programme belongs to a district, not to "
                    + district);
        }
        if (minScore.isNegative()) {
            throw new InvalidValueException("INVALID_MIN_SCORE", "minScore", "must not be negative");
        }
        Map<PlaceCode, Integer> copy = new LinkedHashMap<>();
        places.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            if (e.getValue() == null || e.getValue() < 0) {
                throw new InvalidValueException("INVALID_PLACES", "places." + e.getKey(), "seats must be 0 or more");
            }
            copy.put(e.getKey(), e.getValue());
        });
        if (copy.isEmpty()) {
            throw new InvalidValueException("INVALID_PLACES", "places", "a programme needs at least one place");
        }
        places = java.util.Collections.unmodifiableMap(copy);
    }

    public int totalSeats() {
        return places.values().stream().mapToInt(Integer::intValue).sum();
    }
}
