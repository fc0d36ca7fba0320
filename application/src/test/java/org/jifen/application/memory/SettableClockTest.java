package org.jifen.application.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.jifen.application.port.out.shared.Clock;
import org.jifen.application.port.out.shared.ClockContract;
import org.junit.jupiter.api.Test;

/** The settable clock against the clock contract, and what it adds: standing still, set, advance. */
class SettableClockTest extends ClockContract {

    private final SettableClock clock = SettableClock.at(LocalDate.of(2024, 5, 2));

    @Override
    protected Clock clock() {
        return clock;
    }

    @Test
    void at_standsAtTheStartOfThatDayInChina() {
        assertThat(clock.now()).isEqualTo(Instant.parse("2024-05-01T16:00:00Z"));
        assertThat(clock.zone()).isEqualTo(SettableClock.CHINA);
        assertThat(clock.today()).isEqualTo(LocalDate.of(2024, 5, 2));
        assertThat(clock.now()).isEqualTo(clock.now());
    }

    @Test
    void today_followsChinaNotUtc() {
        clock.set(Instant.parse("2024-05-02T15:59:59Z"));
        assertThat(clock.today()).isEqualTo(LocalDate.of(2024, 5, 2));

        clock.set(Instant.parse("2024-05-02T16:00:00Z"));
        assertThat(clock.today()).isEqualTo(LocalDate.of(2024, 5, 3));
    }

    @Test
    void advance_movesNowOnByTheDuration() {
        clock.advance(Duration.ofHours(33).plusMillis(250));

        assertThat(clock.now()).isEqualTo(Instant.parse("2024-05-03T01:00:00.250Z"));
        assertThat(clock.today()).isEqualTo(LocalDate.of(2024, 5, 3));
    }
}
