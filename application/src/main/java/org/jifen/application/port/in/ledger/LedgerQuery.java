package org.jifen.application.port.in.ledger;

import java.util.Objects;
import org.jifen.domain.access.Caller;
import org.jifen.domain.person.PersonId;

/** A person's ledger entries, oldest first. */
public record LedgerQuery(Caller caller, PersonId person) {

    public LedgerQuery {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(person, "person");
    }
}
