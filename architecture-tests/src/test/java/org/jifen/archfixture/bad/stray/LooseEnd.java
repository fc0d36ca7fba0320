package org.jifen.archfixture.bad.stray;

/** Bad: in no ring at all, so no rule about rings would ever look at it. */
public final class LooseEnd {
}
