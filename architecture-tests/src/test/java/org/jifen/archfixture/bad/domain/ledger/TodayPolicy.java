package org.jifen.archfixture.bad.domain.ledger;

import java.time.LocalDate;
import java.util.function.Supplier;

/** Bad: reads the clock through a method reference, not a call. */
public final class TodayPolicy {
    private final Supplier<LocalDate> today = LocalDate::now;

    public boolean isPast(LocalDate date) {
        return date.isBefore(today.get());
    }
}
