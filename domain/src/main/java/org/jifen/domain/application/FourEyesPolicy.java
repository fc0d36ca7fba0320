package org.jifen.domain.application;

import org.jifen.domain.catalogue.ScoringMethod;
import org.jifen.domain.shared.Points;

/**
 * 双人复核: a manual award or deduction of more than {@code threshold} points in one decision
 * (default 10) waits for a second reviewer's approval.
 */
public record FourEyesPolicy(Points threshold) {

    public static final FourEyesPolicy DEFAULT = new FourEyesPolicy(Points.of(10));

    public boolean requiresSecondApproval(ScoringMethod method, Points amount) {
        return method == ScoringMethod.MANUAL && amount.abs().compareTo(threshold) > 0;
    }
}
