package org.jifen.archfixture.bad.domain.shared;

/** Bad: *Util. */
public final class PointsUtil {
    private PointsUtil() {}

    public static long add(long a, long b) {
        return Math.addExact(a, b);
    }
}
