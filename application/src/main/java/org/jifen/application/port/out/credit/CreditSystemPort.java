package org.jifen.application.port.out.credit;

/**
 * The social credit system (信用档案) outside Jifen. Sending is idempotent by case number: the same
 * case sent twice is recorded once.
 */
public interface CreditSystemPort {

    void recordBadCredit(BadCreditRecord record);
}
