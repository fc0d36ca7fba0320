package org.jifen.domain.calendar;

import org.jifen.domain.shared.DomainException;

/** A date in a year the working-day calendar does not hold: the operator must load that year. */
public final class CalendarNotCoveredException extends DomainException {

    private static final long serialVersionUID = 1L;

    public CalendarNotCoveredException(int year) {
        super("CALENDAR_NOT_COVERED", "the working-day calendar holds no data for " + year
                + "; load that year's holidays and make-up working days first");
    }
}
