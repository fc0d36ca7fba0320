package org.jifen.application.port.in.catalogue;

import java.time.LocalDate;
import java.util.Objects;
import org.jifen.domain.access.Caller;
import org.jifen.domain.jurisdiction.DivisionCode;

/** The catalogue versions (指标体系) that apply in a district on a date. */
public record CataloguesInForceQuery(Caller caller, DivisionCode district, LocalDate on) {

    public CataloguesInForceQuery {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(on, "on");
    }
}
