package org.jifen.domain.programme;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.shared.Points;

/**
 * How a candidate ranks: the usable score (higher first), then the programme's tie-break chain in
 * its order, then a final stable key, so that no two candidates ever tie and the result never
 * depends on input order. Each tie-break value is held so that smaller ranks first (indicator
 * points negated; submission instants as they are).
 */
public record RankingKey(Points score, List<Long> tieBreakValues, String stableKey) implements Comparable<RankingKey> {

    public RankingKey {
        Objects.requireNonNull(score, "score");
        tieBreakValues = List.copyOf(tieBreakValues);
        Objects.requireNonNull(stableKey, "stableKey");
    }

    /** The key for a candidate under a tie-break chain, from its indicator points and submission time. */
    public static RankingKey of(Points score, List<TieBreak> chain, Map<IndicatorCode, Points> indicatorPoints,
            Instant submittedAt, String stableKey) {
        List<Long> values = new ArrayList<>(chain.size());
        for (TieBreak step : chain) {
            if (step instanceof TieBreak.IndicatorPoints points) {
                values.add(-indicatorPoints.getOrDefault(points.indicator(), Points.ZERO).hundredths());
            } else {
                values.add(epochMillis(submittedAt));
            }
        }
        return new RankingKey(score, values, stableKey);
    }

    /** Milliseconds since the epoch, saturated: {@link Instant#MAX} (never submitted) ranks last, not overflowing. */
    private static long epochMillis(Instant instant) {
        if (instant.getEpochSecond() >= Long.MAX_VALUE / 1000) {
            return Long.MAX_VALUE;
        }
        if (instant.getEpochSecond() <= Long.MIN_VALUE / 1000) {
            return Long.MIN_VALUE;
        }
        return instant.toEpochMilli();
    }

    @Override
    public int compareTo(RankingKey other) {
        int c = other.score.compareTo(score);
        if (c != 0) {
            return c;
        }
        for (int k = 0; k < Math.min(tieBreakValues.size(), other.tieBreakValues.size()); k++) {
            c = Long.compare(tieBreakValues.get(k), other.tieBreakValues.get(k));
            if (c != 0) {
                return c;
            }
        }
        c = Integer.compare(tieBreakValues.size(), other.tieBreakValues.size());
        return c != 0 ? c : stableKey.compareTo(other.stableKey);
    }
}
