package org.jifen.adapters.rest.person;

/** {@code POST /api/v1/persons/{personId}/household}: relation (SPOUSE, CHILD), ID number, name, own person id if registered. */
public record AddHouseholdMemberRequest(String relation, String idNumber, String name, String personId) {
}
