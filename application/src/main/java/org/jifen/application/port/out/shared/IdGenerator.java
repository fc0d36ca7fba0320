package org.jifen.application.port.out.shared;

/** New identifiers for applications, appeals, persons and entitlements (never derived from personal data). */
public interface IdGenerator {

    /** A new unique id starting with the prefix, e.g. {@code APP-…}. */
    String next(String prefix);
}
