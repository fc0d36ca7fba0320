package org.jifen.application.port.out.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The time, passed in: services never read the system clock themselves. Dates are the calendar
 * dates of the installation's zone (Asia/Shanghai by default).
 */
public interface Clock {

    Instant now();

    ZoneId zone();

    default LocalDate today() {
        return LocalDate.ofInstant(now(), zone());
    }
}
