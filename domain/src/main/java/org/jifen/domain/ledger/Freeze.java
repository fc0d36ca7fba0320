package org.jifen.domain.ledger;

import java.time.LocalDate;
import java.util.Objects;

/**
 * 扣分冻结: while a freeze is in force the score cannot be used in any programme. It runs from the
 * penalty event's date until {@code until} (exclusive) and ends by itself.
 */
public record Freeze(LocalDate from, LocalDate until) {

    /** Default length of a freeze: 12 months from the event date. */
    public static final int DEFAULT_MONTHS = 12;

    public Freeze {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (!until.isAfter(from)) {
            throw new IllegalArgumentException("a freeze must end after it starts");
        }
    }

    public static Freeze forMonths(LocalDate eventDate, int months) {
        return new Freeze(eventDate, eventDate.plusMonths(months));
    }

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(from) && date.isBefore(until);
    }
}
