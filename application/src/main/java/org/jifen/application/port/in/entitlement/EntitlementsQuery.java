package org.jifen.application.port.in.entitlement;

import java.util.Objects;
import org.jifen.domain.access.Caller;
import org.jifen.domain.person.PersonId;

/** The entitlements obtained through a person's points. */
public record EntitlementsQuery(Caller caller, PersonId person) {

    public EntitlementsQuery {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(person, "person");
    }
}
