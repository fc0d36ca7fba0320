package org.jifen.adapters.rest.ledger;

/** {@code POST /api/v1/persons/{personId}/clearing}: the police case number and the reason. */
public record ClearingRequest(String caseNumber, String reason) {
}
