package org.jifen.archfixture.good.application.memory;

import java.time.Instant;
import org.jifen.archfixture.good.application.port.out.shared.ClockPort;

public record FixedClock(Instant instant) implements ClockPort {
    @Override
    public Instant now() {
        return instant;
    }
}
