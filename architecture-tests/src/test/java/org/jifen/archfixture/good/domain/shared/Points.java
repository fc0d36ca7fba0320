package org.jifen.archfixture.good.domain.shared;

/** Exact points in hundredths. */
public record Points(long hundredths) implements Comparable<Points> {
    public static final Points ZERO = new Points(0);

    public Points plus(Points other) {
        return new Points(Math.addExact(hundredths, other.hundredths));
    }

    @Override
    public int compareTo(Points other) {
        return Long.compare(hundredths, other.hundredths);
    }

    @Override
    public String toString() {
        return String.format("%d.%02d", hundredths / 100, Math.abs(hundredths % 100));
    }
}
