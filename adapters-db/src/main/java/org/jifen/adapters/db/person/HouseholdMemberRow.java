package org.jifen.adapters.db.person;

/** One row of {@code household_member}, the ID number encrypted and hashed (public for JDBI). */
public record HouseholdMemberRow(
        String personId,
        int positionNo,
        String relation,
        String idNumberHash,
        String idNumberCipher,
        String name,
        String memberPersonId) {
}
