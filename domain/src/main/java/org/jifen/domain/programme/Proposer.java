package org.jifen.domain.programme;

import java.util.List;
import java.util.Set;

/**
 * A candidate as the allocation sees it: the places ranked (most wanted first) and the places whose
 * catchment (学区) the candidate lives in. Proposers are given to {@link DeferredAcceptance} in rank
 * order (best score first, ties already broken), so a proposer's position is its rank.
 */
public record Proposer(List<PlaceCode> preferences, Set<PlaceCode> catchment) {

    public Proposer {
        preferences = List.copyOf(new java.util.LinkedHashSet<>(preferences));
        catchment = Set.copyOf(catchment);
    }
}
