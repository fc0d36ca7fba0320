package org.jifen.adapters.db.programme;

import java.math.BigDecimal;

/**
 * One row of {@code round_result}: the beneficiary's ID number only as a ciphertext (public only because
 * JDBI binds the methods of public types alone).
 */
public record RoundResultRow(
        String roundId,
        int positionNo,
        int rankNo,
        String applicantId,
        String beneficiaryIdNumberCipher,
        String beneficiaryName,
        BigDecimal score,
        String placeCode,
        String reason,
        String reasonText) {
}
