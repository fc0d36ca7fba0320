package org.jifen.application.port.in.ledger;

import java.time.LocalDate;
import java.util.Objects;
import org.jifen.domain.access.Caller;
import org.jifen.domain.jurisdiction.DivisionCode;

/** Auto-score every person resident in a district on a date, from system data. */
public record ScoreDistrictCommand(Caller caller, DivisionCode district, LocalDate on) {

    public ScoreDistrictCommand {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(on, "on");
    }
}
