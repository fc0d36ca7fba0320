package org.jifen.archfixture.good.adapters.rest.ledger;

public record PostPointsRequest(String person, String points) {}
