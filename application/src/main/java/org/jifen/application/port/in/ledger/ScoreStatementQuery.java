package org.jifen.application.port.in.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jifen.domain.access.Caller;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.person.PersonId;

/**
 * A score statement: the person's usable score in a district effective on a date, as known at a
 * time (now when empty).
 */
public record ScoreStatementQuery(Caller caller, PersonId person, DivisionCode district, LocalDate on,
        Optional<Instant> knownAt) {

    public ScoreStatementQuery {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(knownAt, "knownAt");
    }
}
