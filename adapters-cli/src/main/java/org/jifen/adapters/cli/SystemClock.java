package org.jifen.adapters.cli;

import java.time.Instant;
import java.time.ZoneId;
import org.jifen.application.port.out.shared.Clock;

/** The machine's clock, read by the driving adapter only (the application is given it as a port). */
public record SystemClock(ZoneId zone) implements Clock {

    /** China Standard Time, the zone of every date Jifen prints and reads. */
    public static final SystemClock CHINA = new SystemClock(ZoneId.of("Asia/Shanghai"));

    @Override
    public Instant now() {
        return Instant.now();
    }
}
