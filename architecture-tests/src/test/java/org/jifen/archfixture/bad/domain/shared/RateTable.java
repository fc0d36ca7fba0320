package org.jifen.archfixture.bad.domain.shared;

/** Bad: a float return type. */
public final class RateTable {
    public float rate(int level) {
        return level;
    }
}
