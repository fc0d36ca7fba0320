package org.jifen.archfixture.bad.domain.shared;

import java.util.List;

/** Bad: doubles hidden in a generic field type. */
public final class WeightedScores {
    private final List<Double> weights;

    public WeightedScores(List<Long> hundredths) {
        this.weights = List.of();
    }

    public int size() {
        return weights.size();
    }
}
