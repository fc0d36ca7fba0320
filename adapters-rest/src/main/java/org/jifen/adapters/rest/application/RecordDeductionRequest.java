package org.jifen.adapters.rest.application;

import java.time.LocalDate;

/**
 * {@code POST /api/v1/applications/{id}/deductions}: the deduction indicator, the penalty event (reference,
 * date and — an extension of INTERFACES.md — its {@code level} in the indicator's table, which may be left out
 * when the table has a single level, e.g. M92 DISHONEST) and how it was verified.
 */
public record RecordDeductionRequest(String indicator, EventJson event, String method) {

    /** The penalty event. */
    public record EventJson(String ref, LocalDate date, String level) {
    }
}
