package org.jifen.archfixture.bad.application.memory;

import java.time.Clock;
import java.time.Instant;

/** Bad: the application takes the system clock instead of its clock port. */
public final class SystemClockAdapter {
    private final Clock clock = Clock.systemUTC();

    public Instant now() {
        return clock.instant();
    }
}
