package org.jifen.archfixture.bad.domain.shared;

/** Bad: a boxed Double parameter. */
public final class Discount {
    private final long basisPoints;

    public Discount(Double fraction) {
        this.basisPoints = fraction.longValue();
    }

    public long basisPoints() {
        return basisPoints;
    }
}
