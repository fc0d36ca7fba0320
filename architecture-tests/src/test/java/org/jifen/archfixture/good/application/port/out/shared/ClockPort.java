package org.jifen.archfixture.good.application.port.out.shared;

import java.time.Instant;

/** The application's only source of time. */
public interface ClockPort {
    Instant now();
}
