package org.jifen.archfixture.bad.adapters.cli.ledger;

/** Bad: *Manager. */
public final class CommandManager {
}
