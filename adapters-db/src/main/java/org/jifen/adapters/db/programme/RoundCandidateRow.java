package org.jifen.adapters.db.programme;

/**
 * One row of {@code round_candidate}: the beneficiary's ID number only as a ciphertext, preferences and
 * catchment as JSON arrays of place codes (public only because JDBI binds the methods of public types alone).
 */
public record RoundCandidateRow(
        String roundId,
        int positionNo,
        String applicantId,
        String beneficiaryIdNumberCipher,
        String beneficiaryName,
        String preferences,
        String catchment) {
}
