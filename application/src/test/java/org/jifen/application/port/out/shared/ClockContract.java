package org.jifen.application.port.out.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Clock} adapter must do: give an instant and a zone, never go backwards, and call
 * "today" the calendar date of now in that zone. An adapter's test extends this class.
 */
public abstract class ClockContract {

    /** The clock under test. */
    protected abstract Clock clock();

    @Test
    void nowAndZone_areGiven() {
        assertThat(clock().now()).isNotNull();
        assertThat(clock().zone()).isNotNull();
    }

    @Test
    void today_isTheDateOfNowInTheClocksZone() {
        Instant now = clock().now();
        LocalDate today = clock().today();

        assertThat(today).isIn(LocalDate.ofInstant(now, clock().zone()),
                LocalDate.ofInstant(clock().now(), clock().zone()));
    }

    @Test
    void now_neverGoesBackwards() {
        Instant first = clock().now();
        Instant second = clock().now();

        assertThat(second).isAfterOrEqualTo(first);
    }
}
