package org.jifen.application.memory;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.jifen.application.port.out.shared.Clock;

/**
 * A clock that stands still until told otherwise: for tests, demos and replays. The zone defaults to
 * Asia/Shanghai.
 */
public final class SettableClock implements Clock {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private volatile Instant now;
    private final ZoneId zone;

    public SettableClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** A clock at the start of that day in China. */
    public static SettableClock at(java.time.LocalDate day) {
        return new SettableClock(day.atStartOfDay(CHINA).toInstant(), CHINA);
    }

    @Override
    public Instant now() {
        return now;
    }

    @Override
    public ZoneId zone() {
        return zone;
    }

    public void set(Instant instant) {
        now = instant;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }
}
