package org.jifen.adapters.db.person;

import java.time.LocalDate;

/**
 * One row of {@code person}: the ID number and phone only as ciphertexts, the ID number also as its
 * keyed lookup hash (public only because JDBI binds the methods of public types alone).
 */
public record PersonRow(
        String personId,
        String idNumberHash,
        String idNumberCipher,
        String name,
        String phoneCipher,
        String residenceDistrict,
        String permitNumber,
        String permitIssuer,
        LocalDate permitValidFrom,
        LocalDate permitValidTo) {
}
