package org.jifen.archfixture.bad.application.port.out.ledger;

import org.jdbi.fixture.Handle;

/** Bad: a JDBI type crosses a port. */
public interface JdbiBackedLedgerStore {
    Handle handle();
}
