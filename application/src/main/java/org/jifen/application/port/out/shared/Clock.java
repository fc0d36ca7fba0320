package org.jifen.application.port.out.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The time, passed in: services never read the system clock themselves. Dates are the calendar
 * dates of the installation's zone (Asia/Shanghai by default). Instants are at most as precise as
 * microseconds, what the databases store: an instant that does not read back equal would break the audit
 * chain's hashes.
 */
public interface Clock {

    Instant now();

    ZoneId zone();

    default LocalDate today() {
        return LocalDate.ofInstant(now(), zone());
    }
}
