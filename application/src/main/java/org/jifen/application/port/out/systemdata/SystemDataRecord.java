package org.jifen.application.port.out.systemdata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.shared.InvalidValueException;

/**
 * One record from another government system (social insurance, residence registration,
 * vaccination, library…) for an {@code AUTO} indicator: the person's cumulative quantity as of a
 * date. For a {@code FIXED} indicator the quantity is 1 (held) or 0 (not held).
 */
public record SystemDataRecord(PersonId person, IndicatorCode indicator, BigDecimal quantity, LocalDate asOf) {

    public SystemDataRecord {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(asOf, "asOf");
        if (quantity == null || quantity.signum() < 0) {
            throw new InvalidValueException("INVALID_QUANTITY", "quantity", "a quantity of zero or more is required");
        }
    }
}
