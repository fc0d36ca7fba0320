package org.jifen.adapters.rest.systemdata;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One element of {@code POST /api/v1/system-data}: the person's ID number, the AUTO indicator, the quantity, as of. */
public record SystemDataRequest(String idNumber, String indicator, BigDecimal quantity, LocalDate asOf) {
}
