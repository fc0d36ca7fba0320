package org.jifen.archfixture.bad.domain.shared;

/** Bad: no double in any signature, but the body calls Math.round(double). */
public final class HalfRounder {
    private HalfRounder() {}

    public static long wholePoints(long hundredths) {
        return Math.round(hundredths / 100.0);
    }
}
