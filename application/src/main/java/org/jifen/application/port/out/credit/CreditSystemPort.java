package org.jifen.application.port.out.credit;

/**
 * The social credit system (信用档案) outside Jifen. Sending is idempotent by case number and person:
 * the same case sent twice for the same person is recorded once (one case may concern several persons).
 */
public interface CreditSystemPort {

    void recordBadCredit(BadCreditRecord record);
}
