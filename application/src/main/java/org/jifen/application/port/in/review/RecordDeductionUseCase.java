package org.jifen.application.port.in.review;

/**
 * 扣分: a REVIEWER of the deduction indicator's department covering the application's district
 * records a penalty event. Its points come from the indicator's PER_EVENT table (INVALID_FACTS for
 * another level). A deduction above the four-eyes threshold (CRIMINAL −30, DISHONEST −20) waits for a
 * second approval and posts nothing yet; a smaller one (DETENTION −10) is posted at once, effective on
 * the event date, with a freeze of 12 months from that date (扣分冻结).
 */
public interface RecordDeductionUseCase {

    RecordDeductionResult record(RecordDeductionCommand command);
}
