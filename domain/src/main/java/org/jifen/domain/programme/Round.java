package org.jifen.domain.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.person.IdNumber;
import org.jifen.domain.shared.InvalidValueException;

/**
 * An allocation round (分配轮次) as run and stored: which programme (code, kind, district), the score
 * cut-off date, the time the ledger was read "as known at" ({@code knownAt}: the run time itself, or an
 * earlier time when the round reproduces a past one), when it ran, the candidates and places exactly as
 * given, and the result lines — ranked lines in rank order, then the candidates who took no part,
 * ordered by the beneficiary's ID number. Everything needed to reproduce and to explain it.
 */
public record Round(
        RoundId id,
        ProgrammeCode programme,
        ProgrammeKind kind,
        DivisionCode district,
        LocalDate cutoffDate,
        Instant knownAt,
        Instant runAt,
        List<RoundCandidate> candidates,
        Map<PlaceCode, Integer> places,
        List<RoundResultLine> results) {

    public Round {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(cutoffDate, "cutoffDate");
        Objects.requireNonNull(knownAt, "knownAt");
        Objects.requireNonNull(runAt, "runAt");
        if (knownAt.isAfter(runAt)) {
            throw new InvalidValueException("INVALID_KNOWN_AT", "knownAt",
                    "a round reads the ledger as known at its run time or earlier, not later");
        }
        candidates = List.copyOf(candidates);
        Map<PlaceCode, Integer> sorted = new LinkedHashMap<>();
        places.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> sorted.put(e.getKey(), Objects.requireNonNull(e.getValue(), "seats")));
        places = Collections.unmodifiableMap(sorted);
        results = List.copyOf(results);
    }

    /** Whether this round re-ran a past one "as known at" an earlier time (it grants no entitlements). */
    public boolean reproduction() {
        return knownAt.isBefore(runAt);
    }

    /** The line of a beneficiary, if they were a candidate. */
    public Optional<RoundResultLine> lineOf(IdNumber beneficiary) {
        return results.stream().filter(l -> l.beneficiary().idNumber().equals(beneficiary)).findFirst();
    }

    /** The lines of the candidates who obtained a place, in rank order. */
    public List<RoundResultLine> placed() {
        return results.stream().filter(RoundResultLine::placed).toList();
    }
}
