package org.jifen.application.port.in.systemdata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.person.IdNumber;
import org.jifen.domain.shared.InvalidValueException;

/**
 * One record from another government system as it arrives (INTERFACES.md: {@code idNumber, indicator,
 * quantity, asOf}): the person is named by their ID number, not yet by their person id.
 */
public record SystemDataLine(IdNumber idNumber, IndicatorCode indicator, BigDecimal quantity, LocalDate asOf) {

    public SystemDataLine {
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(asOf, "asOf");
        if (quantity == null || quantity.signum() < 0) {
            throw new InvalidValueException("INVALID_QUANTITY", "quantity", "a quantity of zero or more is required");
        }
    }
}
