package org.jifen.application.port.in.ledger;

import java.time.LocalDate;
import java.util.Objects;
import org.jifen.domain.access.Caller;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.person.PersonId;

/** Score a person's {@code AUTO} indicators in force in a district on a date, from system data. */
public record ScoreAutoIndicatorsCommand(Caller caller, PersonId person, DivisionCode district, LocalDate on) {

    public ScoreAutoIndicatorsCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(on, "on");
    }
}
