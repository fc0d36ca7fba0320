package org.jifen.benchmarks;

/**
 * How a cost grows from one size to the next: the time ratio against the size ratio, called linear when
 * the time per unit changes by less than a quarter either way.
 */
public final class Growth {

    private Growth() {
    }

    /** "—" for the first size; otherwise e.g. "×9.6 time for ×10 size (≈ linear)". */
    public static String between(long previousSize, double previousSeconds, long size, double seconds) {
        if (previousSize <= 0 || previousSeconds <= 0) {
            return "—";
        }
        double sizeRatio = (double) size / previousSize;
        double timeRatio = seconds / previousSeconds;
        double perUnit = timeRatio / sizeRatio;
        String kind = perUnit < 0.8 ? "sublinear" : perUnit > 1.25 ? "superlinear" : "≈ linear";
        return String.format("×%.1f time for ×%.0f size (%s)", timeRatio, sizeRatio, kind);
    }
}
