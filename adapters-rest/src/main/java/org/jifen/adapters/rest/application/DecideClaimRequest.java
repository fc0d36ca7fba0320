package org.jifen.adapters.rest.application;

/** {@code POST …/claims/{indicator}/decision}: outcome, corrected facts or points (RANGE), reason, method. */
public record DecideClaimRequest(String outcome, FactsJson facts, String points, String reason, String method) {
}
