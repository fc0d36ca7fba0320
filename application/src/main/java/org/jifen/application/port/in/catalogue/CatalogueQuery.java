package org.jifen.application.port.in.catalogue;

import java.time.LocalDate;
import java.util.Objects;
import org.jifen.domain.access.Caller;
import org.jifen.domain.jurisdiction.DivisionCode;

/** The indicators in force in a district on a date. */
public record CatalogueQuery(Caller caller, DivisionCode district, LocalDate on) {

    public CatalogueQuery {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(on, "on");
    }
}
