package org.jifen.benchmarks.scoring;

import java.util.Comparator;
import java.util.Objects;

/**
 * One ledger delta of the scoring kernel: what the auto-scoring posts for a person's indicator on the
 * scoring date (target balance − balance so far), in hundredths of a point. Zero deltas are not posted.
 */
public record Delta(String person, String indicator, long hundredths) implements Comparable<Delta> {

    private static final Comparator<Delta> ORDER = Comparator.comparing(Delta::person)
            .thenComparing(Delta::indicator).thenComparingLong(Delta::hundredths);

    public Delta {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(indicator, "indicator");
    }

    @Override
    public int compareTo(Delta other) {
        return ORDER.compare(this, other);
    }
}
