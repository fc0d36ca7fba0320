package org.jifen.benchmarks.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What a scorer produced, summed up independently of order: the number of deltas, their total and an
 * order-free hash of every (person, indicator, delta), so the three scorers' outputs are compared
 * whatever the size, without holding millions of deltas. {@link #keeping} also keeps them (small runs).
 */
public final class DeltaDigest implements Consumer<Delta> {

    private long count;
    private long totalHundredths;
    private long hash;
    private final List<Delta> kept;

    private DeltaDigest(List<Delta> kept) {
        this.kept = kept;
    }

    public static DeltaDigest summing() {
        return new DeltaDigest(null);
    }

    public static DeltaDigest keeping() {
        return new DeltaDigest(new ArrayList<>());
    }

    @Override
    public void accept(Delta delta) {
        count++;
        totalHundredths = Math.addExact(totalHundredths, delta.hundredths());
        long h = Objects.hash(delta.person(), delta.indicator(), delta.hundredths());
        h *= 0x9E37_79B9_7F4A_7C15L;
        hash += h ^ (h >>> 29);
        if (kept != null) {
            kept.add(delta);
        }
    }

    public long count() {
        return count;
    }

    public long totalHundredths() {
        return totalHundredths;
    }

    /** Whether both saw the same deltas (count, total and hash). */
    public boolean sameAs(DeltaDigest other) {
        return count == other.count && totalHundredths == other.totalHundredths && hash == other.hash;
    }

    /** The deltas, sorted (only for a {@link #keeping} digest). */
    public List<Delta> sorted() {
        if (kept == null) {
            throw new IllegalStateException("this digest keeps no deltas");
        }
        return kept.stream().sorted().toList();
    }

    @Override
    public String toString() {
        return String.format("%,d deltas, %s points, hash %016x", count,
                java.math.BigDecimal.valueOf(totalHundredths, 2).toPlainString(), hash);
    }
}
