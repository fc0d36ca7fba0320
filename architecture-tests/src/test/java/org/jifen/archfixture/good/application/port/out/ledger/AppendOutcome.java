package org.jifen.archfixture.good.application.port.out.ledger;

/** An enum beside the port interface: allowed. */
public enum AppendOutcome {
    APPENDED,
    ALREADY_PRESENT
}
