package org.jifen.archfixture.bad.application.memory;

/** Bad: *Helper. */
public final class StoreHelper {
}
