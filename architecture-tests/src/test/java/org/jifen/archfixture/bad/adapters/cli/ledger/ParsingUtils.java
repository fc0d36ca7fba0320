package org.jifen.archfixture.bad.adapters.cli.ledger;

/** Bad: *Utils. */
public final class ParsingUtils {
    private ParsingUtils() {}
}
