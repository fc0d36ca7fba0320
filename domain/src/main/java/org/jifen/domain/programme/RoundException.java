package org.jifen.domain.programme;

import org.jifen.domain.shared.DomainException;

/**
 * A round's input the policy refuses before anything runs: {@code UNKNOWN_PLACE} (a preference or a
 * catchment names no place of the round), {@code DUPLICATE_BENEFICIARY} (the same beneficiary twice).
 */
public final class RoundException extends DomainException {

    private static final long serialVersionUID = 1L;

    public RoundException(String code, String message) {
        super(code, message);
    }
}
