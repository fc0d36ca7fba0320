package org.jifen.archfixture.bad.domain.shared;

/** Bad: a double field. */
public final class DoublePoints {
    private final double value;

    public DoublePoints(long hundredths) {
        this.value = hundredths;
    }

    public boolean positive() {
        return value > 0;
    }
}
