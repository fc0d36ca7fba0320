package org.jifen.bootstrap;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.jifen.application.port.out.shared.Clock;

/**
 * The production {@link Clock}: the machine's clock (UTC instants) in the installation's zone, by
 * default Asia/Shanghai (北京时间), which decides the calendar date of every posting, publication and
 * appeal window. The only place in Jifen that reads the system time for the use cases.
 *
 * <p>Instants are read to the microsecond, the precision the database keeps ({@code TIMESTAMP(6)} on H2 and
 * PostgreSQL): the JDK's clock gives nanoseconds on Linux, and an audit event hashed over nanoseconds no
 * longer matched its stored row (every chain written by {@code serve} failed verification at event 1).
 */
public final class SystemClock implements Clock {

    /** The zone of a Chinese installation. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** The environment variable that names another zone (an IANA name such as {@code Asia/Urumqi}). */
    public static final String ZONE_VARIABLE = "JIFEN_TIME_ZONE";

    private final java.time.Clock source;

    private SystemClock(java.time.Clock source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /** The system clock in that zone. */
    public static SystemClock in(ZoneId zone) {
        return new SystemClock(java.time.Clock.system(Objects.requireNonNull(zone, "zone")));
    }

    /** The system clock in Asia/Shanghai. */
    public static SystemClock china() {
        return in(CHINA);
    }

    /**
     * The system clock in the zone named by {@value #ZONE_VARIABLE} (when set and not blank), else
     * Asia/Shanghai; an unknown zone name is refused with {@code INVALID_TIME_ZONE}.
     */
    public static SystemClock configured(Optional<String> zoneName) {
        if (zoneName.isEmpty() || zoneName.get().isBlank()) {
            return china();
        }
        try {
            return in(ZoneId.of(zoneName.get().strip()));
        } catch (DateTimeException e) {
            throw new StartupException("INVALID_TIME_ZONE",
                    ZONE_VARIABLE + " names no time zone: '" + zoneName.get().strip() + "' (e.g. Asia/Shanghai)");
        }
    }

    @Override
    public Instant now() {
        return source.instant().truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public ZoneId zone() {
        return source.getZone();
    }

    @Override
    public String toString() {
        return "SystemClock[" + zone() + "]";
    }
}
